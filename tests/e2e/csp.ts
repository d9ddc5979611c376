import type { Page } from '@playwright/test';

/**
 * Starts collecting the Content-Security-Policy violations a page reports, before it loads; the returned
 * function reads them ("directive blocked-URI" each). Pages must cause none under the site's strict policy.
 */
export async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __csp: string[] }).__csp.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}
