/**
 * Every internal link goes through these helpers so that the site works under a base path
 * (e.g. hosted at `/port-atlas/`).
 */
const base = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

/** `path` must start with "/"; returns it under the configured base. */
export function sitePath(path: string): string {
  return base + path.replace(/^\//, '');
}

export const portPath = (port: number): string => sitePath(`/ports/${port}/`);
export const rangePath = (slug: string): string => sitePath(`/ranges/${slug}/`);
export const systemPath = (slug: string): string => sitePath(`/systems/${slug}/`);
