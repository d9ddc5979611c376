// npm run data:history: derives content/iana/history.json again from every snapshot in content/iana/history/.
// Needed only after the archive itself changes by hand; data:update keeps the file current on its own.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const load = (path) => runnerImport(fileURLToPath(new URL(path, import.meta.url)), { configFile: false, logLevel: 'error' }).then((result) => result.module);
const archive = await load('./lib/snapshot-archive.ts');
const historyFile = await load('./lib/history-file.ts');
const started = performance.now();
const snapshots = await archive.readSnapshots(fileURLToPath(new URL('../content/iana/history/', import.meta.url)));
const history = historyFile.deriveHistory(snapshots);
writeFileSync(fileURLToPath(new URL(`../content/${historyFile.HISTORY_FILE}`, import.meta.url)), historyFile.serializeHistory(history));
console.info(`[data:history] ${snapshots.length} snapshots, ${history.changes.length} changes, in ${((performance.now() - started) / 1000).toFixed(1)} s`);
