/**
 * The port picker's logic: which ports fit a reader's constraints, a spread-out handful of suggestions with
 * a reason each, and the URL query that records the choices so a suggestion can be shared. Pure and small,
 * because the same code runs at build time (the suggestions shown without JavaScript) and in the browser.
 * It must import nothing that carries zod or Node modules: only types, ./bitset.ts, ./port-number.ts and ./words.ts.
 */
import { bitset, bitsetFromBase64, bitsetHas, bitsetToBase64 } from './bitset';
import { isOsEphemeralSubRange } from './ephemeral-spans';
import { MAX_PORT, parsePort } from './port-number';
import { listWords } from './words';
import type { IanaRecord } from './iana';
import type { EphemeralRange } from './schemas/ephemeral-range';
import type { PortRange } from './schemas/port-range';

/** Ports below this need privileges to listen on (root, CAP_NET_BIND_SERVICE) on most Unix systems. */
export const FIRST_UNPRIVILEGED_PORT = 1024;
/** How many suggestions the picker shows. */
export const SUGGESTION_COUNT = 8;

/** An operating system's default ephemeral range, as much of it as the picker needs. */
export type PickerEphemeralRange = Pick<EphemeralRange, 'id' | 'system' | 'versions' | 'start' | 'end' | 'current'>;

export interface PickerData {
  /** Ports with an IANA assignment. */
  assigned: Uint8Array;
  /** Ports IANA reserved (never to be assigned, or de-assigned). Avoided together with assigned ones. */
  reserved: Uint8Array;
  /** Known unofficial uses: curated notable ports and notable spans such as Kubernetes NodePorts. */
  unofficial: Uint8Array;
  ephemeralRanges: PickerEphemeralRange[];
}

/** What the reader asked to avoid. */
export interface PickerConstraints {
  avoidAssigned: boolean;
  avoidUnofficial: boolean;
  avoidBelow1024: boolean;
  /** Ids of ephemeral ranges (content/ephemeral-ranges.ts) whose ports to avoid. */
  avoidEphemeralOf: string[];
  preferredStart?: number;
  preferredEnd?: number;
}

export interface Suggestion {
  port: number;
  /** One line on why the port is a good choice. */
  reason: string;
  /** The run of fitting ports around it, for "one of 37 in a row". */
  runStart: number;
  runEnd: number;
}

export interface PickResult {
  suggestions: Suggestion[];
  /** How many ports fit the constraints. */
  candidates: number;
  /** Set when there is nothing (or less than a full list) to suggest, saying why. */
  message: string | null;
}

/** Ephemeral ranges avoided by default: the three systems most servers and laptops run. */
export const DEFAULT_EPHEMERAL = ['linux', 'windows', 'macos'];

export const DEFAULT_CONSTRAINTS: Readonly<PickerConstraints> = {
  avoidAssigned: true,
  avoidUnofficial: true,
  avoidBelow1024: true,
  avoidEphemeralOf: DEFAULT_EPHEMERAL,
};

/** The picker's data from the site's data; the build serves it as JSON and renders default suggestions. */
export function pickerDataFrom(
  recordsByPort: readonly (readonly IanaRecord[])[],
  notablePorts: Iterable<number>,
  ranges: readonly PortRange[],
  ephemeralRanges: readonly EphemeralRange[],
): PickerData {
  const notable = new Set(notablePorts);
  const spans = ranges.filter((range) => range.kind === 'sub-range' && !isOsEphemeralSubRange(range));
  return {
    assigned: bitset((port) => recordsByPort[port].some((record) => record.status === 'assigned')),
    reserved: bitset((port) => recordsByPort[port].some((record) => record.status === 'reserved')),
    unofficial: bitset((port) => notable.has(port) || spans.some((range) => range.start <= port && port <= range.end)),
    ephemeralRanges: ephemeralRanges.map(({ id, system, versions, start, end, current }) => ({ id, system, versions, start, end, current })),
  };
}

/** The JSON the picker page fetches: bitsets as base64, ranges as they are. */
export interface PickerDataJson {
  assigned: string;
  reserved: string;
  unofficial: string;
  ephemeralRanges: PickerEphemeralRange[];
}

export function encodePickerData(data: PickerData): PickerDataJson {
  return {
    assigned: bitsetToBase64(data.assigned),
    reserved: bitsetToBase64(data.reserved),
    unofficial: bitsetToBase64(data.unofficial),
    ephemeralRanges: data.ephemeralRanges,
  };
}

export function decodePickerData(json: PickerDataJson): PickerData {
  return {
    assigned: bitsetFromBase64(json.assigned),
    reserved: bitsetFromBase64(json.reserved),
    unofficial: bitsetFromBase64(json.unofficial),
    ephemeralRanges: json.ephemeralRanges,
  };
}

/** The ephemeral ranges the constraints avoid, in the data's order; unknown ids are ignored. */
function avoidedEphemeral(constraints: PickerConstraints, data: PickerData): PickerEphemeralRange[] {
  return data.ephemeralRanges.filter((range) => constraints.avoidEphemeralOf.includes(range.id));
}

/**
 * Why a port does not fit, one phrase per broken constraint (empty when it fits). Written plainly, one check
 * per constraint, so that tests can hold the faster `fitsConstraints` to it.
 */
export function violations(port: number, constraints: PickerConstraints, data: PickerData): string[] {
  const broken: string[] = [];
  if (constraints.avoidAssigned && bitsetHas(data.assigned, port)) broken.push('assigned by IANA');
  if (constraints.avoidAssigned && bitsetHas(data.reserved, port)) broken.push('reserved by IANA');
  if (constraints.avoidUnofficial && bitsetHas(data.unofficial, port)) broken.push('in known unofficial use');
  if (constraints.avoidBelow1024 && port < FIRST_UNPRIVILEGED_PORT) broken.push('below 1024');
  for (const range of avoidedEphemeral(constraints, data)) {
    if (range.start <= port && port <= range.end) broken.push(`in the ${range.system} ephemeral range`);
  }
  if (constraints.preferredStart !== undefined && port < constraints.preferredStart) broken.push('before the preferred span');
  if (constraints.preferredEnd !== undefined && port > constraints.preferredEnd) broken.push('after the preferred span');
  return broken;
}

/**
 * A test for "fits the constraints" that is fast enough to run over all 65,536 ports on every change of the
 * form: the avoided spans are worked out once, and nothing is allocated per port.
 */
export function fitsConstraints(constraints: PickerConstraints, data: PickerData): (port: number) => boolean {
  const spans = avoidedEphemeral(constraints, data).map((range) => [range.start, range.end] as const);
  if (constraints.avoidBelow1024) spans.push([0, FIRST_UNPRIVILEGED_PORT - 1]);
  if (constraints.preferredStart !== undefined && constraints.preferredStart > 0) spans.push([0, constraints.preferredStart - 1]);
  if (constraints.preferredEnd !== undefined && constraints.preferredEnd < MAX_PORT) spans.push([constraints.preferredEnd + 1, MAX_PORT]);
  const { avoidAssigned, avoidUnofficial } = constraints;
  return (port) => {
    if (avoidAssigned && (bitsetHas(data.assigned, port) || bitsetHas(data.reserved, port))) return false;
    if (avoidUnofficial && bitsetHas(data.unofficial, port)) return false;
    for (const [start, end] of spans) if (start <= port && port <= end) return false;
    return true;
  };
}

/**
 * Distinct system names of the given ranges: "Linux, Windows and macOS". A name's first part stands for it
 * ("macOS" for "macOS and iOS"), so that the list still reads as a list.
 */
function systemNames(ranges: readonly PickerEphemeralRange[]): string {
  return listWords([...new Set(ranges.map((range) => range.system.split(' and ')[0]))]);
}

/** The one-line reason shown beside a suggestion: what the port is, what it avoids, how quiet its neighbourhood is. */
function reasonFor(port: number, runStart: number, runEnd: number, constraints: PickerConstraints, data: PickerData): string {
  const facts: string[] = [];
  if (bitsetHas(data.assigned, port)) facts.push('Assigned by IANA (read its page before reusing it)');
  else if (bitsetHas(data.reserved, port)) facts.push('Reserved by IANA');
  else facts.push('Not assigned by IANA');
  facts.push(bitsetHas(data.unofficial, port) ? 'but has a known unofficial use' : 'no known unofficial use');
  const avoided = avoidedEphemeral(constraints, data);
  if (avoided.length > 0) {
    facts.push(`outside the ${systemNames(avoided)} ephemeral range${avoided.length > 1 ? 's' : ''}`);
  } else {
    const inside = data.ephemeralRanges.filter((range) => range.current && range.start <= port && port <= range.end);
    if (inside.length > 0) facts.push(`inside the ${systemNames(inside)} ephemeral range${inside.length > 1 ? 's' : ''}, so a client may briefly hold it`);
  }
  const run = runEnd - runStart + 1;
  const neighbourhood = run === 1 ? 'its neighbours do not fit these choices' : `one of ${run.toLocaleString('en-US')} fitting ports in a row (${runStart}–${runEnd})`;
  return `${facts.join(', ')}; ${neighbourhood}.`;
}

/** The constraints in words, for the message when nothing fits. */
function describeConstraints(constraints: PickerConstraints, data: PickerData): string {
  const parts: string[] = [];
  if (constraints.avoidAssigned) parts.push('assigned or reserved');
  if (constraints.avoidUnofficial) parts.push('in known unofficial use');
  if (constraints.avoidBelow1024) parts.push('below 1024');
  const avoided = avoidedEphemeral(constraints, data);
  if (avoided.length > 0) parts.push(`in the ${systemNames(avoided)} ephemeral range${avoided.length > 1 ? 's' : ''}`);
  return parts.length > 0 ? listWords(parts, 'or') : 'excluded';
}

/**
 * Up to `count` ports that fit the constraints, spread over everything that fits rather than bunched at
 * its start: the fitting ports are cut into `count` equal shares, and each share gives the middle of its
 * longest run of fitting ports, so a suggestion has room on both sides for a service that grows to a few
 * neighbouring ports. The same constraints always give the same ports, so a shared link shows what its
 * sender saw.
 */
export function suggestPorts(constraints: PickerConstraints, data: PickerData, count = SUGGESTION_COUNT): PickResult {
  const from = constraints.preferredStart ?? 0;
  const to = constraints.preferredEnd ?? MAX_PORT;
  if (from > to) return { suggestions: [], candidates: 0, message: `The preferred span starts at ${from}, after its end at ${to}. Swap the two numbers.` };

  // Every fitting port in order, with the first and last port of the run it belongs to.
  const ports: number[] = [];
  const runStartOf: number[] = [];
  const runEndOf: number[] = [];
  const fits = fitsConstraints(constraints, data);
  let runStart = -1;
  for (let port = from; port <= to + 1; port++) {
    const fitting = port <= to && fits(port);
    if (fitting) {
      if (runStart < 0) runStart = port;
      ports.push(port);
      runStartOf.push(runStart);
    } else if (runStart >= 0) {
      for (let i = runEndOf.length; i < ports.length; i++) runEndOf.push(port - 1);
      runStart = -1;
    }
  }

  const span = from === 0 && to === MAX_PORT ? '' : ` between ${from} and ${to}`;
  if (ports.length === 0) {
    return {
      suggestions: [],
      candidates: 0,
      message: `No port${span} fits: each one is ${describeConstraints(constraints, data)}. Widen the preferred span or avoid less.`,
    };
  }

  const picks: Suggestion[] = [];
  const taken = (port: number) => picks.some((pick) => Math.abs(pick.port - port) <= 1);
  const shares = Math.min(count, ports.length);
  for (let share = 0; share < shares; share++) {
    const first = Math.floor((share * ports.length) / shares);
    const last = Math.floor(((share + 1) * ports.length) / shares) - 1;
    // The longest run within this share, clipped to the share, and its middle port.
    let best = { start: first, length: 0 };
    for (let i = first; i <= last; ) {
      const end = Math.min(last, i + (runEndOf[i] - ports[i]));
      if (end - i + 1 > best.length) best = { start: i, length: end - i + 1 };
      i = end + 1;
    }
    const index = best.start + Math.floor((best.length - 1) / 2);
    const port = ports[index];
    if (taken(port) && ports.length > 2 * count) continue; // keep suggestions apart when there is room to
    picks.push({ port, runStart: runStartOf[index], runEnd: runEndOf[index], reason: reasonFor(port, runStartOf[index], runEndOf[index], constraints, data) });
  }

  const message =
    ports.length < count ? `Only ${ports.length} port${ports.length === 1 ? '' : 's'}${span} ${ports.length === 1 ? 'fits' : 'fit'} these choices.` : null;
  return { suggestions: picks, candidates: ports.length, message };
}

/** Query tokens for the three yes/no choices. */
const AVOID_TOKENS = { assigned: 'avoidAssigned', unofficial: 'avoidUnofficial', low: 'avoidBelow1024' } as const;

function readList(params: URLSearchParams, name: string): string[] | null {
  if (!params.has(name)) return null;
  return params.getAll(name).flatMap((value) => value.split(',')).map((token) => token.trim()).filter(Boolean);
}

function readPort(params: URLSearchParams, name: string): number | undefined {
  // Typed into a form field, so "080" means 80 (see parsePort).
  return parsePort(params.get(name)?.trim() ?? '', { allowLeadingZeros: true }) ?? undefined;
}

/**
 * The constraints a URL query asks for. The picker form submits `avoid` and `os` as repeated fields (plus an
 * empty one, so that unticking every box still says "none" rather than "defaults"); the script writes them
 * comma-separated. Both read the same. Absent fields mean the defaults; unknown values are ignored.
 */
export function parsePickerQuery(query: string | URLSearchParams, ephemeralIds: readonly string[]): PickerConstraints {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const avoid = readList(params, 'avoid');
  const os = readList(params, 'os');
  const constraints: PickerConstraints = {
    avoidAssigned: avoid ? avoid.includes('assigned') : DEFAULT_CONSTRAINTS.avoidAssigned,
    avoidUnofficial: avoid ? avoid.includes('unofficial') : DEFAULT_CONSTRAINTS.avoidUnofficial,
    avoidBelow1024: avoid ? avoid.includes('low') : DEFAULT_CONSTRAINTS.avoidBelow1024,
    avoidEphemeralOf: (os ?? DEFAULT_CONSTRAINTS.avoidEphemeralOf).filter((id, i, all) => ephemeralIds.includes(id) && all.indexOf(id) === i),
  };
  const from = readPort(params, 'from');
  const to = readPort(params, 'to');
  if (from !== undefined) constraints.preferredStart = from;
  if (to !== undefined) constraints.preferredEnd = to;
  return constraints;
}

/** The query for the constraints, `avoid=assigned,unofficial,low&os=linux,windows,macos&from=&to=`, without "?". */
export function pickerQuery(constraints: PickerConstraints): string {
  const avoid = (Object.keys(AVOID_TOKENS) as (keyof typeof AVOID_TOKENS)[]).filter((token) => constraints[AVOID_TOKENS[token]]);
  // Ids are lower-case words and hyphens (the ephemeral-range schema), so commas can stay unescaped.
  const os = constraints.avoidEphemeralOf.filter((id) => /^[a-z0-9-]+$/.test(id));
  return `avoid=${avoid.join(',')}&os=${os.join(',')}&from=${constraints.preferredStart ?? ''}&to=${constraints.preferredEnd ?? ''}`;
}
