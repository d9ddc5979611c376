// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

/**
 * The public origin and base path come from the environment so that one commit can be deployed anywhere:
 * PORT_ATLAS_SITE=https://ports.example.org PORT_ATLAS_BASE=/port-atlas/ npm run build
 */
const site = process.env.PORT_ATLAS_SITE ?? 'https://port-atlas.example';
const base = process.env.PORT_ATLAS_BASE ?? '/';

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
  integrations: [mdx()],
});
