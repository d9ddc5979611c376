/**
 * The port picker's logic: which ports fit a reader's constraints, a spread-out handful of suggestions with
 * a reason each, and the URL query that records the choices so a suggestion can be shared. Pure and small,
 * because the same code runs at build time (the suggestions shown without JavaScript) and in the browser.
 * It must import nothing that carries zod or Node modules: only types, ./bitset.ts, ./port-number.ts and ./words.ts.
 */
import { bitset, bitsetFromBase64, bitsetHas, bitsetToBase64 } from './bitset';
import { isOsEphemeralSubRange } from './ephemeral-spans';
import { MAX_PORT, MIN_PORT, parsePort } from './port-number';
import { listWords } from './words';
import type { IanaRecord } from './iana';
import type { EphemeralRange } from './schemas/ephemeral-range';
import type { NotablePort, UnofficialUse } from './schemas/notable-port';
import type { PortRange } from './schemas/port-range';

/** Ports below this need privileges to listen on (root, CAP_NET_BIND_SERVICE) on most Unix systems. */
export const FIRST_UNPRIVILEGED_PORT = 1024;
/** How many suggestions the picker shows. */
export const SUGGESTION_COUNT = 8;

/** An operating system's default ephemeral range, as much of it as the picker needs. */
export type PickerEphemeralRange = Pick<EphemeralRange, 'id' | 'system' | 'versions' | 'start' | 'end' | 'current'>;

/** The transport protocols a reader can pick a port for. */
export type PickerProtocol = 'tcp' | 'udp';
/** The protocol choice: one protocol, or a port that is free on both. */
export type ProtocolChoice = PickerProtocol | 'both';
export const PROTOCOL_CHOICES: readonly ProtocolChoice[] = ['both', 'tcp', 'udp'];

/**
 * A curated span that programs use (content/ranges.ts sub-ranges that are not an operating system's
 * ephemeral range): kept by name, so that the picker can say which span keeps a suggestion out.
 */
export interface PickerSpan {
  name: string;
  start: number;
  end: number;
  /** The protocols its programs use; both when the data does not say. */
  protocols: PickerProtocol[];
}

/** One set of ports per protocol. */
export type ByProtocol<T> = Record<PickerProtocol, T>;

export interface PickerData {
  /** Ports with an IANA assignment on each protocol (a record without a protocol counts for both). */
  assigned: ByProtocol<Uint8Array>;
  /** Ports IANA reserved (never to be assigned, or de-assigned). Avoided together with assigned ones. */
  reserved: ByProtocol<Uint8Array>;
  /** Single ports in known unofficial use: the curated notable ports, on the protocols their entries name. */
  unofficial: ByProtocol<Uint8Array>;
  /** Spans in known unofficial use, such as Kubernetes NodePorts or Asterisk's RTP media. */
  spans: PickerSpan[];
  ephemeralRanges: PickerEphemeralRange[];
}

/** What the reader asked to avoid. */
export interface PickerConstraints {
  /** The protocol the service will listen on. */
  protocol: ProtocolChoice;
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

/** A span of ports that the constraints keep out, named so that the reader can see what to untick. */
export interface Blocker {
  /** "Asterisk RTP media", "the Linux ephemeral range", "ports below 1024". */
  label: string;
  start: number;
  end: number;
  /** The choice that keeps it out: a box under "Avoid" or an ephemeral range. */
  choice: 'low' | 'unofficial' | 'os';
}

export interface PickResult {
  suggestions: Suggestion[];
  /** How many ports fit the constraints. */
  candidates: number;
  /** Set when there is nothing (or less than a full list) to suggest, saying why. */
  message: string | null;
  /**
   * The wide spans (BLOCKER_MIN_PORTS or more) that the choices keep out of the preferred span, or every
   * blocking span when nothing or too little fits; in port order.
   */
  blockers: Blocker[];
}

/** Ephemeral ranges avoided by default: the three systems most servers and laptops run. */
export const DEFAULT_EPHEMERAL = ['linux', 'windows', 'macos'];

export const DEFAULT_CONSTRAINTS: Readonly<PickerConstraints> = {
  protocol: 'both',
  avoidAssigned: true,
  avoidUnofficial: true,
  avoidBelow1024: true,
  avoidEphemeralOf: DEFAULT_EPHEMERAL,
};

/** A span this wide is worth naming whenever it keeps ports out; narrower ones only when little is left. */
export const BLOCKER_MIN_PORTS = 1000;

/** The notable-port fields the picker reads. */
export type PickerNotablePort = Pick<NotablePort, 'port' | 'protocols'> & { unofficialUses?: readonly Pick<UnofficialUse, 'protocols'>[] };

const PICKER_PROTOCOLS: readonly PickerProtocol[] = ['tcp', 'udp'];
const onProtocol = (protocols: readonly string[], protocol: PickerProtocol) => protocols.includes(protocol);

/** The picker's data from the site's data; the build serves it as JSON and renders default suggestions. */
export function pickerDataFrom(
  recordsByPort: readonly (readonly IanaRecord[])[],
  notablePorts: Iterable<PickerNotablePort>,
  ranges: readonly PortRange[],
  ephemeralRanges: readonly EphemeralRange[],
): PickerData {
  const notable = new Map<number, Set<string>>();
  for (const entry of notablePorts) {
    const protocols = notable.get(entry.port) ?? new Set<string>();
    for (const protocol of [...entry.protocols, ...(entry.unofficialUses ?? []).flatMap((use) => use.protocols)]) protocols.add(protocol);
    notable.set(entry.port, protocols);
  }
  const hasRecord = (port: number, status: IanaRecord['status'], protocol: PickerProtocol) =>
    recordsByPort[port].some((record) => record.status === status && (record.protocol === null || record.protocol === protocol));
  const byProtocol = (predicate: (port: number, protocol: PickerProtocol) => boolean): ByProtocol<Uint8Array> => ({
    tcp: bitset((port) => predicate(port, 'tcp')),
    udp: bitset((port) => predicate(port, 'udp')),
  });
  return {
    assigned: byProtocol((port, protocol) => hasRecord(port, 'assigned', protocol)),
    reserved: byProtocol((port, protocol) => hasRecord(port, 'reserved', protocol)),
    unofficial: byProtocol((port, protocol) => notable.get(port)?.has(protocol) ?? false),
    spans: ranges
      .filter((range) => range.kind === 'sub-range' && !isOsEphemeralSubRange(range))
      .map((range) => ({
        name: range.name,
        start: range.start,
        end: range.end,
        protocols: PICKER_PROTOCOLS.filter((protocol) => !range.listeners || onProtocol(range.listeners, protocol)),
      })),
    ephemeralRanges: ephemeralRanges.map(({ id, system, versions, start, end, current }) => ({ id, system, versions, start, end, current })),
  };
}

/** The JSON the picker page fetches: bitsets as base64, spans and ranges as they are. */
export interface PickerDataJson {
  assigned: ByProtocol<string>;
  reserved: ByProtocol<string>;
  unofficial: ByProtocol<string>;
  spans: PickerSpan[];
  ephemeralRanges: PickerEphemeralRange[];
}

const mapProtocols = <A, B>(sets: ByProtocol<A>, f: (value: A) => B): ByProtocol<B> => ({ tcp: f(sets.tcp), udp: f(sets.udp) });

export function encodePickerData(data: PickerData): PickerDataJson {
  return {
    assigned: mapProtocols(data.assigned, bitsetToBase64),
    reserved: mapProtocols(data.reserved, bitsetToBase64),
    unofficial: mapProtocols(data.unofficial, bitsetToBase64),
    spans: data.spans,
    ephemeralRanges: data.ephemeralRanges,
  };
}

export function decodePickerData(json: PickerDataJson): PickerData {
  return {
    assigned: mapProtocols(json.assigned, bitsetFromBase64),
    reserved: mapProtocols(json.reserved, bitsetFromBase64),
    unofficial: mapProtocols(json.unofficial, bitsetFromBase64),
    spans: json.spans,
    ephemeralRanges: json.ephemeralRanges,
  };
}

/** The protocols a choice covers. */
function protocolsOf(choice: ProtocolChoice): readonly PickerProtocol[] {
  return choice === 'both' ? PICKER_PROTOCOLS : [choice];
}

/** Whether `port` is in one of the protocol-keyed sets for any protocol the constraints cover. */
function inAny(sets: ByProtocol<Uint8Array>, constraints: PickerConstraints, port: number): boolean {
  return protocolsOf(constraints.protocol).some((protocol) => bitsetHas(sets[protocol], port));
}

/** The curated spans the constraints avoid: all of those on the chosen protocol(s), when unofficial uses are avoided. */
function avoidedSpans(constraints: PickerConstraints, data: PickerData): PickerSpan[] {
  if (!constraints.avoidUnofficial) return [];
  const protocols = protocolsOf(constraints.protocol);
  return data.spans.filter((span) => span.protocols.some((protocol) => protocols.includes(protocol)));
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
  if (constraints.avoidAssigned && inAny(data.assigned, constraints, port)) broken.push('assigned by IANA');
  if (constraints.avoidAssigned && inAny(data.reserved, constraints, port)) broken.push('reserved by IANA');
  if (constraints.avoidUnofficial && inAny(data.unofficial, constraints, port)) broken.push('in known unofficial use');
  for (const span of avoidedSpans(constraints, data)) {
    if (span.start <= port && port <= span.end) broken.push(`in ${span.name} (${span.start}–${span.end})`);
  }
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
  // Every avoided span marked once in a byte per port (a native fill), rather than some twenty span tests per port.
  const blocked = new Uint8Array(MAX_PORT + 1);
  const block = (start: number, end: number) => blocked.fill(1, start, end + 1);
  for (const range of [...avoidedEphemeral(constraints, data), ...avoidedSpans(constraints, data)]) block(range.start, range.end);
  if (constraints.avoidBelow1024) block(0, FIRST_UNPRIVILEGED_PORT - 1);
  if (constraints.preferredStart !== undefined && constraints.preferredStart > 0) block(0, constraints.preferredStart - 1);
  if (constraints.preferredEnd !== undefined && constraints.preferredEnd < MAX_PORT) block(constraints.preferredEnd + 1, MAX_PORT);
  const sets: Uint8Array[] = [];
  for (const protocol of protocolsOf(constraints.protocol)) {
    if (constraints.avoidAssigned) sets.push(data.assigned[protocol], data.reserved[protocol]);
    if (constraints.avoidUnofficial) sets.push(data.unofficial[protocol]);
  }
  return (port) => {
    if (blocked[port] === 1) return false;
    for (const set of sets) if (bitsetHas(set, port)) return false;
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

/** "TCP", "UDP" or "TCP or UDP", for sentences about assignments. */
function protocolWords(choice: ProtocolChoice): string {
  return choice === 'both' ? 'TCP or UDP' : choice.toUpperCase();
}

/** The one-line reason shown beside a suggestion: what the port is, what it avoids, how quiet its neighbourhood is. */
function reasonFor(port: number, runStart: number, runEnd: number, constraints: PickerConstraints, data: PickerData): string {
  const facts: string[] = [];
  const on = protocolWords(constraints.protocol);
  if (inAny(data.assigned, constraints, port)) facts.push(`Assigned by IANA for ${on} (read its page before reusing it)`);
  else if (inAny(data.reserved, constraints, port)) facts.push(`Reserved by IANA for ${on}`);
  else facts.push(`Not assigned by IANA for ${on}`);
  const spans = data.spans.filter((span) => span.start <= port && port <= span.end);
  if (inAny(data.unofficial, constraints, port) || spans.length > 0) {
    facts.push(spans.length > 0 ? `but inside ${listWords(spans.map((span) => span.name))}` : 'but has a known unofficial use');
  } else facts.push('no known unofficial use');
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

/**
 * The named spans that the constraints keep out of from–to, in port order: ports below 1024, the avoided
 * ephemeral ranges and the curated spans in unofficial use. Spans with the same numbers are named together
 * ("the Windows and macOS ephemeral ranges").
 */
export function blockersBetween(from: number, to: number, constraints: PickerConstraints, data: PickerData): Blocker[] {
  const found: Blocker[] = [];
  if (constraints.avoidBelow1024) found.push({ label: 'ports below 1024', start: 0, end: FIRST_UNPRIVILEGED_PORT - 1, choice: 'low' });
  const ephemeral = new Map<string, PickerEphemeralRange[]>();
  for (const range of avoidedEphemeral(constraints, data)) {
    const key = `${range.start}-${range.end}`;
    ephemeral.set(key, [...(ephemeral.get(key) ?? []), range]);
  }
  for (const ranges of ephemeral.values()) {
    const label = `the ${systemNames(ranges)} ephemeral range${new Set(ranges.map((range) => range.system)).size > 1 ? 's' : ''}`;
    found.push({ label, start: ranges[0].start, end: ranges[0].end, choice: 'os' });
  }
  for (const span of avoidedSpans(constraints, data)) found.push({ label: span.name, start: span.start, end: span.end, choice: 'unofficial' });
  return found.filter((blocker) => blocker.start <= to && blocker.end >= from).sort((a, b) => a.start - b.start || b.end - a.end || a.label.localeCompare(b.label));
}

/**
 * A blocker as a list item: the picker's own labels ("ports below 1024", "the Linux ephemeral range") start
 * with a capital there; a span's curated name is kept as written ("coturn TURN relay ports").
 */
export function blockerItem(blocker: Blocker): string {
  return blocker.choice === 'unofficial' ? blocker.label : blocker.label.charAt(0).toUpperCase() + blocker.label.slice(1);
}

/** "Asterisk RTP media (10000–20000) and ports below 1024 (0–1023)". */
function blockerWords(blockers: readonly Blocker[]): string {
  return listWords(blockers.map((blocker) => `${blocker.label} (${blocker.start}–${blocker.end})`));
}

/** What the single-port checks keep out of from–to, in words: "54 ports assigned or reserved by IANA". */
function singlePortWords(from: number, to: number, constraints: PickerConstraints, data: PickerData): string[] {
  let assigned = 0;
  let unofficial = 0;
  for (let port = from; port <= to; port++) {
    if (constraints.avoidAssigned && (inAny(data.assigned, constraints, port) || inAny(data.reserved, constraints, port))) assigned++;
    else if (constraints.avoidUnofficial && inAny(data.unofficial, constraints, port)) unofficial++;
  }
  const count = (n: number) => `${n.toLocaleString('en-US')} port${n === 1 ? '' : 's'}`;
  const words: string[] = [];
  if (assigned > 0) words.push(`${count(assigned)} assigned or reserved by IANA for ${protocolWords(constraints.protocol)}`);
  if (unofficial > 0) words.push(`${count(unofficial)} in known unofficial use`);
  return words;
}

/**
 * Up to `count` ports that fit the constraints, spread over everything that fits rather than bunched at
 * its start: the fitting ports are cut into `count` equal shares, and each share gives the middle of its
 * longest run of fitting ports, so a suggestion has room on both sides for a service that grows to a few
 * neighbouring ports. The same constraints always give the same ports, so a shared link shows what its
 * sender saw. With the suggestions come the spans that keep ports out, named, so that an empty or lopsided
 * list explains itself.
 */
export function suggestPorts(constraints: PickerConstraints, data: PickerData, count = SUGGESTION_COUNT): PickResult {
  const from = constraints.preferredStart ?? 0;
  const to = constraints.preferredEnd ?? MAX_PORT;
  if (from > to) {
    return { suggestions: [], candidates: 0, blockers: [], message: `The preferred span starts at ${from}, after its end at ${to}. Swap the two numbers.` };
  }

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
  const allBlockers = blockersBetween(from, to, constraints, data);
  if (ports.length === 0) {
    const causes = [...(allBlockers.length > 0 ? [blockerWords(allBlockers)] : []), ...singlePortWords(from, to, constraints, data)];
    return {
      suggestions: [],
      candidates: 0,
      blockers: allBlockers,
      message: `No port${span} fits these choices. ${causes.length > 0 ? `Blocking it: ${listWords(causes)}. ` : ''}Untick a choice above or widen the preferred span.`,
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

  const few = ports.length < count;
  const blockers = few ? allBlockers : allBlockers.filter((blocker) => blocker.end - blocker.start + 1 >= BLOCKER_MIN_PORTS);
  const message = few
    ? `Only ${ports.length} port${ports.length === 1 ? '' : 's'}${span} ${ports.length === 1 ? 'fits' : 'fit'} these choices.${
        blockers.length > 0 ? ` The rest are blocked by ${blockerWords(blockers)}, and by single ports.` : ''
      }`
    : null;
  return { suggestions: picks, candidates: ports.length, message, blockers };
}

/** Query tokens for the three yes/no choices. */
const AVOID_TOKENS = { assigned: 'avoidAssigned', unofficial: 'avoidUnofficial', low: 'avoidBelow1024' } as const;

function readList(params: URLSearchParams, name: string): string[] | null {
  if (!params.has(name)) return null;
  return params.getAll(name).flatMap((value) => value.split(',')).map((token) => token.trim()).filter(Boolean);
}

/** The port in a `from` or `to` field, or a sentence saying why the field does not hold one. */
function readPort(params: URLSearchParams, name: 'from' | 'to'): { port?: number; problem?: string } {
  const value = params.get(name)?.trim() ?? '';
  if (value === '') return {};
  const field = name === 'from' ? 'The start of the preferred span' : 'The end of the preferred span';
  // Typed into a form field, so "080" means 80 (see parsePort). Digits that parsePort refuses are too large.
  const port = parsePort(value, { allowLeadingZeros: true });
  if (port !== null) return { port };
  if (/^\d+$/.test(value)) return { problem: `${field}, ${value}, is beyond the last port, ${MAX_PORT}, so it is ignored.` };
  return { problem: `${field}, “${value}”, is not a whole number from ${MIN_PORT} to ${MAX_PORT}, so it is ignored.` };
}

/** The constraints a query asks for, and a sentence for each part of it that was not understood. */
export interface ParsedPickerQuery {
  constraints: PickerConstraints;
  /** Per form field: what was wrong and that it was ignored. Empty when the query is clean. */
  problems: { field: 'from' | 'to' | 'proto' | 'avoid' | 'os'; message: string }[];
}

/**
 * The constraints a URL query asks for. The picker form submits `avoid` and `os` as repeated fields (plus an
 * empty one, so that unticking every box still says "none" rather than "defaults"); the script writes them
 * comma-separated. Both read the same. Absent fields mean the defaults. A value that cannot be used (a port
 * beyond 65535, an unknown system) is left out, and a problem says so: a shared link with a typo must not
 * quietly show suggestions for other choices than it seems to.
 */
export function parsePickerQuery(query: string | URLSearchParams, ephemeralIds: readonly string[]): ParsedPickerQuery {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const problems: ParsedPickerQuery['problems'] = [];
  const avoid = readList(params, 'avoid');
  const os = readList(params, 'os');
  const proto = params.get('proto')?.trim().toLowerCase() || 'both';
  const protocol = (PROTOCOL_CHOICES as readonly string[]).includes(proto) ? (proto as ProtocolChoice) : 'both';
  if (protocol !== proto) problems.push({ field: 'proto', message: `The protocol “${proto}” is not TCP or UDP, so ports free on both are shown.` });
  const unknownAvoid = (avoid ?? []).filter((token) => !(token in AVOID_TOKENS));
  if (unknownAvoid.length > 0) problems.push({ field: 'avoid', message: `Unknown choice ${listWords(unknownAvoid.map((token) => `“${token}”`))}, ignored.` });
  const unknownOs = (os ?? []).filter((id) => !ephemeralIds.includes(id));
  if (unknownOs.length > 0) problems.push({ field: 'os', message: `Unknown system ${listWords(unknownOs.map((id) => `“${id}”`))}, ignored.` });
  const constraints: PickerConstraints = {
    protocol,
    avoidAssigned: avoid ? avoid.includes('assigned') : DEFAULT_CONSTRAINTS.avoidAssigned,
    avoidUnofficial: avoid ? avoid.includes('unofficial') : DEFAULT_CONSTRAINTS.avoidUnofficial,
    avoidBelow1024: avoid ? avoid.includes('low') : DEFAULT_CONSTRAINTS.avoidBelow1024,
    avoidEphemeralOf: (os ?? DEFAULT_CONSTRAINTS.avoidEphemeralOf).filter((id, i, all) => ephemeralIds.includes(id) && all.indexOf(id) === i),
  };
  for (const field of ['from', 'to'] as const) {
    const { port, problem } = readPort(params, field);
    if (problem) problems.push({ field, message: problem });
    if (port !== undefined) constraints[field === 'from' ? 'preferredStart' : 'preferredEnd'] = port;
  }
  return { constraints, problems };
}

/**
 * The query for the constraints, `proto=both&avoid=assigned,unofficial,low&os=linux,windows,macos&from=&to=`,
 * without "?".
 */
export function pickerQuery(constraints: PickerConstraints): string {
  const avoid = (Object.keys(AVOID_TOKENS) as (keyof typeof AVOID_TOKENS)[]).filter((token) => constraints[AVOID_TOKENS[token]]);
  // Ids are lower-case words and hyphens (the ephemeral-range schema), so commas can stay unescaped.
  const os = constraints.avoidEphemeralOf.filter((id) => /^[a-z0-9-]+$/.test(id));
  return `proto=${constraints.protocol}&avoid=${avoid.join(',')}&os=${os.join(',')}&from=${constraints.preferredStart ?? ''}&to=${constraints.preferredEnd ?? ''}`;
}
