/**
 * What the explain tool knows about ports, built once at build time from the site's data and shipped as one
 * static JSON file (`/tools/explain/data.json`) that the page fetches the first time someone explains a paste.
 * `explainDataFrom` runs in the build; `ExplainData` (decoded from the JSON) runs in the browser. Nothing here
 * may import zod or a Node module: only types cross over from the build side.
 */
import { MAX_PORT } from '../port-number';
import type { IanaRecord } from '../iana';
import type { EphemeralRange } from '../schemas/ephemeral-range';
import type { NotablePort } from '../schemas/notable-port';
import type { PortRange } from '../schemas/port-range';
import { isOsEphemeralSubRange } from '../ephemeral-spans';
import type { SystemListenerLink } from '../systems';
import type { Transport } from './types';

/**
 * A page that lists what a system listens on by default (from content/systems/, `/systems/<slug>/`), for one
 * port and protocol. The data builder takes these as input so that it does not depend on how they are stored.
 */
export interface DefaultListenerPage {
  port: number;
  protocol: Transport;
  /** The system as the page names it, e.g. "Windows 11". */
  title: string;
  /** The page's path as src/lib/urls.ts gives it (base included), e.g. "/systems/windows-11/#port-135". */
  path: string;
}

/** One entry per port, protocol and system page from the index of default listeners (src/lib/systems.ts), leaving out those that need a setting turned on. */
export function defaultListenersFrom(systemsByPort: ReadonlyMap<number, readonly SystemListenerLink[]> = new Map()): DefaultListenerPage[] {
  const pages: DefaultListenerPage[] = [];
  for (const [port, links] of systemsByPort) {
    for (const link of links) {
      // The tool says "listens by default on"; a listener that needs a setting turned on is not one.
      if (link.whenTurnedOn) continue;
      for (const protocol of link.protocols) {
        if (protocol === 'tcp' || protocol === 'udp' || protocol === 'sctp') pages.push({ port, protocol, title: link.name, path: link.href });
      }
    }
  }
  return pages;
}

/** The JSON file's shape: arrays of tuples, because names repeated thousands of times cost bytes. */
export interface ExplainDataJson {
  /** Curated ports: [port, name, summary, protocols joined by ","]. */
  notable: [number, string, string, string][];
  /** Curated security notes: [port, note]. A port may have several. */
  security: [number, string][];
  /**
   * IANA assignments (TCP, UDP or SCTP), in columns because 6,000 rows of tuples compress poorly. Row i covers
   * `start` to `start + spans[i]`, where `start` is the previous row's start plus `starts[i]`; `protocols[i]` is
   * a digit (1 TCP, 2 UDP, 4 SCTP, summed); names and descriptions are joined by newlines. Descriptions are kept
   * only for System Ports (0–1023, where a name such as "rje" needs one) that have no curated summary, and only
   * where they say more than the name: with all of them the file would be twice the size budget. The port's page
   * has the full record.
   */
  iana: { starts: number[]; spans: number[]; protocols: string; names: string; descriptions: string };
  /** Application spans (not OS ephemeral defaults): [slug, name, first port, last port]. */
  spans: [string, string, number, number][];
  /** Current OS default ephemeral ranges: [system, versions, first port, last port]. */
  ephemeral: [string, string, number, number][];
  /** Default-listener pages: [port, protocol, title, path]. */
  listeners: [number, string, string, string][];
}

const PROTOCOL_BITS: Record<string, number> = { tcp: 1, udp: 2, sctp: 4 };

/** Whether a description only repeats the service name ("Echo" for echo). */
function repeatsName(description: string, name: string): boolean {
  const letters = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');
  return letters(description) === letters(name);
}

export interface ExplainDataInput {
  recordsByPort: readonly (readonly IanaRecord[])[];
  notablePorts: readonly NotablePort[];
  ranges: readonly PortRange[];
  ephemeralRanges: readonly EphemeralRange[];
  /** The last System Port (1023): descriptions are shipped up to it. From content/ranges.ts, the `well-known` range. */
  lastSystemPort: number;
  /**
   * Default-listener pages: the pages under /systems/ that list a port among what a system listens on after a
   * fresh install (`defaultListenersFrom(portData.systemsByPort)`).
   */
  defaultListeners: readonly DefaultListenerPage[];
}

/**
 * Ports per data file. The data is cut into files of this many ports (`/tools/explain/data-<n>.json` holds ports
 * n × 1024 to n × 1024 + 1023) and the page fetches only the files covering the ports in a paste: all of it
 * together is larger than one paste should cost, and it grows with every curated port. Files of 4,096 and
 * then 2,048 ports grew past the budget in tests/unit/explain-data.test.ts as curation passed 750 and then
 * 1,100 ports, most of them low; a paste of a busy host now loads more, smaller files.
 */
export const PORTS_PER_FILE = 1024;
/** How many data files there are. */
export const DATA_FILES = (MAX_PORT + 1) / PORTS_PER_FILE;
/** The data file that holds a port. */
export const dataFileOf = (port: number): number => Math.floor(port / PORTS_PER_FILE);

/** The data for every port, as one JSON document (the data files are slices of it). */
export function explainDataFrom(input: ExplainDataInput): ExplainDataJson {
  return explainDataFiles(input, 0, MAX_PORT);
}

/** The data files, one per PORTS_PER_FILE ports, in order. */
export function explainDataFilesFrom(input: ExplainDataInput): ExplainDataJson[] {
  return Array.from({ length: DATA_FILES }, (_, file) => explainDataFiles(input, file * PORTS_PER_FILE, (file + 1) * PORTS_PER_FILE - 1));
}

/**
 * The data for ports `first` to `last`, built in a fixed order (by port, then registry order) so that two builds
 * give the same bytes. Application spans and ephemeral ranges are small and go in every file.
 */
function explainDataFiles(input: ExplainDataInput, first: number, last: number): ExplainDataJson {
  const inside = (port: number) => first <= port && port <= last;
  const notable = input.notablePorts.filter((entry) => inside(entry.port)).sort((a, b) => a.port - b.port);
  const iana = new Map<string, [number, number, number, string, string]>();
  const seen = new Set<IanaRecord>();
  for (let port = first; port <= last; port++) {
    for (const record of input.recordsByPort[port]) {
      if (seen.has(record) || record.status !== 'assigned' || !record.ports || record.ports.end < first || record.ports.start > last) continue;
      seen.add(record);
      const name = record.serviceName ?? '';
      const key = `${record.ports.start}-${record.ports.end}|${name}|${record.descriptionText}`;
      const entry = iana.get(key) ?? [Math.max(record.ports.start, first), Math.min(record.ports.end, last), 0, name, record.descriptionText];
      entry[2] |= PROTOCOL_BITS[record.protocol ?? ''] ?? 0;
      iana.set(key, entry);
    }
  }
  return {
    notable: notable.map((entry) => [entry.port, entry.name, entry.summary, entry.protocols.join(',')]),
    security: notable.flatMap((entry) => entry.security.map((note): [number, string] => [entry.port, note.note])),
    iana: ianaColumns([...iana.values()].filter((entry) => entry[2] !== 0), input.lastSystemPort, new Set(notable.map((entry) => entry.port))),
    spans: input.ranges
      .filter((range) => range.kind === 'sub-range' && !isOsEphemeralSubRange(range))
      .map((range): [string, string, number, number] => [range.slug, range.name, range.start, range.end])
      .sort((a, b) => a[2] - b[2] || a[3] - b[3] || a[0].localeCompare(b[0])),
    ephemeral: input.ephemeralRanges.filter((range) => range.current).map((range) => [range.system, range.versions, range.start, range.end]),
    listeners: input.defaultListeners
      .filter((page) => inside(page.port))
      .sort((a, b) => a.port - b.port || a.protocol.localeCompare(b.protocol) || a.path.localeCompare(b.path))
      .map((page) => [page.port, page.protocol, page.title, page.path]),
  };
}

function ianaColumns(rows: [number, number, number, string, string][], lastSystemPort: number, curated: ReadonlySet<number>): ExplainDataJson['iana'] {
  const columns: ExplainDataJson['iana'] = { starts: [], spans: [], protocols: '', names: '', descriptions: '' };
  const names: string[] = [];
  const descriptions: string[] = [];
  let previous = 0;
  for (const [start, end, protocols, name, description] of rows) {
    columns.starts.push(start - previous);
    columns.spans.push(end - start);
    columns.protocols += String(protocols);
    names.push(name);
    const described = start <= lastSystemPort && !curated.has(start) && !repeatsName(description, name);
    descriptions.push(described ? description.replace(/\s+/g, ' ') : '');
    previous = start;
  }
  columns.names = names.join('\n');
  columns.descriptions = descriptions.join('\n');
  return columns;
}

/** Everything the site knows about one port, as a row of the explanation shows it. */
export interface PortKnowledge {
  curated: { name: string; summary: string; protocols: string[] } | null;
  iana: { name: string; description: string; protocols: string[] }[];
  spans: { slug: string; name: string; start: number; end: number }[];
  listeners: { title: string; path: string; protocol: string }[];
  security: string[];
}

/** The decoded data with lookups by port. */
export class ExplainData {
  ephemeral: { system: string; versions: string; start: number; end: number }[] = [];
  private readonly notable = new Map<number, { name: string; summary: string; protocols: string[] }>();
  private readonly security = new Map<number, string[]>();
  private readonly iana = new Map<number, { name: string; description: string; protocols: string[] }[]>();
  private readonly listeners = new Map<number, { title: string; path: string; protocol: string }[]>();
  private spans: { slug: string; name: string; start: number; end: number }[] = [];

  constructor(...files: ExplainDataJson[]) {
    for (const file of files) this.add(file);
  }

  /** Adds a data file's ports (files cover separate ports; the spans and ephemeral ranges are the same in each). */
  add(json: ExplainDataJson): void {
    for (const [port, name, summary, protocols] of json.notable) this.notable.set(port, { name, summary, protocols: protocols.split(',') });
    for (const [port, note] of json.security) this.security.set(port, [...(this.security.get(port) ?? []), note]);
    const names = json.iana.names.split('\n');
    const descriptions = json.iana.descriptions.split('\n');
    let start = 0;
    json.iana.starts.forEach((delta, index) => {
      start += delta;
      const bits = Number(json.iana.protocols[index]);
      const protocols = Object.keys(PROTOCOL_BITS).filter((protocol) => bits & PROTOCOL_BITS[protocol]);
      const entry = { name: names[index], description: descriptions[index], protocols };
      for (let port = start; port <= start + json.iana.spans[index]; port++) {
        const list = this.iana.get(port);
        if (list) list.push(entry);
        else this.iana.set(port, [entry]);
      }
    });
    for (const [port, protocol, title, path] of json.listeners) this.listeners.set(port, [...(this.listeners.get(port) ?? []), { title, path, protocol }]);
    this.spans = json.spans.map(([slug, name, start, end]) => ({ slug, name, start, end }));
    this.ephemeral = json.ephemeral.map(([system, versions, start, end]) => ({ system, versions, start, end }));
  }

  /** What is known about `port` used over `protocol`; IANA entries for the other protocols are kept only when none matches. */
  knowledge(port: number, protocol: Transport): PortKnowledge {
    const iana = this.iana.get(port) ?? [];
    const matching = iana.filter((entry) => entry.protocols.includes(protocol));
    return {
      curated: this.notable.get(port) ?? null,
      iana: matching.length > 0 ? matching : iana,
      spans: this.spans.filter((span) => span.start <= port && port <= span.end),
      listeners: (this.listeners.get(port) ?? []).filter((page) => page.protocol === protocol),
      security: this.security.get(port) ?? [],
    };
  }

  /** A short name for a port (curated name, else IANA service name), for lists of remote ports. */
  label(port: number): string | null {
    return this.notable.get(port)?.name ?? this.iana.get(port)?.[0]?.name ?? null;
  }
}
