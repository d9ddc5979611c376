import { expect, test, type Page } from '@playwright/test';
import { siteUrl } from './site';

/**
 * One page of every type, read on a 360 px phone and a 1280 px desktop. Tables must stay readable on the phone
 * (no cell squeezed so narrow that its words break letter by letter), nothing may scroll the page sideways, and
 * the phone page may be at most 2.5 times as tall as the desktop page.
 */
const pageTypes: Record<string, string> = {
  home: '/',
  'ports index': '/ports/',
  'port with prose': '/ports/5432/',
  'port with an unassigned range record': '/ports/5040/',
  'dynamic port': '/ports/60023/',
  'ranges index': '/ranges/',
  'IANA range': '/ranges/dynamic/',
  'sub-range': '/ranges/x11/',
  'essays index': '/learn/',
  'essay with tables': '/learn/choosing-source-ports/',
  'essay with a bit diagram': '/learn/dynamic-range/',
  'service page': '/services/ssh/',
  'search page': '/search/?q=ssh',
  'port picker': '/tools/port-picker/',
  'open data': '/data/',
  'systems index': '/systems/',
  'system page': '/systems/windows-11/',
};

const PHONE = { width: 360, height: 800 };
const DESKTOP = { width: 1280, height: 800 };

async function pageHeight(page: Page, path: string, viewport: { width: number; height: number }): Promise<number> {
  await page.setViewportSize(viewport);
  await page.goto(siteUrl(path));
  return page.evaluate(() => document.documentElement.scrollHeight);
}

for (const [type, path] of Object.entries(pageTypes)) {
  test(`${type} (${path}) keeps its tables readable at 360 px and is at most 2.5 times taller than on a desktop`, async ({ page }) => {
    const desktop = await pageHeight(page, path, DESKTOP);
    const phone = await pageHeight(page, path, PHONE);
    const squeezed = await page.evaluate(() =>
      [...document.querySelectorAll('td, th')]
        // A cell that renders no box (a header row a phone layout hides) is not squeezed, only absent.
        .filter((cell) => cell.getClientRects().length > 0 && cell.getBoundingClientRect().width < 48 && (cell.textContent ?? '').trim().length > 12)
        .map((cell) => (cell.textContent ?? '').trim().slice(0, 40)),
    );
    expect(squeezed, 'table cells narrower than 48 px holding more than 12 characters').toEqual([]);
    const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(sideways, 'the page scrolls sideways').toBeLessThanOrEqual(0);
    expect(phone / desktop, `phone ${phone} px against desktop ${desktop} px`).toBeLessThanOrEqual(2.5);
  });
}

test('code and commands never break inside a token on a phone: a long one scrolls in its own frame', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto(siteUrl('/learn/choosing-source-ports/'));
  const broken = await page.evaluate(() =>
    [...document.querySelectorAll('main code')]
      .filter((code) => !code.closest('pre') && !/\s/.test(code.textContent ?? '') && code.getClientRects().length > 1)
      .map((code) => code.textContent),
  );
  expect(broken, 'inline code split across lines').toEqual([]);
});

test('the bit diagram in the dynamic-range essay keeps its columns aligned on a phone', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto(siteUrl('/learn/dynamic-range/'));
  const wrapped = await page.evaluate(() =>
    [...document.querySelectorAll('main pre')].some((pre) => {
      const lines = (pre.textContent ?? '').split('\n').length;
      const lineHeight = parseFloat(getComputedStyle(pre).lineHeight) || 20;
      return pre.scrollHeight > (lines + 1) * lineHeight;
    }),
  );
  expect(wrapped, 'a preformatted block wraps its lines').toBe(false);
});

test('footnote markers sit against their word and keep line spacing even', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto(siteUrl('/learn/common-misconceptions/'));
  const gaps = await page.evaluate(() =>
    [...document.querySelectorAll('a[data-footnote-ref]')].map((ref) => {
      const sup = ref.closest('sup') ?? ref;
      const before = sup.previousSibling?.textContent ?? '';
      const box = sup.getBoundingClientRect();
      const paragraph = sup.closest('p');
      const lineHeight = paragraph ? parseFloat(getComputedStyle(paragraph).lineHeight) : 0;
      return { endsWithSpace: /\s$/.test(before), width: box.width, height: box.height, lineHeight };
    }),
  );
  expect(gaps.length).toBeGreaterThan(0);
  for (const gap of gaps) {
    expect(gap.endsWithSpace).toBe(false);
    // A marker that is one or two digits wide: no padding that reads as a space on either side.
    expect(gap.width).toBeLessThan(16);
  }
});

test('jumping to an anchor leaves its heading fully in view', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto(siteUrl('/ports/5432/#tcp'));
  const top = await page.evaluate(() => document.querySelector('#tcp h3, #tcp')!.getBoundingClientRect().top);
  expect(top).toBeGreaterThanOrEqual(8);
});

test('each heading in the misconceptions essay says it states a myth', async ({ page }) => {
  await page.goto(siteUrl('/learn/common-misconceptions/'));
  const headings = await page.locator('main h2').allTextContents();
  const myths = headings.filter((text) => text.includes('"') || text.includes('“'));
  expect(myths.length).toBeGreaterThanOrEqual(5);
  for (const heading of myths) expect(heading).toMatch(/^Myth:/);
});
