import { expect, test } from '@playwright/test';
import { siteUrl } from './site';

test.use({ javaScriptEnabled: false });

test('/changes/ lists the newest snapshot first and filters by kind without JavaScript', async ({ page }) => {
  await page.goto(siteUrl('/changes/'));
  await expect(page.locator('h1')).toHaveText('Registry changes');
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', /\/changes\/feed\.xml$/);
  const groups = page.locator('section.snapshot h3');
  await expect(groups.first()).toContainText('2026-08-17');
  await expect(page.locator('#months tbody tr, .month-counts tbody tr').first()).toContainText('2026-08');

  const ollama = page.locator('#snapshot-2026-02-02 li', { hasText: 'ollama' });
  const changedRecord = page.locator('#snapshot-2026-02-02 li.k-changed').first();
  await expect(ollama).toBeVisible();
  await expect(changedRecord).toBeVisible();
  // Reserved/unassigned rows are folded away until asked for.
  await expect(page.locator('#snapshot-2026-02-02 li.k-placeholder').first()).toBeHidden();

  await page.locator('.filter a[href$="#only-assigned"]').click();
  await expect(page).toHaveURL(/#only-assigned$/);
  await expect(ollama).toBeVisible();
  await expect(changedRecord).toBeHidden();
  await expect(page.locator('#snapshot-2026-08-17')).toBeVisible();
  await expect(page.locator('#snapshot-2026-01-23')).toBeHidden(); // only changes to records there

  await page.locator('.filter a[href$="#only-placeholder"]').click();
  await expect(page.locator('#snapshot-2026-02-02 li.k-placeholder').first()).toBeVisible();
  await expect(ollama).toBeHidden();

  await page.locator('.filter a[href$="#list"]').click();
  await expect(ollama).toBeVisible();
  await expect(changedRecord).toBeVisible();
});

test('/changes/earlier/ lists what the snapshots show across their decade-long gap', async ({ page }) => {
  await page.goto(siteUrl('/changes/'));
  await page.locator('a[href$="/changes/earlier/"]').first().click();
  await expect(page.locator('#snapshot-2025-08-26 h3')).toContainText('since 2015-01-09');
  await expect(page.locator('#snapshot-2015-01-09 li.k-assigned').first()).toBeVisible();
});

test('port 11434 shows when ollama first appeared, and a port that never changed has no history', async ({ page }) => {
  await page.goto(siteUrl('/ports/11434/#history'));
  await expect(page.locator('#history')).toContainText('ollama (TCP) first appears between 2026-01-23 and 2026-02-02');
  await expect(page.locator('#history a[href$="/changes/"]')).toHaveCount(1);
  await page.goto(siteUrl('/ports/60023/'));
  await expect(page.locator('#history')).toHaveCount(0);
});

test('the feed is served as Atom and the home page lists recent assignments', async ({ page, request }) => {
  const response = await request.get(siteUrl('/changes/feed.xml'));
  expect(response.ok()).toBe(true);
  expect(await response.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
  await page.goto(siteUrl('/'));
  await expect(page.locator('#recent + p + div li').first()).toContainText(/^\d+(–\d+)?\/(tcp|udp|sctp|dccp)(\+(tcp|udp|sctp|dccp))* \S+ \d{4}-\d{2}-\d{2}$/);
  await page.goto(siteUrl('/services/ollama/'));
  await expect(page.locator('#history')).toContainText('Between 2026-01-23 and 2026-02-02');
});
