// Measures the search budgets on the built site in Chromium: time from the last keystroke to the first
// result on screen (cold: nothing loaded yet; warm: same page, second query), bytes fetched for a word
// query, requests made for a port number, and the index's size on disk.
// Usage: npm run build && node tools/bench-search.mjs → bench/search.json
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { startStaticServer } from './static-server.mjs';

const server = await startStaticServer({ root: 'dist' });
const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });

/** `delay` is the pause between keystrokes: 0 is a paste, 80 ms a fast typist (about 150 words a minute). */
async function timeQuery(page, query, delay = 0) {
  const box = page.locator('#q-home');
  await box.fill('');
  await box.focus();
  const started = await page.evaluate(() => {
    // The clock starts at the last input event the page saw, not when Playwright returns.
    document.querySelector('#q-home')?.addEventListener('input', () => { Object.assign(window, { __lastInput: performance.now() }); });
    return performance.now();
  });
  await box.pressSequentially(query, { delay });
  // Wait for the results of the whole query, not a list still showing an earlier prefix.
  await page.locator('#q-home-results [role=option]').first().waitFor();
  await page.waitForFunction((q) => document.querySelector('#q-home-results .search-more')?.textContent?.includes(`“${q}”`), query);
  const [shown, typed] = await page.evaluate(() => [performance.now(), /** @type {number} */ (Reflect.get(window, '__lastInput'))]);
  return { query, keystrokeDelayMs: delay, msAfterLastKeystroke: Math.round(shown - typed), msTotal: Math.round(shown - started) };
}

/** @type {{ date: string, runs: object[], index?: { files: number, bytes: number } }} */
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
    const typedContext = await browser.newContext();
    const typedPage = await typedContext.newPage();
    await typedPage.goto(`${server.url}/`);
    const coldFreeTextTyped = await timeQuery(typedPage, 'printer', 80);
    await typedContext.close();
    report.runs.push({ cold, warm, coldFreeText, warmFreeText, coldFreeTextTyped, bytesForFirstWordQuery: coldBytes, filesForFirstWordQuery: bytes.size, indexRequestsForPortNumber: indexRequests.length });
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
