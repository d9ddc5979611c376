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

/**
 * Ports that scans find open most often: the first tier of each ranked worklist (content/common-ports/,
 * `COVERAGE_TIERS`). Their curated text weighs more in the index, so that a purpose such as "email" finds
 * 25 and 993 before a historic POP2 port that says the same words on a shorter page.
 */
export function commonlyMetPorts(worklists: Record<WorklistProtocol, readonly number[]>): Set<number> {
  const ports = new Set<number>();
  for (const protocol of Object.keys(worklists) as WorklistProtocol[]) {
    for (const port of worklists[protocol].slice(0, COVERAGE_TIERS[protocol][0])) ports.add(port);
  }
  return ports;
}

/** The index weight of a curated port's summary (Pagefind's default for body text is 1). */
export function summaryWeight(commonlyMet: boolean): number {
  return commonlyMet ? 4 : 2;
}
