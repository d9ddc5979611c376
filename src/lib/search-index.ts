/**
 * Which pages the search index covers. Port pages carry `data-pagefind-body` when they have content worth
 * finding by words; the other ~59,000 are reached by typing their number. The same rule writes the list of
 * pages that the Pagefind integration indexes, so that it does not have to read all 65,536 port pages.
 */
import type { PortStatus } from './ports';
import { COVERAGE_TIERS, type WorklistProtocol } from './worklist-coverage';

/** The manifest's path inside the build output; the integration removes it after indexing. */
export const INDEX_MANIFEST = 'search/index-manifest.json';

export function isIndexedPort(port: { status: PortStatus; notable: boolean; hasProse: boolean }): boolean {
  return port.status === 'assigned' || port.notable || port.hasProse;
}

/** How many of each worklist's top ports count as the ones nearly everyone meets (web, mail, SSH, DNS, SNMP…). */
const TOP_FEW: Readonly<Record<WorklistProtocol, number>> = { tcp: 25, udp: 10 };

/**
 * The index weight of each curated port's summary, by how often scans find the port open (the ranked
 * worklists in content/common-ports/): 6 for the very top, 4 for the first tier of `COVERAGE_TIERS`, and
 * Pagefind's default body weight doubled (2) for the rest. A purpose such as "email" or "web server" then
 * finds 25 and 80 before a historic or niche port whose shorter page says the same words.
 */
export function summaryWeights(worklists: Record<WorklistProtocol, readonly number[]>): (port: number) => number {
  const weights = new Map<number, number>();
  for (const protocol of Object.keys(worklists) as WorklistProtocol[]) {
    worklists[protocol].slice(0, COVERAGE_TIERS[protocol][0]).forEach((port, rank) => {
      weights.set(port, Math.max(weights.get(port) ?? 0, rank < TOP_FEW[protocol] ? 6 : 4));
    });
  }
  return (port) => weights.get(port) ?? 2;
}
