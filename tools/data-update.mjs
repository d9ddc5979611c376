// npm run data:update: downloads IANA's current port registry, checks it and, only if every check passes, adds it
// to the history (content/iana/history/), makes it the current snapshot and regenerates content/iana/history.json.
// PORT_ATLAS_IANA_URL overrides the download address (a mirror, or a local file server in tests).
// The work is in tools/lib/update-registry.ts, loaded through Vite because it imports the site's TypeScript.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const { module } = await runnerImport(fileURLToPath(new URL('./lib/update-registry.ts', import.meta.url)), { configFile: false, logLevel: 'error' });
const url = process.env.PORT_ATLAS_IANA_URL || module.IANA_REGISTRY_URL;
console.info(`[data:update] downloading ${url}`);
const result = await module.updateRegistry({ contentDir: fileURLToPath(new URL('../content/', import.meta.url)), url });
if (result.status === 'refused') {
  console.error(`[data:update] nothing changed: ${result.reason}`);
  process.exit(1);
}
console.info(result.summary);
if (result.status === 'updated') console.info('[data:update] updated content/iana/; review the diff and commit it with the summary above.');
