/**
 * The view model of the table of every system's default ephemeral range (src/components/EphemeralDefaultsTable.astro),
 * from content/ephemeral-ranges.ts. MDX prose gets it through the page: `<Content ephemeralDefaults={…} />`.
 */
import { formatSpan } from '../ports';
import type { EphemeralRange } from '../schemas/ephemeral-range';
import type { Source } from '../schemas/source';

export interface EphemeralDefaultsRow {
  system: string;
  /** "5.x and later", with ", former default" for ranges no longer current. */
  versions: string;
  /** "32768–60999". */
  span: string;
  /** How many ports the range holds. */
  size: number;
  readCommand: string;
  note: string | null;
  sources: readonly Source[];
}

export function buildEphemeralDefaults(ranges: readonly EphemeralRange[]): EphemeralDefaultsRow[] {
  return ranges.map((range) => ({
    system: range.system,
    versions: range.current ? range.versions : `${range.versions}, former default`,
    span: formatSpan(range.start, range.end),
    size: range.end - range.start + 1,
    readCommand: range.readCommand,
    note: range.note ?? null,
    sources: range.sources,
  }));
}
