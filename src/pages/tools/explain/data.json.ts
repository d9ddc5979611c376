/**
 * `/tools/explain/data.json`: what the explain tool knows about every port, fetched by the page the first time
 * someone explains a paste (at most 80 KB gzip; tests/unit/explain-data.test.ts holds it to that). Format:
 * ExplainDataJson in src/lib/explain/data.ts.
 */
import { content, recordsByPort } from '../../../data/site-data';
import { explainDataFrom, type DefaultListenerPage } from '../../../lib/explain/data';

/**
 * DEFAULT-LISTENER PAGES covering a port: when content/systems/ lands, list here every (port, protocol) that a
 * system page at /systems/<slug>/ names as listening by default, with the page's title and its path from
 * src/lib/urls.ts (base included). The rows of the tool then link those pages; nothing else needs to change.
 */
const defaultListeners: DefaultListenerPage[] = [];

export function GET(): Response {
  const data = explainDataFrom({
    recordsByPort,
    notablePorts: content.notablePorts,
    ranges: content.ranges,
    ephemeralRanges: content.ephemeralRanges,
    lastSystemPort: content.ranges.find((range) => range.slug === 'well-known')!.end,
    defaultListeners,
  });
  return new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json' } });
}
