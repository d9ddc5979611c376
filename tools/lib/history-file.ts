/**
 * content/iana/history.json: the registry history derived from the snapshot archive. Parsing every snapshot
 * takes about a second each, far too long for every build, so `npm run data:history` (and `data:update`)
 * derive it once and the build reads the result. A unit test derives it again from the archive and requires
 * the same bytes, so it cannot drift from the snapshots.
 */
import { parseIanaRegistry, type IanaRegistry } from '../../src/lib/iana';
import { buildHistory, diffRegistries, type RegistryHistory } from '../../src/lib/registry-history';
import type { Snapshot } from './snapshot-archive';

export const HISTORY_FILE = 'iana/history.json';

/**
 * Parses one snapshot with the same parser and silent-loss guard as the current registry, and checks that the
 * date it is filed under is the registry's own `<updated>` date.
 */
export function parseSnapshot(snapshot: Snapshot): IanaRegistry {
  let registry: IanaRegistry;
  try {
    registry = parseIanaRegistry(snapshot.xml);
  } catch (error) {
    throw new Error(`snapshot ${snapshot.date}: ${(error as Error).message}`, { cause: error });
  }
  if (registry.updated !== snapshot.date) {
    throw new Error(`snapshot ${snapshot.date}: the registry inside says <updated>${registry.updated}</updated>`);
  }
  return registry;
}

export function deriveHistory(snapshots: readonly Snapshot[]): RegistryHistory {
  // Parse one pair at a time: 40-odd parsed registries at once would hold gigabytes.
  const history: RegistryHistory = { snapshots: [], changes: [] };
  let previous: IanaRegistry | null = null;
  for (const snapshot of snapshots) {
    const registry = parseSnapshot(snapshot);
    if (previous) {
      const step = buildHistory([previous, registry]);
      history.changes.push(...step.changes);
    }
    history.snapshots.push({ date: registry.updated, records: registry.records.length });
    previous = registry;
  }
  return history;
}

/** The history with one more snapshot, from the last one's registry and the new one. */
export function extendHistory(history: RegistryHistory, last: IanaRegistry, next: IanaRegistry): RegistryHistory {
  if (history.snapshots.at(-1)?.date !== last.updated) throw new Error(`history: the last snapshot is ${history.snapshots.at(-1)?.date}, not ${last.updated}`);
  return {
    snapshots: [...history.snapshots, { date: next.updated, records: next.records.length }],
    changes: [...history.changes, ...diffRegistries(last, next)],
  };
}

/** One change per line, so that a snapshot's additions read as a diff in review. Keys in a fixed order. */
export function serializeHistory(history: RegistryHistory): string {
  const lines = history.changes.map((change) => JSON.stringify(change));
  return `{"snapshots":${JSON.stringify(history.snapshots)},\n"changes":[\n${lines.join(',\n')}\n]}\n`;
}
