import { expect, test } from '@playwright/test';
import { siteUrl } from './site';

test('the home page leads to the three ranges and popular ports', async ({ page }) => {
  await page.goto(siteUrl('/'));
  await expect(page.locator('h1')).toHaveText('Port Atlas');
  for (const slug of ['well-known', 'registered', 'dynamic']) await expect(page.locator(`#ranges + ul a[href$="/ranges/${slug}/"]`)).toHaveCount(1);
  await expect(page.locator('#popular + div a[href$="/ports/22/"]')).toHaveCount(1);
  await page.locator('#popular + div a[href$="/ports/5432/"]').click();
  await expect(page.locator('h1')).toHaveText('Port 5432');
});

test('the dynamic range page counts its 16,384 ports and links its first and last', async ({ page }) => {
  await page.goto(siteUrl('/ranges/dynamic/'));
  await expect(page.locator('.answer')).toContainText('Ports 49152–65535 (16,384 ports)');
  await expect(page.locator('#counts a[href$="/ports/65535/"]')).toHaveCount(1);
  await expect(page.locator('#sub-ranges')).toContainText('Mosh');
});

test('a small range lists its assigned ports (well-known includes ssh on 22)', async ({ page }) => {
  await page.goto(siteUrl('/ranges/well-known/'));
  await expect(page.locator('#assigned tr', { hasText: 'ssh' }).first().locator('a')).toHaveText('22');
});

test('/ports/ lists notable ports by category and every block of numbers', async ({ page }) => {
  await page.goto(siteUrl('/ports/'));
  await expect(page.locator('#category-database + .meta + ul')).toContainText('PostgreSQL');
  await expect(page.locator('#blocks + ul a')).toHaveCount(64);
});

test('prose from MDX appears on its page', async ({ page }) => {
  await page.goto(siteUrl('/ranges/dynamic/'));
  await expect(page.locator('.prose h2')).toBeVisible();
});

test('a port page reads completely without JavaScript, with no dead copy buttons', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(siteUrl('/ports/60023/'));
  await expect(page.locator('h1')).toHaveText('Port 60023');
  await expect(page.locator('#check pre').first()).toBeVisible();
  await expect(page.locator('#check button:visible')).toHaveCount(0);
  await context.close();
});

for (const path of ['/', '/ports/5432/', '/ranges/dynamic/', '/ranges/well-known/']) {
  test(`${path} has no horizontal scrolling on a 360 px phone`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(siteUrl(path));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
}
