/**
 * `/tools/explain/data.json`: what the explain tool knows about every port, fetched by the page the first time
 * someone explains a paste (at most 80 KB gzip; tests/unit/explain-data.test.ts holds it to that). Format:
 * ExplainDataJson in src/lib/explain/data.ts.
 */
import { content, portData, recordsByPort } from '../../../data/site-data';
import { defaultListenersFrom, explainDataFrom } from '../../../lib/explain/data';

export function GET(): Response {
  const data = explainDataFrom({
    recordsByPort,
    notablePorts: content.notablePorts,
    ranges: content.ranges,
    ephemeralRanges: content.ephemeralRanges,
    lastSystemPort: content.ranges.find((range) => range.slug === 'well-known')!.end,
    defaultListeners: defaultListenersFrom(portData.systemsByPort),
  });
  return new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json' } });
}
