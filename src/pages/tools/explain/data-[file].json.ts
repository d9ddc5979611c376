/**
 * `/tools/explain/data-<n>.json`: what the explain tool knows about ports n × 1024 to n × 1024 + 1023 (curated
 * names, summaries and security notes, IANA services, the system pages that list a port as a default listener,
 * and in every file the application spans and OS ephemeral ranges). The page fetches only the files covering
 * the ports in a paste, the first time it needs each. Format: ExplainDataJson in src/lib/explain/data.ts.
 */
import { content, portData, recordsByPort } from '../../../data/site-data';
import { DATA_FILES, defaultListenersFrom, explainDataFilesFrom } from '../../../lib/explain/data';

const files = explainDataFilesFrom({
  recordsByPort,
  notablePorts: content.notablePorts,
  ranges: content.ranges,
  ephemeralRanges: content.ephemeralRanges,
  lastSystemPort: content.ranges.find((range) => range.slug === 'well-known')!.end,
  defaultListeners: defaultListenersFrom(portData.systemsByPort),
});

export function getStaticPaths() {
  return Array.from({ length: DATA_FILES }, (_, file) => ({ params: { file: String(file) } }));
}

export function GET({ params }: { params: { file: string } }): Response {
  return new Response(JSON.stringify(files[Number(params.file)]), { headers: { 'content-type': 'application/json' } });
}
