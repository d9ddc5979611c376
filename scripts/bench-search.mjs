// Measures the search budgets on the built site in Chromium: time from the last keystroke to the first
// result on screen (cold: nothing loaded yet; warm: same page, second query), bytes fetched for a word
// query, requests made for a port number, and the index's size on disk.
// Usage: npm run build && node scripts/bench-search.mjs → bench/search.json
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { startStaticServer } from './static-server.mjs';

const server = await startStaticServer({ root: 'dist' });
const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });

async function timeQuery(page, query) {
  const box = page.locator('#q-home');
  await box.fill('');
  await box.focus();
  const started = await page.evaluate(() => performance.now());
  await box.pressSequentially(query, { delay: 0 });
  const typed = await page.evaluate(() => performance.now());
  await page.locator('#q-home-results [role=option]').first().waitFor();
  const shown = await page.evaluate(() => performance.now());
  return { query, msAfterLastKeystroke: Math.round(shown - typed), msTotal: Math.round(shown - started) };
}

const report = { date: new Date().toISOString(), runs: [] };
try {
  for (let run = 0; run < 3; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const bytes = new Map();
    page.on('response', async (response) => {
      if (!/\/pagefind\/|\/search\/aliases\.json|\/_astro\/search/.test(response.url())) return;
      try {
        bytes.set(response.url(), (await response.body()).length);
      } catch {
        /* redirects have no body */
      }
    });
    await page.goto(`${server.url}/`);
    const cold = await timeQuery(page, 'postgres');
    await page.waitForLoadState('networkidle');
    const coldBytes = [...bytes.values()].reduce((a, b) => a + b, 0);
    const warm = await timeQuery(page, 'redis');
    // A port number: count requests for the index while navigating.
    const indexRequests = [];
    const portPage = await context.newPage();
    portPage.on('request', (request) => {
      if (/\/pagefind\/|aliases\.json/.test(request.url())) indexRequests.push(request.url());
    });
    await portPage.goto(`${server.url}/ports/22/`);
    await portPage.locator('#q-header').fill('60023');
    await portPage.locator('#q-header').press('Enter');
    await portPage.waitForURL(/\/ports\/60023\/$/);
    // Free text that is no curated name: the first results need Pagefind itself (fresh context: cold cache).
    const textContext = await browser.newContext();
    const textPage = await textContext.newPage();
    await textPage.goto(`${server.url}/`);
    const coldFreeText = await timeQuery(textPage, 'printer');
    const warmFreeText = await timeQuery(textPage, 'telephony');
    await textContext.close();
    report.runs.push({ cold, warm, coldFreeText, warmFreeText, bytesForFirstWordQuery: coldBytes, filesForFirstWordQuery: bytes.size, indexRequestsForPortNumber: indexRequests.length });
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
const files = [];
const walk = (dir) => readdirSync(dir, { withFileTypes: true }).forEach((e) => (e.isDirectory() ? walk(join(dir, e.name)) : files.push(join(dir, e.name))));
walk(join('dist', 'pagefind'));
report.index = { files: files.length, bytes: files.reduce((sum, file) => sum + statSync(file).size, 0) };
mkdirSync('bench', { recursive: true });
writeFileSync('bench/search.json', `${JSON.stringify(report, null, 2)}\n`);
console.log(JSON.stringify(report, null, 2));
