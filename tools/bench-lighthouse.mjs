// Lighthouse on the built site (mobile preset, Lighthouse's default) for a home, a port, a range, an essay
// and the search page. A benchmark report, not a test: scores vary a little between runs and machines.
// Usage: npm run build && npm run bench:lighthouse → bench/lighthouse.json and a table on stdout.
// Paths given as arguments (npm run bench:lighthouse -- '/search/?q=ssh') replace the default pages.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startStaticServer } from './static-server.mjs';

const DEFAULT_PAGES = ['/', '/ports/5432/', '/ports/60023/', '/ranges/dynamic/', '/learn/dynamic-range/', '/search/?q=ssh'];
const PAGES = process.argv.length > 2 ? process.argv.slice(2) : DEFAULT_PAGES;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const server = await startStaticServer({ root: 'dist' });
const chromePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
/** @type {{ date: string, preset: string, pages: Record<string, object> }} */
const report = { date: new Date().toISOString(), preset: 'mobile (Lighthouse default)', pages: {} };
try {
  for (const path of PAGES) {
    const result = await lighthouse(server.url + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
    if (!result) throw new Error(`Lighthouse returned no result for ${path}`);
    const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((result.lhr.categories[id].score ?? 0) * 100)]));
    const failing = Object.values(result.lhr.audits)
      .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual' && audit.scoreDisplayMode !== 'notApplicable')
      .map((audit) => `${audit.id} (${audit.score})`);
    report.pages[path] = { ...scores, failingAudits: failing };
    console.log(`${path.padEnd(24)} ${CATEGORIES.map((id) => `${id} ${scores[id]}`).join('  ')}${failing.length ? `\n${' '.repeat(25)}below 1: ${failing.join(', ')}` : ''}`);
  }
} finally {
  chrome.kill();
  await server.close();
}
mkdirSync('bench', { recursive: true });
writeFileSync('bench/lighthouse.json', `${JSON.stringify(report, null, 2)}\n`);
