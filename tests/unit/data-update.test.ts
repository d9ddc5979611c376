/**
 * `npm run data:update` against a local HTTP server, on a temporary copy of content/iana: the good case
 * updates the snapshot, the history archive and history.json; each bad download changes nothing and says why.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseIanaRegistry } from '../../src/lib/iana';
import { serializeHistory, deriveHistory } from '../../tools/lib/history-file';
import { readSnapshots } from '../../tools/lib/snapshot-archive';
import { updateRegistry } from '../../tools/lib/update-registry';

const currentXml = readFileSync('content/iana/service-names-port-numbers.xml', 'utf8');
const NEW_RECORD = `<record date="2026-09-01">
    <name>atlas-test</name>
    <protocol>tcp</protocol>
    <number>1</number>
    <description>A service added for this test</description>
  </record>
  `;
/** The current registry as IANA might publish it next: a later date and one more record. */
const nextXml = currentXml.replace('<updated>2026-08-17</updated>', '<updated>2026-09-02</updated>').replace(/<record/, `${NEW_RECORD}<record`);

const responses: Record<string, (response: import('node:http').ServerResponse) => void> = {
  '/good.xml': (res) => res.writeHead(200, { 'content-type': 'text/xml' }).end(nextXml),
  '/error-page.xml': (res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!DOCTYPE html><html><body><h1>Service unavailable</h1></body></html>'),
  '/truncated.xml': (res) => res.writeHead(200, { 'content-type': 'text/xml' }).end(nextXml.slice(0, Math.floor(nextXml.length / 2))),
  '/older.xml': (res) => res.writeHead(200, { 'content-type': 'text/xml' }).end(currentXml.replace('<updated>2026-08-17</updated>', '<updated>2026-01-23</updated>')),
  '/network-error.xml': (res) => res.socket?.destroy(),
};

let server: Server;
let origin: string;
let contentDir: string;

/** A fingerprint of every file in the content copy, to prove that a refused download wrote nothing. */
function fingerprint(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[path.slice(dir.length)] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return files;
}

beforeAll(async () => {
  server = createServer((req, res) => (responses[req.url ?? ''] ?? ((r) => r.writeHead(404).end()))(res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(() => {
  contentDir = mkdtempSync(join(tmpdir(), 'port-atlas-content-'));
  cpSync('content/iana', join(contentDir, 'iana'), { recursive: true });
});
afterEach(() => rmSync(contentDir, { recursive: true, force: true }));

describe('npm run data:update', () => {
  it('adds a good download to the history, makes it the current snapshot and reports the new assignment', async () => {
    const result = await updateRegistry({ contentDir, url: `${origin}/good.xml` });
    expect(result.status).toBe('updated');
    if (result.status !== 'updated') return;
    expect(result.summary).toMatch(/^IANA registry 2026-08-17 → 2026-09-02: 1 change \(1 assigned/);
    expect(result.summary).toContain('atlas-test (1/tcp)');
    expect(readFileSync(join(contentDir, 'iana/service-names-port-numbers.xml'), 'utf8')).toBe(nextXml);
    const addition = readFileSync(join(contentDir, 'iana/history/2026-09-02.xml.zst'));
    expect(addition.length).toBeLessThan(4096);

    const snapshots = await readSnapshots(join(contentDir, 'iana/history'));
    expect(snapshots.at(-1)).toEqual({ date: '2026-09-02', xml: nextXml });
    // The history written incrementally is the one derived from the archive, for the last two snapshots.
    const history = JSON.parse(readFileSync(join(contentDir, 'iana/history.json'), 'utf8'));
    expect(history.snapshots.at(-1)).toEqual({ date: '2026-09-02', records: parseIanaRegistry(nextXml).records.length });
    const tail = deriveHistory(snapshots.slice(-2));
    expect(serializeHistory({ snapshots: history.snapshots.slice(-2), changes: history.changes.filter((change: { seen: string }) => change.seen === '2026-09-02') })).toBe(serializeHistory(tail));
  }, 120_000);

  it.each([
    ['an HTML error page', '/error-page.xml', /sent an HTML page \(text\/html; charset=utf-8\), not the registry XML/],
    ['a truncated file', '/truncated.xml', /does not parse as the registry .*malformed/],
    ['an older registry', '/older.xml', /dated 2026-01-23, older than the current snapshot \(2026-08-17\)/],
    ['a network error', '/network-error.xml', /the download from http:\/\/127\.0\.0\.1:\d+\/network-error\.xml failed: /],
  ])('refuses %s, says why and changes nothing', async (_case, path, reason) => {
    const before = fingerprint(contentDir);
    const result = await updateRegistry({ contentDir, url: `${origin}${path}` });
    expect(result.status).toBe('refused');
    expect(result.status === 'refused' && result.reason).toMatch(reason);
    expect(fingerprint(contentDir)).toEqual(before);
  }, 60_000);

  it('refuses a download whose record count is far from the current one', async () => {
    responses['/shrunk.xml'] = (res) => res.writeHead(200, { 'content-type': 'text/xml' }).end(nextXml.replace(/<record[\s\S]*<\/record>/, NEW_RECORD));
    const result = await updateRegistry({ contentDir, url: `${origin}/shrunk.xml` });
    expect(result.status === 'refused' && result.reason).toMatch(/the download has 1 records, outside 13079–15987/);
  }, 60_000);
});
