/**
 * A set of port numbers as 65,536 bits (8 KB): the compact form the port picker ships to the browser, where
 * a lookup is one shift and one mask. Shared by build-time code and client scripts, so nothing here may
 * import a Node module.
 */
import { isPortNumber, MAX_PORT, PORT_COUNT } from './port-number';


/** Bytes in a bitset of every port, 0–65535. */
export const BITSET_BYTES = PORT_COUNT / 8;

/** The ports for which `predicate` holds, as bits: port p is bit (p & 7) of byte (p >> 3). */
export function bitset(predicate: (port: number) => boolean): Uint8Array {
  const bits = new Uint8Array(BITSET_BYTES);
  for (let port = 0; port <= MAX_PORT; port++) {
    if (predicate(port)) bits[port >> 3] |= 1 << (port & 7);
  }
  return bits;
}

/** Whether the bitset contains `port`. Ports outside 0–65535 are never contained. */
export function bitsetHas(bits: Uint8Array, port: number): boolean {
  if (!isPortNumber(port)) return false;
  return (bits[port >> 3] & (1 << (port & 7))) !== 0;
}

/** How many ports the bitset contains. */
export function bitsetCount(bits: Uint8Array): number {
  let count = 0;
  for (let byte of bits) {
    for (; byte; count++) byte &= byte - 1; // clears the lowest set bit
  }
  return count;
}

/**
 * Base64 of the bitset, for JSON. `btoa` works in browsers and in Node alike, so the endpoint and the tests
 * use the same code as the page.
 */
export function bitsetToBase64(bits: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bits.length; i += 0x2000) binary += String.fromCharCode(...bits.subarray(i, i + 0x2000));
  return btoa(binary);
}

/** Reads `bitsetToBase64` output; throws if it is not a whole bitset, so that bad data fails loudly. */
export function bitsetFromBase64(text: string): Uint8Array {
  const binary = atob(text);
  if (binary.length !== BITSET_BYTES) throw new Error(`A port bitset has ${BITSET_BYTES} bytes, not ${binary.length}`);
  const bits = new Uint8Array(BITSET_BYTES);
  for (let i = 0; i < binary.length; i++) bits[i] = binary.charCodeAt(i);
  return bits;
}
