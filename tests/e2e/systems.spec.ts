import { expect, test } from '@playwright/test';
import { siteUrl } from './site';

test('/systems/ links every system page from the navigation', async ({ page }) => {
  await page.goto(siteUrl('/'));
  await page.locator('.site-header a', { hasText: 'Systems' }).click();
  await expect(page.locator('h1')).toHaveText('Default listeners by system');
  for (const slug of ['windows-11', 'windows-server', 'macos', 'ios', 'android', 'ubuntu-desktop', 'ubuntu-server', 'debian', 'fedora', 'home-router', 'network-printer', 'synology-dsm']) {
    await expect(page.locator(`main a[href$="/systems/${slug}/"]`)).toHaveCount(1);
  }
});

test('/systems/windows-11/ lists port 135 with its process, reachability, a way to turn it off and a source', async ({ page }) => {
  await page.goto(siteUrl('/systems/windows-11/'));
  const row = page.locator('#port-135');
  await expect(row.locator('a[href$="/ports/135/"]')).toHaveText('135');
  await expect(row).toContainText('RpcSs');
  await expect(row.locator('.badge')).toHaveText('Depends');
  await expect(row.locator('td[data-label="Source"] a').first()).toHaveAttribute('href', /^https:\/\//);
});

test('/ports/135/ links back to the Windows 11 row that lists it', async ({ page }) => {
  await page.goto(siteUrl('/ports/135/'));
  const link = page.locator('#systems a', { hasText: 'Windows 11 listens here by default' });
  await expect(link).toHaveAttribute('href', /\/systems\/windows-11\/#port-135$/);
  await link.click();
  await expect(page.locator('#port-135')).toBeInViewport();
});

test('a port that no system lists by default has no "listening by default" section', async ({ page }) => {
  await page.goto(siteUrl('/ports/60023/'));
  await expect(page.locator('#systems')).toHaveCount(0);
});

test('a system page stays within a 360 px phone screen: rows stack instead of scrolling sideways', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(siteUrl('/systems/home-router/'));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(page.locator('#port-22 td[data-label="Reachable"]')).toBeVisible();
  // A card wider than the screen would be clipped rather than scroll: every card must fit.
  const widest = await page.locator('table.listeners tr').evaluateAll((rows) => Math.max(...rows.map((row) => row.getBoundingClientRect().right)));
  expect(widest).toBeLessThanOrEqual(360);
});

test('a port that a system opens only once a setting is on says so, and the system page lists it apart', async ({ page }) => {
  await page.goto(siteUrl('/ports/3389/'));
  const link = page.locator('#systems a', { hasText: 'Windows Server listens here once Remote Desktop is turned on' });
  await expect(link).toHaveAttribute('href', /\/systems\/windows-server\/#port-3389$/);
  await expect(page.locator('#systems a', { hasText: 'by default' })).toHaveCount(0);
  await link.click();
  await expect(page.locator('#when-turned-on #port-3389')).toBeInViewport();
  await expect(page.locator('#listeners #port-3389')).toHaveCount(0);
});

test('every system page fits a desktop screen: long commands wrap instead of widening the table', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(siteUrl('/systems/'));
  const paths = await page.locator('main a[href*="/systems/"]').evaluateAll((links) => [...new Set(links.map((link) => new URL((link as HTMLAnchorElement).href).pathname))].filter((path) => /\/systems\/[^/]+\/$/.test(path)));
  expect(paths.length).toBeGreaterThanOrEqual(12);
  const wide: string[] = [];
  for (const path of paths) {
    await page.goto(siteUrl(path));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (overflow > 0) wide.push(`${path} is ${overflow} px too wide`);
  }
  expect(wide).toEqual([]);
});
