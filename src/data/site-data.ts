/**
 * The build's single source of data, computed once per build at module scope: the IANA snapshot parsed and
 * indexed by port, and the curated content validated and cross-checked. Pages import from here; nothing else
 * reads the data files.
 */
import registryXml from '../../content/iana/service-names-port-numbers.xml?raw';
import { ephemeralRanges } from '../../content/ephemeral-ranges';
import { ranges } from '../../content/ranges';
import { indexRecordsByPort, parseIanaRegistry } from '../lib/iana';
import { checkProseFiles, validateContent } from '../lib/validate-content';
import type { PortDataContext } from '../lib/view-models/port-page';
import { MAX_PORT } from '../lib/schemas/port-number';
import { portStatus } from '../lib/ports';

const proseSources = import.meta.glob<string>(['../../content/ports/*.mdx', '../../content/ranges/*.mdx'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

const notablePortModules = import.meta.glob<{ notablePorts: unknown }>('../../content/notable-ports/*.ts', { eager: true });

/** Every notable-ports data file, with the path that validation messages name. */
export const notablePortFiles = Object.entries(notablePortModules)
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([path, module]) => ({ file: path.replace(/^(\.\.\/)+/, ''), entries: module.notablePorts }));

export const content = validateContent({ ranges, ephemeralRanges, notablePortFiles });
checkProseFiles(
  Object.entries(proseSources).map(([path, body]) => ({ file: path.replace(/^(\.\.\/)+/, ''), body })),
  content,
);

export const registry = parseIanaRegistry(registryXml);
export const recordsByPort = indexRecordsByPort(registry.records);

const assignedPorts: number[] = [];
for (let port = 0; port <= MAX_PORT; port++) {
  if (portStatus(recordsByPort[port]) === 'assigned') assignedPorts.push(port);
}

export const portData: PortDataContext = {
  recordsByPort,
  assignedPorts,
  notableByPort: new Map(content.notablePorts.map((entry) => [entry.port, entry])),
  ranges: content.ranges,
  ephemeralRanges: content.ephemeralRanges,
  snapshotDate: registry.updated,
};

/**
 * `PORT_ATLAS_PORTS=0-2000` limits the generated port pages for a quick edit loop. Tests and the benchmark
 * always build every port.
 */
export function portsToBuild(): number[] {
  const limit = process.env.PORT_ATLAS_PORTS;
  const match = limit ? /^(\d+)-(\d+)$/.exec(limit) : null;
  const start = match ? Number(match[1]) : 0;
  const end = match ? Math.min(Number(match[2]), MAX_PORT) : MAX_PORT;
  const ports: number[] = [];
  for (let port = start; port <= end; port++) ports.push(port);
  return ports;
}
