/**
 * Builds the Pagefind search index at the end of `astro build`, through Pagefind's Node API.
 *
 * Only pages that carry content are indexed (assigned and curated ports, ranges, essays, the home page);
 * the other ~59,000 port pages are reached by number. The build writes their list to a manifest
 * (src/pages/search/index-manifest.json.ts) so that this step reads ~6,500 files instead of 65,000; each
 * listed page must also carry `data-pagefind-body`, or the build fails. Any error Pagefind reports fails
 * the build; the time taken is logged.
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { INDEX_MANIFEST } from '../lib/search-index';
import { normaliseBase, withBase } from '../lib/urls';

function fail(step: string, errors: string[]): never {
  throw new Error(`Pagefind ${step} failed:\n  ${errors.join('\n  ')}`);
}

export function pagefindIndex(): AstroIntegration {
  let base = '/';
  return {
    name: 'port-atlas:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normaliseBase(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        // Section-link "#" marks, status badges and field labels would only add noise to excerpts.
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', excludeSelectors: ['.anchor', '.badge', 'dt'] });
        if (!index) fail('createIndex', errors);
        try {
          const manifestPath = join(outDir, INDEX_MANIFEST);
          const { pages } = JSON.parse(await readFile(manifestPath, 'utf8')) as { pages: string[] };
          for (const path of pages) {
            const content = await readFile(join(outDir, path), 'utf8');
            if (!content.includes('data-pagefind-body')) fail(`indexing ${path}`, ['the page is in the index manifest but lacks data-pagefind-body']);
            const url = withBase(base, `/${path.replace(/(^|\/)index\.html$/, '$1')}`);
            const added = await index.addHTMLFile({ url, content });
            if (added.errors.length > 0) fail(`indexing ${path}`, added.errors);
          }
          const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
          if (written.errors.length > 0) fail('writeFiles', written.errors);
          await rm(manifestPath);
          logger.info(`indexed ${pages.length} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
