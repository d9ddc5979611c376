/**
 * The port previews (src/lib/view-models/port-page.ts, `portPreview`) are published in small files of
 * PREVIEW_SHARD_SIZE consecutive ports each, so that the search box fetches a few kilobytes for the number
 * someone types instead of a list of every port. The build and the browser share these two functions.
 */
export const PREVIEW_SHARD_SIZE = 256;

/** Which file holds a port's preview. */
export function previewShardOf(port: number): number {
  return Math.floor(port / PREVIEW_SHARD_SIZE);
}

/** The file's path from the site root, before the base (pass it through `sitePath`). */
export function previewShardPath(shard: number): string {
  return `/search/ports/${shard}.json`;
}
