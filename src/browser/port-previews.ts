/**
 * Loads what the site says about a port number (its name, or its one-sentence answer) from the small
 * preview files (src/pages/search/ports/[shard].json.ts), a few kilobytes per 256 ports, fetched once each.
 */
import { decodePreview, type PreviewShardJson, previewShardOf, previewShardPath } from '../lib/port-preview-shards';
import { sitePath } from '../lib/urls';

const shards = new Map<number, Promise<PreviewShardJson>>();

export interface PortPreview {
  port: number;
  /** The curated or IANA service name; empty for a port without one. */
  label: string;
  /** The curated summary, or the port page's one-sentence answer. */
  line: string;
}

function loadShard(shard: number): Promise<PreviewShardJson> {
  let rows = shards.get(shard);
  if (!rows) {
    rows = fetch(sitePath(previewShardPath(shard))).then((response) => {
      if (!response.ok) throw new Error(`${response.status} for ${response.url}`);
      return response.json() as Promise<PreviewShardJson>;
    });
    // A failed fetch may succeed later (a flaky network): do not keep the rejection.
    rows.catch(() => shards.delete(shard));
    shards.set(shard, rows);
  }
  return rows;
}

/** Previews for the given ports, in the same order. */
export async function portPreviews(ports: readonly number[]): Promise<PortPreview[]> {
  const needed = [...new Set(ports.map(previewShardOf))];
  const loaded = new Map(await Promise.all(needed.map(async (shard) => [shard, await loadShard(shard)] as const)));
  return ports.map((port) => {
    return { port, ...decodePreview(loaded.get(previewShardOf(port))!, port) };
  });
}
