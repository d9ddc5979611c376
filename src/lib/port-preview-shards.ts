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

/** Stands for the row's own port number in a shared line. */
export const PORT_MARK = '{port}';

/**
 * A preview file as published. Most lines differ only by their port number ("Port 38401 is not assigned by
 * IANA…"), so each distinct line is written once with PORT_MARK in place of the number, and each row names
 * its line by index: about 3 kB per file instead of 30 kB, 6 MB less in all.
 */
export interface PreviewShardJson {
  lines: string[];
  /** One row per port from shard × PREVIEW_SHARD_SIZE: the label and the index of its line. */
  rows: [label: string, line: number][];
}

/** Writes the previews of consecutive ports from `first` as one file's content. */
export function encodePreviewShard(first: number, previews: readonly { label: string; line: string }[]): PreviewShardJson {
  const lines: string[] = [];
  const indexOf = new Map<string, number>();
  const rows = previews.map(({ label, line }, i): [string, number] => {
    if (line.includes(PORT_MARK)) throw new Error(`The preview of port ${first + i} contains ${PORT_MARK}, which the preview files use as a placeholder.`);
    const shared = line.split(String(first + i)).join(PORT_MARK);
    let index = indexOf.get(shared);
    if (index === undefined) {
      index = lines.push(shared) - 1;
      indexOf.set(shared, index);
    }
    return [label, index];
  });
  return { lines, rows };
}

/** Reads one port's preview back from its file's content. */
export function decodePreview(shard: PreviewShardJson, port: number): { label: string; line: string } {
  const [label, index] = shard.rows[port % PREVIEW_SHARD_SIZE];
  return { label, line: shard.lines[index].split(PORT_MARK).join(String(port)) };
}
