/**
 * `/search/ports/<shard>.json`: the name and one-line summary of PREVIEW_SHARD_SIZE consecutive ports, for the
 * search box to say what a typed number is before Enter, and for the search page to list a small span or a
 * pasted list of ports. Format: PreviewShardJson (src/lib/port-preview-shards.ts).
 */
import { portData } from '../../../data/site-data';
import { encodePreviewShard, PREVIEW_SHARD_SIZE } from '../../../lib/port-preview-shards';
import { MAX_PORT } from '../../../lib/schemas/port-number';
import { portPreview } from '../../../lib/view-models/port-page';

export function getStaticPaths() {
  return Array.from({ length: Math.ceil((MAX_PORT + 1) / PREVIEW_SHARD_SIZE) }, (_, shard) => ({ params: { shard: String(shard) } }));
}

export function GET({ params }: { params: { shard: string } }): Response {
  const first = Number(params.shard) * PREVIEW_SHARD_SIZE;
  const previews = [];
  for (let port = first; port < first + PREVIEW_SHARD_SIZE && port <= MAX_PORT; port++) previews.push(portPreview(port, portData));
  return new Response(JSON.stringify(encodePreviewShard(first, previews)), { headers: { 'content-type': 'application/json' } });
}
