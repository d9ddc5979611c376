/**
 * Which pages the search index covers. Port pages carry `data-pagefind-body` when they have content worth
 * finding by words; the other ~59,000 are reached by typing their number. The same rule writes the list of
 * pages that the Pagefind integration indexes, so that it does not have to read all 65,536 port pages.
 */
import type { PortStatus } from './ports';

/** The manifest's path inside the build output; the integration removes it after indexing. */
export const INDEX_MANIFEST = 'search/index-manifest.json';

export function isIndexedPort(port: { status: PortStatus; notable: boolean; hasProse: boolean }): boolean {
  return port.status === 'assigned' || port.notable || port.hasProse;
}
