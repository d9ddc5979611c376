/** Pure helpers that classify a port number against the registry and the curated data. */
import type { IanaRecord } from './iana';
import type { EphemeralRange } from './schemas/ephemeral-range';
import type { PortRange } from './schemas/port-range';

export type PortStatus = 'assigned' | 'reserved' | 'unassigned';

/** The port's overall status: any real assignment wins, then a reservation. */
export function portStatus(records: readonly IanaRecord[]): PortStatus {
  if (records.some((record) => record.status === 'assigned')) return 'assigned';
  if (records.some((record) => record.status === 'reserved')) return 'reserved';
  return 'unassigned';
}

/** The slugs of the three ranges RFC 6335 defines, lowest first; content/ranges.ts must define each. */
export const IANA_RANGE_SLUGS = ['well-known', 'registered', 'dynamic'] as const;
export type IanaRangeSlug = (typeof IANA_RANGE_SLUGS)[number];

/** One of the three IANA ranges, by slug: where the registered range starts (1024) is `ianaRange('registered', ranges).start`. */
export function ianaRange(slug: IanaRangeSlug, ranges: readonly PortRange[]): PortRange {
  const range = ranges.find((candidate) => candidate.kind === 'iana' && candidate.slug === slug);
  if (!range) throw new Error(`content/ranges.ts has no IANA range "${slug}"`);
  return range;
}

/** The IANA ranges after the first, lowest first: the boundaries a map draws (registered at 1024, dynamic at 49152). */
export function ianaBoundaries(ranges: readonly PortRange[]): PortRange[] {
  return ranges
    .filter((range) => range.kind === 'iana')
    .sort((a, b) => a.start - b.start)
    .slice(1);
}

/** The IANA range (well-known, registered or dynamic) that contains the port. */
export function ianaRangeOf(port: number, ranges: readonly PortRange[]): PortRange {
  const range = ranges.find((candidate) => candidate.kind === 'iana' && candidate.start <= port && port <= candidate.end);
  if (!range) throw new Error(`No IANA range contains port ${port}; content/ranges.ts must tile 0–65535`);
  return range;
}

/** Notable sub-ranges that contain the port, narrowest first. */
export function subRangesOf(port: number, ranges: readonly PortRange[]): PortRange[] {
  return ranges
    .filter((range) => range.kind === 'sub-range' && range.start <= port && port <= range.end)
    .sort((a, b) => a.end - a.start - (b.end - b.start));
}

/** Whether each system's current default ephemeral range includes the port. */
export function ephemeralCoverage(port: number, ranges: readonly EphemeralRange[]): { range: EphemeralRange; includes: boolean }[] {
  return ranges.filter((range) => range.current).map((range) => ({ range, includes: range.start <= port && port <= range.end }));
}

/** Formats a span for people: "6000–6063", or "80" for a single port. */
export function formatSpan(start: number, end: number): string {
  return start === end ? String(start) : `${start}–${end}`;
}

export { listWords } from './words';
