/**
 * The whole port space as a picture: one status code per port, and a small PNG encoder so that the map is a
 * single shared ~10 KB image made at build time instead of 65,536 DOM nodes. Build-time only (it uses
 * node:zlib); the bitset helpers that pages also need live in ./bitset.ts and are re-exported here.
 */
import { deflateSync } from 'node:zlib';
import type { IanaRecord } from './iana';
import { PORT_COUNT } from './port-number';
import { portStatus } from './ports';
import type { PortRange } from './schemas/port-range';

export { bitset, bitsetCount, bitsetFromBase64, bitsetHas, bitsetToBase64 } from './bitset';

/**
 * What a map cell shows. The numbers are the PNG's palette indices, so they must stay in step with
 * MAP_PALETTE and MAP_STATUSES.
 */
export const CELL = {
  unassigned: 0,
  assigned: 1,
  reserved: 2,
  /** Curated as commonly used although IANA assigned the number to no one (or only reserved it). */
  unofficial: 3,
  /** Unassigned and inside 49152–65535, where no assignment can ever come. */
  dynamic: 4,
} as const;
export type CellCode = (typeof CELL)[keyof typeof CELL];

/**
 * The map's colours, one per CELL code. The image cannot follow the colour scheme, so each colour was
 * chosen to read on both the light (#ffffff) and dark (#0f1419) page, and neighbouring kinds differ in
 * lightness as well as hue for readers who do not tell hues apart: light grey for unassigned, mid grey
 * for the dynamic range, dark blue for assigned, orange for unofficial uses, purple for reserved.
 */
export const MAP_PALETTE: readonly [number, number, number][] = [
  [0xd0, 0xd6, 0xdd], // unassigned
  [0x1f, 0x5f, 0xbf], // assigned
  [0x7a, 0x1f, 0xa2], // reserved
  [0xf0, 0x8c, 0x00], // unofficial use
  [0x9a, 0xa6, 0xb2], // dynamic, unassigned
];

/** Legend entries in the order the legend lists them, with the words the page and the readout use. */
export const MAP_STATUSES: readonly { code: CellCode; key: keyof typeof CELL; label: string }[] = [
  { code: CELL.assigned, key: 'assigned', label: 'Assigned by IANA' },
  { code: CELL.unofficial, key: 'unofficial', label: 'Not assigned, but in common unofficial use' },
  { code: CELL.reserved, key: 'reserved', label: 'Reserved by IANA' },
  { code: CELL.unassigned, key: 'unassigned', label: 'Unassigned' },
  { code: CELL.dynamic, key: 'dynamic', label: 'Unassigned, dynamic range (never assigned)' },
];

/** `#rrggbb` for a palette entry, for legend swatches drawn in SVG. */
export function hexColour([r, g, b]: readonly [number, number, number]): string {
  return `#${[r, g, b].map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * One CELL code per port. An IANA assignment wins over everything, because it is what the registry says;
 * a curated unofficial use comes next, because for someone choosing a port it matters more than a
 * reservation; the dynamic range is told apart from the rest of the unassigned space because nothing
 * there will ever be assigned, but operating systems hand it out as source ports. `dynamic` is the dynamic
 * range from content/ranges.ts (ianaRange('dynamic', ranges)).
 */
export function classifyPorts(
  recordsByPort: readonly (readonly IanaRecord[])[],
  notablePorts: ReadonlySet<number>,
  dynamic: Pick<PortRange, 'start' | 'end'>,
): Uint8Array {
  if (recordsByPort.length !== PORT_COUNT) throw new Error(`Expected records for ${PORT_COUNT.toLocaleString('en-US')} ports, got ${recordsByPort.length}`);
  const codes = new Uint8Array(PORT_COUNT);
  for (let port = 0; port < PORT_COUNT; port++) {
    const status = portStatus(recordsByPort[port]);
    if (status === 'assigned') codes[port] = CELL.assigned;
    else if (notablePorts.has(port)) codes[port] = CELL.unofficial;
    else if (status === 'reserved') codes[port] = CELL.reserved;
    else codes[port] = dynamic.start <= port && port <= dynamic.end ? CELL.dynamic : CELL.unassigned;
  }
  return codes;
}

/** How many ports carry each CELL code in [start, end]. */
export function countCells(codes: Uint8Array, start = 0, end = codes.length - 1): Record<keyof typeof CELL, number> {
  const byCode = [0, 0, 0, 0, 0];
  for (let port = start; port <= end; port++) byCode[codes[port]]++;
  return {
    unassigned: byCode[CELL.unassigned],
    assigned: byCode[CELL.assigned],
    reserved: byCode[CELL.reserved],
    unofficial: byCode[CELL.unofficial],
    dynamic: byCode[CELL.dynamic],
  };
}

/** The rows of the 256-wide map that hold ports start–end: row = port >> 8. */
export function mapRows(start: number, end: number): { first: number; last: number } {
  return { first: start >> 8, last: end >> 8 };
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (ISO 3309, as PNG requires) of the bytes. */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A PNG chunk: length, type, data, and the CRC of type + data. */
function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** The eight bytes every PNG starts with. */
export const PNG_SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

/**
 * An 8-bit indexed-colour PNG (colour type 3): one palette index per pixel, rows top to bottom. Every row
 * uses filter 0 (none): with a handful of colours in long runs, deflate alone does better than the
 * predictive filters, and the encoder stays a few lines. No gamma or colour-profile chunk, so browsers
 * show the palette colours as given.
 */
export function encodePalettePng(width: number, height: number, palette: readonly (readonly [number, number, number])[], pixels: Uint8Array): Uint8Array<ArrayBuffer> {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) throw new Error(`Bad PNG size ${width}×${height}`);
  if (pixels.length !== width * height) throw new Error(`Expected ${width * height} pixels, got ${pixels.length}`);
  if (palette.length < 1 || palette.length > 256) throw new Error(`A PNG palette has 1–256 colours, not ${palette.length}`);
  for (const index of pixels) if (index >= palette.length) throw new Error(`Pixel index ${index} is outside the ${palette.length}-colour palette`);

  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 3, 0, 0, 0], 8); // bit depth 8, colour type 3 (indexed), deflate, adaptive filtering, no interlace

  const plte = new Uint8Array(palette.length * 3);
  palette.forEach((colour, i) => plte.set(colour, i * 3));

  const raw = new Uint8Array(height * (width + 1));
  for (let row = 0; row < height; row++) {
    raw[row * (width + 1)] = 0; // filter type 0: none
    raw.set(pixels.subarray(row * width, (row + 1) * width), row * (width + 1) + 1);
  }
  const idat = new Uint8Array(deflateSync(raw, { level: 9 }));

  const parts = [PNG_SIGNATURE, chunk('IHDR', header), chunk('PLTE', plte), chunk('IDAT', idat), chunk('IEND', new Uint8Array(0))];
  const png = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    png.set(part, offset);
    offset += part.length;
  }
  return png;
}
