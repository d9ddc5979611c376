/**
 * The one answer to "what is a port number?": the limits, the transport protocols and their labels, and the
 * reading of a string as a port. Free of zod and of Node modules, so that the browser code (search box, 404
 * page, port picker) imports the same rules as the build; src/lib/schemas/port-number.ts wraps it for zod.
 */

/** The lowest port number. */
export const MIN_PORT = 0;
/** The highest port number: ports are 16-bit unsigned integers. */
export const MAX_PORT = 65535;
/** How many port numbers there are, 0–65535. */
export const PORT_COUNT = MAX_PORT + 1;

/** Transport protocols that the IANA registry assigns ports for, in the order pages list them. */
export const PROTOCOLS = ['tcp', 'udp', 'sctp', 'dccp'] as const;
export type Protocol = (typeof PROTOCOLS)[number];

/** How pages write each protocol. */
export const PROTOCOL_LABELS: Readonly<Record<Protocol, string>> = { tcp: 'TCP', udp: 'UDP', sctp: 'SCTP', dccp: 'DCCP' };

/** True for the integers 0–65535. */
export function isPortNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= MIN_PORT && value <= MAX_PORT;
}

/** True for "tcp", "udp", "sctp" and "dccp" (lower case, as the registry and the URLs write them). */
export function isProtocol(value: string): value is Protocol {
  return (PROTOCOLS as readonly string[]).includes(value);
}

export interface ParsePortOptions {
  /**
   * Whether "080" may be read as 80. The canonical form of a port (in URLs, file names and data) is decimal
   * without leading zeros, so by default "080" is not a port: `/ports/080/` is not a port page and
   * `content/ports/080.mdx` names nothing. Where a person typed the number into a form (the search box, the
   * port picker), a leading zero can only mean the same decimal number, never octal, so those callers pass
   * true and read "080" as 80.
   */
  allowLeadingZeros?: boolean;
}

/**
 * Reads a string as a port number: decimal digits only (no sign, no spaces, no "0x", no exponent), 0–65535.
 * Returns null for anything else, so that callers can say why. See ParsePortOptions for leading zeros.
 */
export function parsePort(text: string, options: ParsePortOptions = {}): number | null {
  const pattern = options.allowLeadingZeros ? /^\d+$/ : /^(?:0|[1-9]\d*)$/;
  if (!pattern.test(text)) return null;
  const port = Number(text);
  return port <= MAX_PORT ? port : null;
}
