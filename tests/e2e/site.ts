/** The served site's origin and base, set by global setup. */
export function siteUrl(path: string): string {
  const origin = process.env.PORT_ATLAS_URL;
  if (!origin) throw new Error('PORT_ATLAS_URL is not set; run through `npx playwright test`');
  return origin + path;
}
