/**
 * `npm run data:update`: fetch the current IANA registry, check it, and only then make it the project's
 * snapshot. Every check runs before anything is written, so a bad download changes nothing.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { IanaParseError, parseIanaRegistry, type IanaRegistry } from '../../src/lib/iana';
import { CHANGE_KINDS, subjectOf, type RegistryChange, type RegistryHistory } from '../../src/lib/registry-history';
import { HISTORY_FILE, extendHistory, serializeHistory } from './history-file';
import { compressAddition, readSnapshots } from './snapshot-archive';

/** IANA's own address for the registry's XML form. */
export const IANA_REGISTRY_URL = 'https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xml';
export const CURRENT_FILE = 'iana/service-names-port-numbers.xml';
export const HISTORY_DIR = 'iana/history';

/**
 * How far the record count may move in one update. The registry grows by a few dozen records a year; a file
 * with a tenth more or fewer records is more likely a broken export than a real change.
 */
export const RECORD_COUNT_TOLERANCE = 0.1;

export type UpdateResult =
  | { status: 'updated'; from: string; to: string; changes: RegistryChange[]; summary: string }
  | { status: 'unchanged'; date: string; summary: string }
  | { status: 'refused'; reason: string };

export interface UpdateOptions {
  /** The content folder to update (the project's `content/`, or a copy in tests). */
  contentDir: string;
  url?: string;
  /** Milliseconds before the download is abandoned. */
  timeout?: number;
}

async function download(url: string, timeout: number): Promise<{ ok: true; text: string; type: string } | { ok: false; reason: string }> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(timeout), headers: { accept: 'application/xml, text/xml' } });
  } catch (error) {
    const cause = (error as Error & { cause?: Error }).cause;
    return { ok: false, reason: `the download from ${url} failed: ${cause?.message ?? (error as Error).message}` };
  }
  if (!response.ok) return { ok: false, reason: `${url} answered HTTP ${response.status} ${response.statusText}` };
  try {
    return { ok: true, text: await response.text(), type: response.headers.get('content-type') ?? '' };
  } catch (error) {
    return { ok: false, reason: `the download from ${url} broke off: ${(error as Error).message}` };
  }
}

/** Writes through a temporary file, so that an interrupted write never leaves half a file. */
function writeAtomically(path: string, data: string | Buffer): void {
  writeFileSync(`${path}.tmp`, data);
  renameSync(`${path}.tmp`, path);
}

export function summarize(from: string, to: string, changes: readonly RegistryChange[]): string {
  const counts = CHANGE_KINDS.map((kind) => `${changes.filter((change) => change.kind === kind).length} ${kind}`).join(', ');
  const lines = [`IANA registry ${from} → ${to}: ${changes.length} change${changes.length === 1 ? '' : 's'} (${counts})`];
  for (const change of changes) {
    if (change.kind === 'placeholder') continue;
    const record = subjectOf(change);
    const where = record.ports ? `${record.ports[0] === record.ports[1] ? record.ports[0] : record.ports.join('-')}${record.protocol ? `/${record.protocol}` : ''}` : 'no port';
    lines.push(`  ${change.kind.padEnd(10)} ${record.service ?? record.description} (${where})${change.fields.length ? `: ${change.fields.join(', ')}` : ''}`);
  }
  return lines.join('\n');
}

export async function updateRegistry({ contentDir, url = IANA_REGISTRY_URL, timeout = 120_000 }: UpdateOptions): Promise<UpdateResult> {
  const currentPath = join(contentDir, CURRENT_FILE);
  const currentXml = readFileSync(currentPath, 'utf8');
  const current = parseIanaRegistry(currentXml);

  const fetched = await download(url, timeout);
  if (!fetched.ok) return { status: 'refused', reason: fetched.reason };
  const xml = fetched.text;
  if (/^\s*(<!doctype html|<html)/i.test(xml) || /html/i.test(fetched.type)) {
    return { status: 'refused', reason: `${url} sent an HTML page (${fetched.type || 'no content type'}), not the registry XML: ${JSON.stringify(xml.slice(0, 80))}` };
  }

  let next: IanaRegistry;
  try {
    next = parseIanaRegistry(xml); // the same parser and silent-loss guard as the build
  } catch (error) {
    if (!(error instanceof IanaParseError)) throw error;
    return { status: 'refused', reason: `the download does not parse as the registry (${xml.length.toLocaleString('en-US')} characters): ${error.message}` };
  }

  const low = Math.floor(current.records.length * (1 - RECORD_COUNT_TOLERANCE));
  const high = Math.ceil(current.records.length * (1 + RECORD_COUNT_TOLERANCE));
  if (next.records.length < low || next.records.length > high) {
    return { status: 'refused', reason: `the download has ${next.records.length} records, outside ${low}–${high} (the current snapshot has ${current.records.length})` };
  }
  if (next.updated < current.updated) {
    return { status: 'refused', reason: `the download is dated ${next.updated}, older than the current snapshot (${current.updated})` };
  }
  if (next.updated === current.updated) {
    if (xml === currentXml) return { status: 'unchanged', date: current.updated, summary: `IANA registry ${current.updated} is already the current snapshot: nothing to do.` };
    return { status: 'refused', reason: `the download carries the current snapshot's date (${current.updated}) but different content; compare them by hand` };
  }

  const historyDir = join(contentDir, HISTORY_DIR);
  const snapshots = await readSnapshots(historyDir);
  const last = snapshots.at(-1)!;
  if (last.xml !== currentXml) return { status: 'refused', reason: `the newest archived snapshot (${last.date}) is not the current one (${current.updated}); run npm run data:history after fixing the archive` };
  const historyPath = join(contentDir, HISTORY_FILE);
  const history = JSON.parse(readFileSync(historyPath, 'utf8')) as RegistryHistory;
  const extended = extendHistory(history, current, next);
  const changes = extended.changes.slice(history.changes.length);
  const addition = compressAddition(next.updated, xml, last);

  writeAtomically(join(historyDir, addition.name), addition.bytes);
  writeAtomically(historyPath, serializeHistory(extended));
  writeAtomically(currentPath, xml);
  return { status: 'updated', from: current.updated, to: next.updated, changes, summary: summarize(current.updated, next.updated, changes) };
}
