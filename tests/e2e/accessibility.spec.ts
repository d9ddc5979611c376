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
 * Colour contrast depends on the scheme, layout on the viewport, and nothing else changes between the three
 * variants: the stylesheet's dark rules only change colours, and the phone layout brings no new colour (its one
 * coloured rule gives table labels the muted text colour that desktop pages check already). So each
 * variant runs the rules it can change: the desktop in the light scheme runs every rule; the desktop in the dark
 * scheme runs the colour rules (the page's markup and layout are the light one's); the phone in the light
 * scheme runs every rule but the colour ones (its colours are the desktop's). The phone in the dark scheme
 * would add nothing that the other three do not check.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
/**
 * /ports/ lists every curated port (about 1,250) in rows of one markup and one style. The desktop in the light
 * scheme checks every row; the other two variants check the first 20 rows of each category, which show
 * everything the rest do, and so take 3 s instead of 20.
 */
const REPEATED_ROWS: Record<string, string> = { '/ports/': 'ul.port-list > li:nth-child(n+21)' };
/** The page without the rows that repeat what the first ones show, for the variants that are not the full check. */
const sampled = (axe: AxeBuilder, path: string) => (REPEATED_ROWS[path] ? axe.exclude(REPEATED_ROWS[path]) : axe);
const VARIANTS = [
  ['desktop', 'light', 'every rule', (axe: AxeBuilder) => axe],
  ['desktop', 'dark', 'colour rules', (axe: AxeBuilder, path: string) => sampled(axe, path).withRules(COLOUR_RULES)],
  ['phone', 'light', 'all but colour rules', (axe: AxeBuilder, path: string) => sampled(axe, path).disableRules(COLOUR_RULES)],
] as const;

for (const [device, colorScheme, rules, rulesFor] of VARIANTS) {
  const viewport = VIEWPORTS[device];
  for (const path of PAGES) {
    test(`${path} has no axe violations (${device}, ${colorScheme}: ${rules})`, async ({ browser }) => {
      // /changes/ lists every registry change (about 2,500 lines) and /ports/ every curated port (about
      // 1,000): axe needs longer there than on other pages.
      if (path === '/changes/' || path === '/ports/') test.slow();
      const context = await browser.newContext({ colorScheme, viewport });
      const page = await context.newPage();
      await page.goto(siteUrl(path));
      if (path.startsWith('/search/')) await page.locator('#search-list li').first().waitFor();
      const results = await rulesFor(new AxeBuilder({ page }), path).analyze();
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
