import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { siteUrl } from './site';

/** Every page type: home, indexes, ports with and without prose, ranges, essays, search, services, data, 404. */
const PAGES = [
  '/', '/ports/', '/ports/22/', '/ports/60023/', '/ports/50000/', '/ranges/', '/ranges/dynamic/', '/ranges/x11/',
  '/learn/', '/learn/choosing-source-ports/', '/search/?q=ssh', '/services/postgresql/', '/data/', '/ports/65536/',
  '/systems/', '/systems/home-router/', '/ports/135/', '/tools/port-picker/',
  '/changes/', '/ports/11434/', '/services/ollama/',
];
const VIEWPORTS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };
/**
 * Colour contrast depends on the scheme, layout on the viewport: every page is checked in both schemes on a
 * desktop and in the light scheme on a phone. The phone in the dark scheme adds no colour the desktop in the
 * dark scheme does not show, and no layout the phone in light does not (the stylesheet's dark rules only
 * change colours), so those 21 runs were dropped to keep `npm test` within its time.
 */
const VARIANTS = [
  ['desktop', 'light'],
  ['desktop', 'dark'],
  ['phone', 'light'],
] as const;

for (const [device, colorScheme] of VARIANTS) {
  const viewport = VIEWPORTS[device];
  for (const path of PAGES) {
    test(`${path} has no axe violations (${device}, ${colorScheme})`, async ({ browser }) => {
      // /changes/ lists every registry change (about 2,500 lines) and /ports/ every curated port (about
      // 1,000): axe needs longer there than on other pages.
      if (path === '/changes/' || path === '/ports/') test.slow();
      const context = await browser.newContext({ colorScheme, viewport });
      const page = await context.newPage();
      await page.goto(siteUrl(path));
      if (path.startsWith('/search/')) await page.locator('#search-list li').first().waitFor();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
      await context.close();
    });
  }
}

test('the port picker showing problems and blocked spans has no axe violations', async ({ page }) => {
  await page.goto(siteUrl('/tools/port-picker/?from=70000&to=21000'));
  await page.locator('#picker-problems p').first().waitFor();
  await page.locator('form[data-port-picker][data-ready=true]').waitFor();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('the search box with open results has no axe violations', async ({ page }) => {
  await page.goto(siteUrl('/'));
  await page.locator('#q-home').pressSequentially('ssh', { delay: 20 });
  await page.locator('#q-home-results [role=option]').first().waitFor();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
});
