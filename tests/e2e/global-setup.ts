import { existsSync } from 'node:fs';
import { startStaticServer } from '../../tools/static-server.mjs';

/** Serves the built site for every test; `npm test` builds it first. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` before the end-to-end tests');
  const server = await startStaticServer({ root: 'dist', base: process.env.PORT_ATLAS_BASE ?? '/' });
  process.env.PORT_ATLAS_URL = server.url;
  return server.close;
}
