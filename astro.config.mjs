// @ts-check
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { rehypePortAtlas } from './src/lib/markdown/rehype-port-atlas.ts';
import { deployment, withBase } from './src/lib/urls.ts';

/**
 * The public origin and base path come from the environment so that one commit can be deployed anywhere:
 * PORT_ATLAS_SITE=https://ports.example.org PORT_ATLAS_BASE=/port-atlas/ npm run build
 */
const { site, base } = deployment(process.env);

/**
 * Names a browser script file after its component ("_astro/SiteHeader.<hash>.js") without the
 * ".astro_astro_type_script_index_0_lang" Astro appends: port pages name two scripts, so the suffix would cost
 * about 70 bytes on each of 65,536 pages. Otherwise as Astro names them (unsafe characters become "_").
 * @param {{ name: string }} chunk
 */
function scriptFileName(chunk) {
  const name = chunk.name.replace(/[^\w.\-/]/g, '_').replace(/\.astro_astro_type_script_index_(\d+)_lang$/, (_, index) => (index === '0' ? '' : `-${index}`));
  return `_astro/${name}.[hash].js`;
}

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  build: {
    format: 'directory',
    // One shared, cacheable stylesheet for every page instead of CSS inlined 65,536 times.
    inlineStylesheets: 'never',
    // Writing 75,000 files one after another left the main thread idle for most of the build (a CPU profile
    // showed 37 of 60 s waiting on the file system); rendering the next pages while earlier ones are written
    // took a quiet full build from 117 s to 89 s. Astro queues every page at once when this is above 1, which
    // let V8 grow the heap to 1.7 GB; `npm run build` caps the heap at 1,200 MB (package.json), and the build
    // then peaks at about 1.2 GB.
    concurrency: 4,
  },
  compressHTML: true,
  devToolbar: { enabled: false },
  markdown: {
    // Plain <pre><code> blocks: no inline styles (a strict Content-Security-Policy forbids them) and fewer bytes.
    syntaxHighlight: false,
    processor: unified({ rehypePlugins: [[rehypePortAtlas, { base }]] }),
  },
  integrations: [
    mdx(),
    // Every page, split into files of at most 45,000 URLs under sitemap-index.xml; robots.txt names it.
    sitemap({ filter: (page) => ![withBase(base, '/404/'), withBase(base, '/search/')].includes(new URL(page).pathname) }),
    pagefindIndex(),
  ],
  vite: {
    // Never inline scripts or assets into pages: every byte on a port page is paid 65,536 times, and a strict
    // Content-Security-Policy allows only external scripts.
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        onwarn(warning, warn) {
          // MDX modules carry Astro's "use astro:head-inject" directive, which the bundler warns about once
          // per file although Astro handles it; the warnings hide real ones.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
    environments: {
      client: { build: { rolldownOptions: { output: { entryFileNames: scriptFileName, chunkFileNames: scriptFileName } } } },
    },
    plugins: [
      {
        // Astro asks for module preloading, which wraps every dynamic import in a 1.6 kB gzip helper loaded
        // on every page. The lazily loaded search code has no dependencies worth preloading, so turn it off.
        name: 'port-atlas:no-module-preload',
        enforce: 'post',
        config(config) {
          config.build = { ...config.build, modulePreload: false };
        },
      },
    ],
  },
});
