/**
 * The pages the search index covers, for the Pagefind integration (removed from the output after
 * indexing). Paths are relative to the site root, without the base.
 */
import { chapters, portProse } from '../../data/prose';
import { content, portData, portsToBuild } from '../../data/site-data';
import { portStatus } from '../../lib/ports';
import { isIndexedPort } from '../../lib/search-index';

export function GET(): Response {
  const pages = ['index.html'];
  for (const port of portsToBuild()) {
    const indexed = isIndexedPort({ status: portStatus(portData.recordsByPort[port]), notable: portData.notableByPort.has(port), hasProse: portProse.has(port) });
    if (indexed) pages.push(`ports/${port}/index.html`);
  }
  for (const range of content.ranges) pages.push(`ranges/${range.slug}/index.html`);
  pages.push('systems/index.html', ...content.systems.map((system) => `systems/${system.slug}/index.html`));
  pages.push('learn/index.html', ...chapters.map((chapter) => `learn/${chapter.id}/index.html`));
  return new Response(JSON.stringify({ pages }), { headers: { 'content-type': 'application/json' } });
}
