/**
 * The committed history (content/iana/history.json) against the snapshot archive it comes from. Parsing every
 * snapshot takes the better part of a minute, so this file does it once.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { deriveHistory, serializeHistory } from '../../tools/lib/history-file';
import { readSnapshots, type Snapshot } from '../../tools/lib/snapshot-archive';
import type { RegistryChange, RegistryHistory } from '../../src/lib/registry-history';

let snapshots: Snapshot[];
let derived: RegistryHistory;

beforeAll(async () => {
  snapshots = await readSnapshots('content/iana/history');
  derived = deriveHistory(snapshots);
}, 600_000);

/**
 * An independent count, without the project's parser: each `<record>` element's raw text, whitespace
 * collapsed, keyed by the name, protocol and number read with regular expressions. Per key, the records only
 * on one side are counted; a record that changed is one on each side, so a key counts the larger side.
 */
const FIELD_PATTERNS = Object.fromEntries(['name', 'protocol', 'number'].map((tag) => [tag, new RegExp(`<${tag}>([^<]*)</${tag}>`)]));

function rawRecords(xml: string): Map<string, string[]> {
  const byKey = new Map<string, string[]>();
  for (const [element] of xml.matchAll(/<record[\s>][\s\S]*?<\/record>/g)) {
    const field = (tag: string) => FIELD_PATTERNS[tag].exec(element)?.[1].trim() ?? '';
    const key = `${field('name')}|${field('protocol').toLowerCase()}|${field('number').replace(/\s/g, '')}`;
    const list = byKey.get(key) ?? [];
    list.push(element.replace(/\s+/g, ' ').replace(/> </g, '><'));
    byKey.set(key, list);
  }
  return byKey;
}

function rawDifferenceCount(before: string, after: string): number {
  const old = rawRecords(before);
  const now = rawRecords(after);
  let count = 0;
  for (const key of new Set([...old.keys(), ...now.keys()])) {
    const remaining = [...(now.get(key) ?? [])];
    let onlyOld = 0;
    for (const text of old.get(key) ?? []) {
      const at = remaining.indexOf(text);
      if (at >= 0) remaining.splice(at, 1);
      else onlyOld++;
    }
    count += Math.max(onlyOld, remaining.length);
  }
  return count;
}

describe('the registry history', () => {
  it('is derived from every snapshot in the archive, and the committed file is exactly what the archive gives', () => {
    expect(derived.snapshots.map((snapshot) => snapshot.date)).toEqual(snapshots.map((snapshot) => snapshot.date));
    expect(serializeHistory(derived)).toBe(readFileSync('content/iana/history.json', 'utf8'));
  });

  it('ends with the current registry snapshot, byte for byte', () => {
    expect(snapshots.at(-1)!.xml).toBe(readFileSync('content/iana/service-names-port-numbers.xml', 'utf8'));
  });

  it('accounts for every change that a plain text comparison of the records finds', () => {
    // A record paired across keys (its name or number changed) is two raw differences: gone and new.
    const keyMoved = (change: RegistryChange) => change.before && change.after && (change.before.service !== change.after.service || change.before.protocol !== change.after.protocol || String(change.before.ports) !== String(change.after.ports));
    for (let i = 1; i < snapshots.length; i++) {
      const changes = derived.changes.filter((change) => change.seen === snapshots[i].date);
      const counted = changes.reduce((sum, change) => sum + (keyMoved(change) ? 2 : 1), 0);
      expect(counted, `changes between ${snapshots[i - 1].date} and ${snapshots[i].date}`).toBe(rawDifferenceCount(snapshots[i - 1].xml, snapshots[i].xml));
    }
  }, 120_000);

  it('dates the ollama assignment on 11434/tcp between 2026-01-23 and 2026-02-02', () => {
    const ollama = derived.changes.filter((change) => change.after?.service === 'ollama');
    expect(ollama).toHaveLength(1);
    expect(ollama[0]).toMatchObject({ kind: 'assigned', since: '2026-01-23', seen: '2026-02-02', after: { protocol: 'tcp', ports: [11434, 11434] } });
  });
});
