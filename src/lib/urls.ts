/**
 * The one module for the site's addresses: where it is deployed (origin and base path, from the environment)
 * and the path of every kind of page under that base, so that the site works under a base path such as
 * `/port-atlas/`. Pages, bundled browser code, the Pagefind integration, the rehype plugin, astro.config.mjs,
 * the Node tools and the tests all import it.
 *
 * Plain Node imports this file too (tools/*.mjs, with Node's type stripping), so it may import types only.
 * Inside Astro and Vite the base comes from `import.meta.env.BASE_URL`; in plain Node `import.meta.env` is
 * undefined and the helpers that take an explicit `base` are the ones to use.
 */
import type { Protocol } from './port-number';

/** The public origin when PORT_ATLAS_SITE is unset: a reserved name that never resolves. */
export const DEFAULT_SITE = 'https://port-atlas.example';

/** "/port-atlas", "port-atlas/", "/port-atlas/" all become "/port-atlas/"; nothing or "" becomes "/". */
export function normaliseBase(base: string | undefined | null): string {
  const trimmed = (base ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * Where a build is deployed, from PORT_ATLAS_SITE (the public origin) and PORT_ATLAS_BASE (the base path), so that
 * one commit can be deployed anywhere: `PORT_ATLAS_SITE=https://ports.example.org PORT_ATLAS_BASE=/port-atlas/`.
 */
export function deployment(env: Readonly<Record<string, string | undefined>>): { site: string; base: string } {
  const site = env.PORT_ATLAS_SITE || DEFAULT_SITE;
  if (!URL.canParse(site) || !/^https?:$/.test(new URL(site).protocol)) {
    throw new Error(`PORT_ATLAS_SITE must be an http(s) origin such as https://ports.example.org, not "${site}"`);
  }
  // A production build (tools/build.mjs under NODE_ENV=production, as the deploy workflow runs it) must know
  // the real origin: every canonical link, citation and sitemap entry is written with it.
  if (env.PORT_ATLAS_PRODUCTION === '1' && (!env.PORT_ATLAS_SITE || /\.example$/.test(new URL(site).hostname))) {
    throw new Error(
      'A production build needs the public origin: set PORT_ATLAS_SITE (e.g. PORT_ATLAS_SITE=https://ports.example.org), or every ' +
        `canonical link and citation would point at ${site}. The GitHub Pages workflow sets it from actions/configure-pages.`,
    );
  }
  return { site, base: normaliseBase(env.PORT_ATLAS_BASE) };
}

/** `path` (starting with "/") under an explicit base. */
export function withBase(base: string, path: string): string {
  return normaliseBase(base) + path.replace(/^\//, '');
}

/**
 * The part of a request path inside the base, without its leading slash ("ports/80/" for "/port-atlas/ports/80/"
 * under "/port-atlas/"), or null when the path is outside the base.
 */
export function pathInsideBase(pathname: string, base: string): string | null {
  const prefix = normaliseBase(base);
  if (pathname.startsWith(prefix)) return pathname.slice(prefix.length);
  return pathname === prefix.slice(0, -1) ? '' : null;
}

/** The base this build runs under (Astro and Vite set BASE_URL; plain Node has no import.meta.env). */
export const BASE_PATH = normaliseBase(import.meta.env?.BASE_URL);

/** `path` must start with "/"; returns it under the configured base. */
export function sitePath(path: string): string {
  return withBase(BASE_PATH, path);
}

/** The absolute address of a site path (already under the base), on the configured public origin. */
export function absoluteUrl(path: string): string {
  return new URL(path, import.meta.env?.SITE || DEFAULT_SITE).href;
}

/** A port's page, optionally at one protocol's records: `/ports/53/#udp`. */
export function portPath(port: number, protocol?: Protocol | null): string {
  return sitePath(`/ports/${port}/${protocol ? `#${protocol}` : ''}`);
}
export const rangePath = (slug: string): string => sitePath(`/ranges/${slug}/`);
export const servicePath = (slug: string): string => sitePath(`/services/${slug}/`);
export const chapterPath = (id: string): string => sitePath(`/learn/${id}/`);
/** The search page, optionally for a query: `/search/?q=ssh`. */
export const searchPath = (query?: string): string => sitePath(query === undefined ? '/search/' : `/search/?q=${encodeURIComponent(query)}`);
export const systemPath = (slug: string): string => sitePath(`/systems/${slug}/`);
