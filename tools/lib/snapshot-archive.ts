/**
 * The archive of registry snapshots in content/iana/history/:
 *
 * - `snapshots.tar.xz`: the snapshots collected from public mirrors (see SOURCE.md there), kept exactly as
 *   received, so that their checksums can be compared with the ones listed;
 * - `<YYYY-MM-DD>.xml.zst`: each snapshot added since by `npm run data:update`, compressed with zstd using the
 *   snapshot before it as the dictionary. Consecutive snapshots differ in a few records, so one costs the
 *   repository about a kilobyte instead of the 300-odd of a standalone copy.
 *
 * Reading needs nothing outside npm: xz through xz-decompress (the xz-embedded decoder compiled to
 * WebAssembly, no native build), tar by the few lines below, zstd through node:zlib.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants, zstdCompressSync, zstdDecompressSync } from 'node:zlib';
import xzDecompress from 'xz-decompress';

export interface Snapshot {
  /** The date in the file name, which must be the registry's own `<updated>` date. */
  date: string;
  xml: string;
}

export const ARCHIVE_FILE = 'snapshots.tar.xz';
const SNAPSHOT_NAME = /^(\d{4}-\d{2}-\d{2})\.xml$/;
const ADDED_NAME = /^(\d{4}-\d{2}-\d{2})\.xml\.zst$/;

async function unxz(compressed: Uint8Array): Promise<Uint8Array> {
  // A CommonJS package: its default export is the module object under every loader (Node, Vitest, Vite).
  const stream = new xzDecompress.XzReadableStream(new Blob([new Uint8Array(compressed)]).stream());
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The regular files of a ustar/GNU tar archive, by name. Anything else (links, long names) is refused. */
export function readTar(tar: Uint8Array): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  const text = (start: number, length: number) => new TextDecoder().decode(tar.subarray(start, start + length)).replace(/\0.*$/s, '');
  let offset = 0;
  while (offset + 512 <= tar.length) {
    if (tar.subarray(offset, offset + 512).every((byte) => byte === 0)) break; // end-of-archive blocks
    const name = text(offset, 100);
    const prefix = text(offset + 345, 155);
    const size = parseInt(text(offset + 124, 12).trim() || '0', 8);
    const type = String.fromCharCode(tar[offset + 156] || 48);
    if (Number.isNaN(size)) throw new Error(`snapshot archive: bad size in the tar header of "${name}"`);
    const body = offset + 512;
    if (type === '0') files.set(prefix ? `${prefix}/${name}` : name, tar.slice(body, body + size));
    else if (type !== '5' && type !== 'x' && type !== 'g') throw new Error(`snapshot archive: "${name}" is a tar entry of type ${type}, expected plain files`);
    offset = body + Math.ceil(size / 512) * 512;
  }
  return files;
}

/** Every snapshot in the archive folder, oldest first. */
export async function readSnapshots(historyDir: string): Promise<Snapshot[]> {
  const tar = readTar(await unxz(readFileSync(join(historyDir, ARCHIVE_FILE))));
  const snapshots: Snapshot[] = [];
  for (const [path, bytes] of tar) {
    const match = SNAPSHOT_NAME.exec(path.split('/').at(-1) ?? '');
    if (!match) throw new Error(`snapshot archive: "${path}" is not named YYYY-MM-DD.xml`);
    snapshots.push({ date: match[1], xml: new TextDecoder('utf-8', { fatal: true }).decode(bytes) });
  }
  snapshots.sort((a, b) => (a.date < b.date ? -1 : 1));
  const added = readdirSync(historyDir)
    .map((name) => ADDED_NAME.exec(name))
    .filter((match) => match !== null)
    .sort((a, b) => (a[1] < b[1] ? -1 : 1));
  for (const match of added) {
    const previous = snapshots.at(-1);
    if (!previous || match[1] <= previous.date) throw new Error(`snapshot archive: ${match[0]} does not come after ${previous?.date ?? 'any snapshot'} in ${ARCHIVE_FILE}`);
    const bytes = zstdDecompressSync(readFileSync(join(historyDir, match[0])), { dictionary: Buffer.from(previous.xml) });
    snapshots.push({ date: match[1], xml: new TextDecoder('utf-8', { fatal: true }).decode(bytes) });
  }
  return snapshots;
}

/** The file name and bytes that add `xml` (dated `date`) after `previous`; the caller writes them. */
export function compressAddition(date: string, xml: string, previous: Snapshot): { name: string; bytes: Buffer } {
  const bytes = zstdCompressSync(Buffer.from(xml), {
    dictionary: Buffer.from(previous.xml),
    params: { [constants.ZSTD_c_compressionLevel]: 19 },
  });
  return { name: `${date}.xml.zst`, bytes };
}
