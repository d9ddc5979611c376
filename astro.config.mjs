// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { rehypePortAtlas } from './src/lib/markdown/rehype-port-atlas.ts';

/**
 * The public origin and base path come from the environment so that one commit can be deployed anywhere:
 * PORT_ATLAS_SITE=https://ports.example.org PORT_ATLAS_BASE=/port-atlas/ npm run build
 */
const PLACEHOLDER_SITE = 'https://port-atlas.example';
const site = process.env.PORT_ATLAS_SITE ?? PLACEHOLDER_SITE;
if (!URL.canParse(site) || !/^https?:$/.test(new URL(site).protocol)) {
  throw new Error(`PORT_ATLAS_SITE must be an http(s) origin such as https://ports.example.org, not "${site}"`);
}
// A production build (tools/build.mjs under NODE_ENV=production, as the deploy workflow runs it) must know
// the real origin: every canonical link, citation and sitemap entry is written with it.
if (process.env.PORT_ATLAS_PRODUCTION === '1' && (!process.env.PORT_ATLAS_SITE || /\.example$/.test(new URL(site).hostname))) {
  throw new Error(
    'A production build needs the public origin: set PORT_ATLAS_SITE (e.g. PORT_ATLAS_SITE=https://ports.example.org), or every ' +
      `canonical link and citation would point at ${site}. The GitHub Pages workflow sets it from actions/configure-pages.`,
  );
}
const base = process.env.PORT_ATLAS_BASE ?? '/';
const basePath = base.replace(/\/?$/, '/');

/**
 * A bundled script's file name: its component's name, without the suffix Astro gives inline scripts.
 * @param {string} name
 */
const scriptName = (name) => name.replace(/\.astro_astro_type_script_index_\d+_lang$/, '').replace(/[^\w.-]/g, '_');

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  build: {
    format: 'directory',
    // One shared, cacheable stylesheet for every page instead of CSS inlined 65,536 times.
    inlineStylesheets: 'never',
  },
  compressHTML: true,
  devToolbar: { enabled: false },
  markdown: {
    // Plain <pre><code> blocks: no inline styles (a strict Content-Security-Policy forbids them) and fewer bytes.
    syntaxHighlight: false,
    rehypePlugins: [[rehypePortAtlas, { base }]],
  },
  integrations: [
    mdx(),
    // Every page, split into files of at most 45,000 URLs under sitemap-index.xml; robots.txt names it.
    sitemap({ filter: (page) => ![`${basePath}404/`, `${basePath}search/`].includes(new URL(page).pathname) }),
    pagefindIndex(),
  ],
  vite: {
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              // "SiteHeader.[hash].js" instead of "SiteHeader.astro_astro_type_script_index_0_lang.[hash].js":
              // every port page names its scripts, so the name is paid 65,536 times.
              entryFileNames: (chunk) => `_astro/${scriptName(chunk.name)}.[hash].js`,
              chunkFileNames: (chunk) => `_astro/${scriptName(chunk.name)}.[hash].js`,
            },
          },
        },
      },
    },
    // Never inline scripts or assets into pages: every byte on a port page is paid 65,536 times, and a strict
    // Content-Security-Policy allows only external scripts.
    build: {
      assetsInlineLimit: 0,
      rollupOptions: {
        onwarn(warning, warn) {
          // MDX modules carry Astro's "use astro:head-inject" directive, which the bundler warns about once
          // per file although Astro handles it; the warnings hide real ones.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
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
