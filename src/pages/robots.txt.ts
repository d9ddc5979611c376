/** `/robots.txt`: allow everything and name the sitemap index, with the configured origin and base. */
import type { APIContext } from 'astro';
import { sitePath } from '../lib/urls';

export function GET({ site }: APIContext): Response {
  const sitemap = new URL(sitePath('/sitemap-index.xml'), site ?? 'http://localhost/').href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
