/**
 * Builds the Pagefind search index at the end of `astro build`, through Pagefind's Node API.
 *
 * Only pages whose layout marked them with `data-pagefind-body` are indexed (assigned and curated ports,
 * ranges, essays, the home page); the other ~59,000 port pages are reached by number, not through the
 * index. Reading each file and checking for the marker ourselves lets us hand Pagefind only those pages.
 * Any error Pagefind reports fails the build; the time taken is logged.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => join(entry.parentPath, entry.name));
}

function fail(step: string, errors: string[]): never {
  throw new Error(`Pagefind ${step} failed:\n  ${errors.join('\n  ')}`);
}

export function pagefindIndex(): AstroIntegration {
  let base = '/';
  return {
    name: 'port-atlas:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!index) fail('createIndex', errors);
        try {
          let indexed = 0;
          let skipped = 0;
          for (const file of await htmlFiles(outDir)) {
            const content = await readFile(file, 'utf8');
            if (!content.includes('data-pagefind-body')) {
              skipped++;
              continue;
            }
            const path = relative(outDir, file).split(sep).join('/');
            const url = base + path.replace(/(^|\/)index\.html$/, '$1');
            const added = await index.addHTMLFile({ url, content });
            if (added.errors.length > 0) fail(`indexing ${path}`, added.errors);
            indexed++;
          }
          const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
          if (written.errors.length > 0) fail('writeFiles', written.errors);
          logger.info(`indexed ${indexed} pages (skipped ${skipped} without data-pagefind-body) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
