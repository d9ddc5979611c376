/**
 * The view model of one port page: everything `/ports/<n>/` shows, computed from the registry index and
 * the curated content. Components only format what is here.
 */
import { isOsEphemeralSubRange } from '../ephemeral-spans';
import { plainText, type IanaRecord } from '../iana';
import { ephemeralCoverage, formatSpan, ianaRangeOf, listWords, portStatus, subRangesOf, type PortStatus } from '../ports';
import type { EphemeralRange } from '../schemas/ephemeral-range';
import type { NotablePort, UnofficialUse } from '../schemas/notable-port';
import { MAX_PORT, PROTOCOL_LABELS, PROTOCOLS, type Protocol } from '../port-number';
import type { PortRange } from '../schemas/port-range';
import type { PortDataContext } from '../port-data';
import { buildCiteBoxModel, portCitationTitle, withoutAside, type CiteBoxModel } from '../citation';
import { isIndexedPort } from '../search-index';
import { absoluteUrl, portPath } from '../urls';
import type { SystemListenerLink } from '../systems';
import { portHistory, type PortHistoryModel } from './changes';


export interface NearbyPort {
  port: number;
  label: string;
}

export interface PortPageModel {
  port: number;
  status: PortStatus;
  /** The one-sentence answer shown under the title and used as the meta description. */
  answer: string;
  range: PortRange;
  subRanges: PortRange[];
  /** Sub-ranges that some program or protocol uses (not an operating system's ephemeral default). */
  applicationRanges: PortRange[];
  notable: NotablePort | null;
  /** Unofficial uses of this number from the curated data. */
  unofficialUses: UnofficialUse[];
  /** Curated ports that go with this one. */
  related: NearbyPort[];
  protocols: { protocol: Protocol; label: string; records: IanaRecord[] }[];
  /** Records that name no protocol (older registry rows). */
  unspecifiedRecords: IanaRecord[];
  ephemeral: { range: EphemeralRange; includes: boolean }[];
  previous: number | null;
  next: number | null;
  nearbyBelow: NearbyPort[];
  nearbyAbove: NearbyPort[];
  snapshotDate: string;
  /** The page's <title> before " · Port Atlas": "Port 22 (SSH): TCP/UDP port 22". */
  title: string;
  /** Whether the port is in the IANA dynamic range (the page then explains the range). */
  dynamic: boolean;
  /** Systems whose current default ephemeral range includes the port, and those whose range does not. */
  ephemeralIncludedBy: string[];
  ephemeralExcludedBy: string[];
  /** Whether search indexes the page: ports that carry content; the rest are reached by number. */
  indexed: boolean;
  /** What the search index records about the page (see SearchMetadata). */
  search: { meta: Record<string, string>; filters: Record<string, string[]> };
  cite: CiteBoxModel;
  /** What the registry snapshots show for this port; null when they show no change. */
  history: PortHistoryModel | null;
  /** Systems whose fresh install listens on this port ("Windows 11 listens here by default"). */
  defaultListeners: SystemListenerLink[];
}

/** What the page knows beyond the data: whether the port has prose (content/ports/<n>.mdx). */
export interface PortPageOptions {
  hasProse?: boolean;
}

function rangePhrase(range: PortRange): string {
  return `the ${range.shortName ?? range.name} range, ${formatSpan(range.start, range.end)}`;
}

/** "ssh (The Secure Shell (SSH) Protocol) on TCP, UDP and SCTP", for up to two service names. */
function assignmentPhrase(records: readonly IanaRecord[]): string {
  const byName = new Map<string, { description: string; protocols: Protocol[] }>();
  for (const record of records) {
    if (record.status !== 'assigned') continue;
    const name = record.serviceName ?? record.descriptionText;
    const entry = byName.get(name) ?? { description: record.descriptionText, protocols: [] };
    if (record.protocol && !entry.protocols.includes(record.protocol)) entry.protocols.push(record.protocol);
    byName.set(name, entry);
  }
  const phrases = [...byName].slice(0, 2).map(([name, { description, protocols }]) => {
    const described = description && description.toLowerCase() !== name.toLowerCase() ? `${name} (${description})` : name;
    return protocols.length > 0 ? `${described} on ${listWords(protocols.map((protocol) => PROTOCOL_LABELS[protocol]))}` : described;
  });
  const more = byName.size - phrases.length;
  return more > 0 ? `${phrases.join('; ')}; and ${more} more service${more === 1 ? '' : 's'}` : phrases.join('; and ');
}

function answerFor(port: number, status: PortStatus, records: readonly IanaRecord[], range: PortRange): string {
  if (status === 'assigned') return `Port ${port} is assigned by IANA to ${assignmentPhrase(records)}. It is in ${rangePhrase(range)}.`;
  if (status === 'reserved') {
    const deassigned = records.find((record) => record.deassignedOn)?.deassignedOn;
    return `Port ${port} is reserved by IANA${deassigned ? ` (de-assigned on ${deassigned})` : ''} and is not assigned to any service. It is in ${rangePhrase(range)}.`;
  }
  if (range.slug === 'dynamic') return `Port ${port} is not assigned by IANA: it is in ${rangePhrase(range)}, which IANA never assigns.`;
  return `Port ${port} is not assigned by IANA. It is in ${rangePhrase(range)}.`;
}

/** Assigned ports shown on each side: the pager already steps one by one, so the nearest one is enough. */
const NEARBY_EACH_SIDE = 1;

function nearestAssigned(port: number, context: PortDataContext): { below: number[]; above: number[] } {
  const sorted = context.assignedPorts;
  // Binary search for the first assigned port above `port`.
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle] <= port) low = middle + 1;
    else high = middle;
  }
  const aboveStart = low;
  const belowEnd = low > 0 && sorted[low - 1] === port ? low - 1 : low;
  return { below: sorted.slice(Math.max(0, belowEnd - NEARBY_EACH_SIDE), belowEnd), above: sorted.slice(aboveStart, aboveStart + NEARBY_EACH_SIDE) };
}

function labelOf(port: number, context: PortDataContext): string {
  const notable = context.notableByPort.get(port);
  if (notable) return notable.name;
  const assigned = context.recordsByPort[port].find((record) => record.status === 'assigned');
  return assigned?.serviceName ?? plainText(assigned?.description ?? null) ?? '';
}

/**
 * What the search box says about a port before anyone opens it, and what a span or list of ports shows on
 * each row: the curated or IANA name, and the curated summary or the page's one-sentence answer.
 */
export function portPreview(port: number, context: PortDataContext): { label: string; line: string } {
  const notable = context.notableByPort.get(port);
  const records = context.recordsByPort[port];
  const line = notable ? notable.summary : answerFor(port, portStatus(records), records, ianaRangeOf(port, context.ranges));
  return { label: labelOf(port, context), line };
}

export function buildPortPageModel(port: number, context: PortDataContext, options: PortPageOptions = {}): PortPageModel {
  const records = context.recordsByPort[port];
  const status = portStatus(records);
  const range = ianaRangeOf(port, context.ranges);
  const nearby = nearestAssigned(port, context);
  const subRanges = subRangesOf(port, context.ranges);
  const notable = context.notableByPort.get(port) ?? null;
  const ephemeral = ephemeralCoverage(port, context.ephemeralRanges);
  const protocols = PROTOCOLS.map((protocol) => ({
    protocol,
    label: PROTOCOL_LABELS[protocol],
    records: records.filter((record) => record.protocol === protocol),
  }));
  const assignedProtocols = protocols.filter((group) => group.records.some((record) => record.status === 'assigned')).map((group) => group.label);
  const searchProtocols = [...new Set([...assignedProtocols, ...(notable?.protocols.map((protocol) => PROTOCOL_LABELS[protocol]) ?? [])])];
  const serviceNames = [
    ...new Set(protocols.flatMap((group) => group.records).filter((record) => record.status === 'assigned' && record.serviceName).map((record) => record.serviceName!)),
  ];
  return {
    port,
    status,
    answer: answerFor(port, status, records, range),
    range,
    subRanges,
    applicationRanges: subRanges.filter((candidate) => !isOsEphemeralSubRange(candidate)),
    notable,
    unofficialUses: notable?.unofficialUses ?? [],
    related: (notable?.related ?? []).map((n) => ({ port: n, label: labelOf(n, context) })),
    protocols,
    unspecifiedRecords: records.filter((record) => record.protocol === null),
    ephemeral,
    previous: port > 0 ? port - 1 : null,
    next: port < MAX_PORT ? port + 1 : null,
    nearbyBelow: nearby.below.map((n) => ({ port: n, label: labelOf(n, context) })),
    nearbyAbove: nearby.above.map((n) => ({ port: n, label: labelOf(n, context) })),
    snapshotDate: context.snapshotDate,
    title: `${notable ? `Port ${port} (${withoutAside(notable.name)})` : `Port ${port}`}: TCP/UDP port ${port}`,
    dynamic: range.slug === 'dynamic',
    ephemeralIncludedBy: ephemeral.filter((row) => row.includes).map((row) => row.range.system),
    ephemeralExcludedBy: ephemeral.filter((row) => !row.includes).map((row) => row.range.system),
    indexed: isIndexedPort({ status, notable: notable !== null, hasProse: options.hasProse ?? false }),
    search: {
      meta: { port: String(port), service: notable?.name ?? serviceNames.slice(0, 3).join(' / '), protocols: searchProtocols.join(' '), range: range.name },
      filters: { range: [range.name], protocol: searchProtocols },
    },
    cite: buildCiteBoxModel({
      // Cited by its IANA assignment (or the lack of one), never by a program that merely uses the number.
      title: portCitationTitle({ port, status, name: notable?.status === 'official' ? notable.name : serviceNames[0] }),
      url: absoluteUrl(portPath(port)),
      date: context.snapshotDate,
      accessDate: context.buildDate,
    }),
    history: context.history ? portHistory(context.historyByPort?.get(port), context.history, context.serviceSlugs ?? new Set()) : null,
    defaultListeners: context.systemsByPort?.get(port) ?? [],
  };
}
