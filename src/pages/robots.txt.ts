/** `/robots.txt`: allow everything and name the sitemap index, with the configured origin and base. */
import { absoluteUrl, sitePath } from '../lib/urls';

export function GET(): Response {
  const sitemap = absoluteUrl(sitePath('/sitemap-index.xml'));
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
