import { expect, test } from '@playwright/test';
import { siteUrl } from './site';

const CASES = [
  { path: '/ports/65536/', reason: '65536 is above 65535, the highest port number.' },
  { path: '/ports/-1/', reason: 'Port numbers are never negative.' },
  { path: '/ports/abc/', reason: '"abc" is not a port number.' },
  // The canonical address is given under the base the site is served from.
  { path: '/ports/080/', reason: () => `Write the port without leading zeros: ${new URL(siteUrl('/ports/80/')).pathname}.` },
];

for (const { path, reason } of CASES) {
  test(`${path} answers 404 with a page that explains the valid range`, async ({ page }) => {
    const response = await page.goto(siteUrl(path));
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('Page not found');
    await expect(page.locator('main')).toContainText('from 0 to 65535');
    await expect(page.locator('#not-found-reason')).toHaveText(typeof reason === 'function' ? reason() : reason);
  });
}

test('markup in a bad address is shown as text, never run', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  let dialogs = 0;
  page.on('dialog', async (dialog) => {
    dialogs++;
    await dialog.dismiss();
  });
  await page.goto(siteUrl('/ports/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E/'));
  await expect(page.locator('#not-found-reason')).toContainText('<img src=x onerror=alert(1)>');
  await expect(page.locator('main img')).toHaveCount(0);
  expect(dialogs).toBe(0);
  expect(errors).toEqual([]);
});

test('an unknown page answers 404 with the way on', async ({ page }) => {
  const response = await page.goto(siteUrl('/no/such/page/'));
  expect(response?.status()).toBe(404);
  await expect(page.locator('main a[href$="/ports/"]')).toHaveCount(1);
});
