/** The view model of a range page: its span, what it contains, and how full it is. */
import type { IanaRecord } from '../iana';
import { buildCiteBoxModel, type CiteBoxModel } from '../citation';
import { formatSpan, portStatus } from '../ports';
import { absoluteUrl, rangePath } from '../urls';
import type { NotablePort } from '../schemas/notable-port';
import type { PortRange } from '../schemas/port-range';
import type { PortDataContext } from '../port-data';

/** Ranges up to this size list every assigned port; larger ones would make pages of hundreds of kilobytes. */
export const LIST_ALL_ASSIGNED_UP_TO = 1024;

export interface RangeCounts {
  total: number;
  assigned: number;
  reserved: number;
  unassigned: number;
}

export interface RangePageModel {
  range: PortRange;
  counts: RangeCounts;
  /** Ranges that contain this one (for sub-ranges) and sub-ranges inside or overlapping it. */
  parents: PortRange[];
  children: PortRange[];
  notable: NotablePort[];
  /** Every assigned port with its first assigned record, or null when the range is too large to list. */
  assigned: { port: number; record: IanaRecord }[] | null;
  cite: CiteBoxModel;
}

export function countStatuses(start: number, end: number, recordsByPort: readonly IanaRecord[][]): RangeCounts {
  const counts: RangeCounts = { total: end - start + 1, assigned: 0, reserved: 0, unassigned: 0 };
  for (let port = start; port <= end; port++) counts[portStatus(recordsByPort[port])]++;
  return counts;
}

export function buildRangePageModel(range: PortRange, context: PortDataContext): RangePageModel {
  const others = context.ranges.filter((other) => other.slug !== range.slug);
  const size = range.end - range.start + 1;
  let assigned: RangePageModel['assigned'] = null;
  if (size <= LIST_ALL_ASSIGNED_UP_TO) {
    assigned = [];
    for (let port = range.start; port <= range.end; port++) {
      const record = context.recordsByPort[port].find((candidate) => candidate.status === 'assigned');
      if (record) assigned.push({ port, record });
    }
  }
  return {
    range,
    counts: countStatuses(range.start, range.end, context.recordsByPort),
    parents: others.filter((other) => other.start <= range.start && range.end <= other.end && other.end - other.start > range.end - range.start),
    children: others
      .filter((other) => other.start <= range.end && range.start <= other.end && other.end - other.start < range.end - range.start)
      .sort((a, b) => a.start - b.start),
    notable: [...context.notableByPort.values()].filter((entry) => range.start <= entry.port && entry.port <= range.end).sort((a, b) => a.port - b.port),
    assigned,
    cite: buildCiteBoxModel({ title: `${range.name}, ports ${formatSpan(range.start, range.end)}`, url: absoluteUrl(rangePath(range.slug)), date: context.snapshotDate, accessDate: context.buildDate }),
  };
}

export interface RangeDensityRow {
  range: Pick<PortRange, 'slug' | 'name' | 'start' | 'end'>;
  counts: RangeCounts;
  /** Assigned ports as a share of the range, 0–1. */
  share: number;
  /** "0.4%" below 1%, whole percentages above, so that a sparse range does not read as empty. */
  percent: string;
}

/** How full each range is: its ports with an IANA assignment (src/components/RangeDensity.astro). */
export function buildRangeDensity(ranges: readonly Pick<PortRange, 'slug' | 'name' | 'start' | 'end'>[], recordsByPort: readonly IanaRecord[][]): RangeDensityRow[] {
  return ranges.map((range) => {
    const counts = countStatuses(range.start, range.end, recordsByPort);
    const share = counts.assigned / counts.total;
    const percent = share > 0 && share < 0.01 ? `${(share * 100).toFixed(1)}%` : `${Math.round(share * 100)}%`;
    return { range, counts, share, percent };
  });
}
