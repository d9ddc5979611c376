/**
 * The build's single source of data, computed once per build at module scope: the IANA snapshot parsed and
 * indexed by port, and the curated content validated and cross-checked. Pages import from here; nothing else
 * reads the data files.
 */
import { execFileSync } from 'node:child_process';
import registryXml from '../../content/iana/service-names-port-numbers.xml?raw';
import tcpWorklist from '../../content/common-ports/tcp-top1000.txt?raw';
import udpWorklist from '../../content/common-ports/udp-top250.txt?raw';
import historyJson from '../../content/iana/history.json?raw';
import { ephemeralRanges } from '../../content/ephemeral-ranges';
import { ranges } from '../../content/ranges';
import { source } from '../../content/sources';
import rangesText from '../../content/ranges.ts?raw';
import { indexRecordsByPort, parseIanaRegistry } from '../lib/iana';
import { groupServices, serviceSlug } from '../lib/services';
import { classifyPorts } from '../lib/port-space';
import { CONTENT_FILES, checkProseFiles, validateContent } from '../lib/validate-content';
import type { PortDataContext } from '../lib/port-data';
import { MAX_PORT, parsePort } from '../lib/port-number';
import { ianaRange, portStatus } from '../lib/ports';
import { summaryWeights } from '../lib/search-index';
import { parseWorklist } from '../lib/worklist-coverage';
import { findEntryLine } from '../lib/entry-lines';
import type { SourceFile } from '../lib/corrections';
import { changesByPort, changesByService, type RegistryHistory } from '../lib/registry-history';
import { indexSystemsByPort } from '../lib/systems';

const proseSources = import.meta.glob<string>(['../../content/ports/*.mdx', '../../content/ranges/*.mdx'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

const systemModules = import.meta.glob<{ system: unknown }>('../../content/systems/*.ts', { eager: true });

/** Every system data file (`content/systems/<slug>.ts`), with the path that validation messages name. */
export const systemFiles = Object.entries(systemModules)
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([path, module]) => ({ file: path.replace(/^(\.\.\/)+/, ''), entries: module.system }));

const notablePortModules = import.meta.glob<{ notablePorts: unknown }>('../../content/notable-ports/*.ts', { eager: true });
const notablePortTexts = import.meta.glob<string>('../../content/notable-ports/*.ts', { query: '?raw', import: 'default', eager: true });

/** Every notable-ports data file, with the path that validation messages name. */
export const notablePortFiles = Object.entries(notablePortModules)
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([path, module]) => ({ file: path.replace(/^(\.\.\/)+/, ''), entries: module.notablePorts }));

export const content = validateContent({ ranges, ephemeralRanges, notablePortFiles, systemFiles, sources: source });
checkProseFiles(
  Object.entries(proseSources).map(([path, body]) => ({ file: path.replace(/^(\.\.\/)+/, ''), body })),
  content,
);

/** Where each notable port's entry is written (file and line), for the footer's "edit the source" link. */
export const notablePortSources: ReadonlyMap<number, SourceFile> = new Map(
  Object.entries(notablePortTexts).flatMap(([path, text]) => {
    const file = path.replace(/^(\.\.\/)+/, '');
    const entries = notablePortFiles.find((candidate) => candidate.file === file)?.entries;
    return (Array.isArray(entries) ? (entries as { port: number }[]) : []).map(({ port }) => [port, { path: file, line: findEntryLine(text, { field: 'port', value: port }) }] as const);
  }),
);

/** Where each range's entry is written in content/ranges.ts, for the same link on range pages. */
export const rangeSources: ReadonlyMap<string, SourceFile> = new Map(
  content.ranges.map((range) => [range.slug, { path: CONTENT_FILES.ranges, line: findEntryLine(rangesText, { field: 'slug', value: range.slug }) }]),
);

/** The file behind each system page (`content/systems/<slug>.ts`), for the same link on system pages. */
export const systemSources: ReadonlyMap<string, SourceFile> = new Map(content.systems.map((system) => [system.slug, { path: `${CONTENT_FILES.systems}${system.slug}.ts` }]));

export const registry = parseIanaRegistry(registryXml);
// Reported once per build, so that a snapshot update that loses or repeats records is visible in the log.
console.info(`[port-atlas] IANA registry ${registry.updated}: read ${registry.records.length} records (${registry.duplicates} repeated, kept), ${registry.people.size} people`);
export const recordsByPort = indexRecordsByPort(registry.records);

/**
 * The registry's history, derived from the snapshot archive by `npm run data:history` (a unit test keeps the
 * two identical). It must end at the snapshot the site shows, or pages would contradict each other.
 */
export const history: RegistryHistory = JSON.parse(historyJson);
if (history.snapshots.at(-1)?.date !== registry.updated) {
  throw new Error(`content/iana/history.json ends at ${history.snapshots.at(-1)?.date}, but the current snapshot is ${registry.updated}: run npm run data:history`);
}

const assignedPorts: number[] = [];
for (let port = 0; port <= MAX_PORT; port++) {
  if (portStatus(recordsByPort[port]) === 'assigned') assignedPorts.push(port);
}

/**
 * The date of the last commit (YYYY-MM-DD), used where a page needs "today" without JavaScript, such as a
 * citation's access date. Using the commit, not the clock, keeps two builds of one commit identical.
 */
export const buildDate: string = (() => {
  try {
    const date = execFileSync('git', ['log', '-1', '--format=%cs'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : registry.updated;
  } catch {
    return registry.updated; // not a git checkout (e.g. a source tarball): the snapshot date is the next best fixed date
  }
})();

/** Every IANA service name, by URL slug. */
export const services = groupServices(registry.records);

export const portData: PortDataContext = {
  recordsByPort,
  assignedPorts,
  notableByPort: new Map(content.notablePorts.map((entry) => [entry.port, entry])),
  ranges: content.ranges,
  ephemeralRanges: content.ephemeralRanges,
  snapshotDate: registry.updated,
  buildDate,
  history,
  historyByPort: changesByPort(history.changes),
  serviceSlugs: new Set(services.keys()),
  systemsByPort: indexSystemsByPort(content.systems),
};

/**
 * `PORT_ATLAS_PORTS` limits the generated port pages for a quick edit loop: a comma-separated list of ports and
 * spans, e.g. `5432`, `0-2000` or `0-1024,5432,60023,65535`. Tests and the benchmark always build every port.
 * A value that is not such a list fails loudly rather than silently building everything.
 */
export function portsToBuild(limit = process.env.PORT_ATLAS_PORTS): number[] {
  if (!limit) return Array.from({ length: MAX_PORT + 1 }, (_, port) => port);
  const ports = new Set<number>();
  for (const part of limit.split(',')) {
    const match = /^\s*(\d+)(?:\s*-\s*(\d+))?\s*$/.exec(part);
    // Typed by a person, like a search: "080" is 80.
    const start = match ? parsePort(match[1], { allowLeadingZeros: true }) : null;
    const end = match ? parsePort(match[2] ?? match[1], { allowLeadingZeros: true }) : null;
    if (start === null || end === null || start > end) {
      throw new Error(`PORT_ATLAS_PORTS: "${part}" is not a port or span within 0-${MAX_PORT} (write e.g. 5432 or 0-2000,5432)`);
    }
    for (let port = start; port <= end; port++) ports.add(port);
  }
  return [...ports].sort((a, b) => a - b);
}


/**
 * The service and alias pages to build: every one, or under `PORT_ATLAS_PORTS` only those whose service has a
 * record on a built port (an alias: whose port is built). The 9,400 service pages would otherwise make up most
 * of a quick build, and the base-path check in `npm test` builds a subset.
 */
export function serviceNamesToBuild(limit = process.env.PORT_ATLAS_PORTS): string[] {
  if (!limit) return [...services.keys(), ...serviceAliases.keys()];
  const ports = portsToBuild(limit);
  const built = new Set(ports);
  // recordsByPort lists a span's record on every port of the span, so a service counts when any of its ports is built.
  const named = new Set(ports.flatMap((port) => recordsByPort[port].flatMap((record) => (record.serviceName ? [serviceSlug(record.serviceName)] : []))));
  return [
    ...[...services.keys()].filter((name) => named.has(name)),
    ...[...serviceAliases].filter(([, alias]) => built.has(alias.port)).map(([name]) => name),
  ];
}

/** Registry changes by service slug, for the service pages (including services since withdrawn). */
export const historyByService = changesByService(history.changes, serviceSlug);

/**
 * Curated aliases that are not themselves IANA service names, pointing at the service of their port
 * (`postgres` → `postgresql`), for `/services/<alias>/` pages that send readers on.
 */
export const serviceAliases: Map<string, { alias: string; port: number; target: string | null }> = (() => {
  const aliases = new Map<string, { alias: string; port: number; target: string | null }>();
  for (const entry of content.notablePorts) {
    const assigned = recordsByPort[entry.port].find((record) => record.status === 'assigned' && record.serviceName);
    const target = assigned?.serviceName ? serviceSlug(assigned.serviceName) : null;
    for (const alias of entry.aliases) {
      const slug = serviceSlug(alias);
      if (!services.has(slug) && !aliases.has(slug)) aliases.set(slug, { alias, port: entry.port, target: entry.status === 'official' ? target : null });
    }
  }
  return aliases;
})();

/** Every port's map status (src/lib/port-space.ts), shared by the map image and every map component. */
export const portClasses = classifyPorts(recordsByPort, new Set(portData.notableByPort.keys()), ianaRange('dynamic', content.ranges));

/** The search-index weight of each curated port's summary, higher for the ports people meet most often. */
export const summaryWeight = summaryWeights({
  tcp: parseWorklist(tcpWorklist, 'content/common-ports/tcp-top1000.txt', MAX_PORT),
  udp: parseWorklist(udpWorklist, 'content/common-ports/udp-top250.txt', MAX_PORT),
});
