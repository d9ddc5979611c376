import { existsSync } from 'node:fs';
import { deployment } from '../../src/lib/urls';
import { startStaticServer } from '../../tools/static-server.mjs';

/** Serves the built site for every test, under the base path it was built for; `npm test` builds it first. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` before the end-to-end tests');
  const server = await startStaticServer({ root: 'dist', base: deployment(process.env).base });
  process.env.PORT_ATLAS_URL = server.url;
  return server.close;
}
