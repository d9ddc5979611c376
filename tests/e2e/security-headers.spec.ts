import { expect, test } from '@playwright/test';
import { watchViolations } from './csp';
import { siteUrl } from './site';

test('pages are served with the CSP and headers from public/_headers', async ({ request }) => {
  const response = await request.get(siteUrl('/ports/22/'));
  expect(response.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
  expect(response.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');
});

test('the site works under the enforced CSP: copy buttons, search as you type, the search page and short links', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const violations = await watchViolations(page);
  await page.goto(siteUrl('/ports/5432/'));
  await page.locator('#check .cmd button').first().click();
  await expect(page.locator('#check .cmd button').first()).toHaveText('Copied');
  expect(await violations()).toEqual([]);

  await page.goto(siteUrl('/'));
  await page.locator('#q-home').pressSequentially('redis', { delay: 20 });
  await expect(page.locator('#q-home-results [role=option]').first()).toHaveAttribute('data-href', /\/ports\/6379\/$/);
  expect(await violations()).toEqual([]);

  await page.goto(siteUrl('/search/?q=kerberos'));
  await expect(page.locator('#search-list li').first()).toBeVisible();
  expect(await violations()).toEqual([]);

  await page.goto(siteUrl('/8080'));
  await expect(page).toHaveURL(/\/ports\/8080\/$/);
  expect(await violations()).toEqual([]);
});
