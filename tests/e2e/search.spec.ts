import { expect, test, type Page } from '@playwright/test';
import { siteUrl } from './site';

/** Requests the page made for the search index or Pagefind. */
function indexRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (/\/pagefind\/|\/search\/(aliases|ports)\.json/.test(request.url())) urls.push(request.url());
  });
  return urls;
}

test('a port number in the header box goes straight to its page without loading any index', async ({ page }) => {
  const requests = indexRequests(page);
  await page.goto(siteUrl('/ports/22/'));
  await page.locator('#q-header').fill('60023');
  await page.locator('#q-header').press('Enter');
  await expect(page).toHaveURL(/\/ports\/60023\/$/);
  await expect(page.locator('h1')).toHaveText('Port 60023');
  expect(requests).toEqual([]);
});

test('a protocol in the query lands on its anchor', async ({ page }) => {
  await page.goto(siteUrl('/'));
  await page.locator('#q-home').fill('udp 53');
  await page.locator('#q-home').press('Enter');
  await expect(page).toHaveURL(/\/ports\/53\/#udp$/);
});

test('"/" focuses the search box', async ({ page }) => {
  await page.goto(siteUrl('/ports/80/'));
  await page.keyboard.press('/');
  await expect(page.locator('#q-header')).toBeFocused();
});

test('a bad number explains the valid range as you type and on Enter', async ({ page }) => {
  await page.goto(siteUrl('/ranges/'));
  await page.locator('#q-header').fill('65536');
  await expect(page.locator('#q-header-status')).toContainText('above 65535');
  await page.locator('#q-header').press('Enter');
  await expect(page).toHaveURL(/\/ranges\/$/);
});

/** Exact service names and aliases beat passing mentions. */
const RELEVANCE: [string, number][] = [
  ['ssh', 22], ['http', 80], ['https', 443], ['dns', 53], ['postgres', 5432], ['mysql', 3306], ['redis', 6379], ['rdp', 3389],
];
for (const [query, port] of RELEVANCE) {
  test(`"${query}" puts port ${port} first as you type`, async ({ page }) => {
    await page.goto(siteUrl('/'));
    await page.locator('#q-home').pressSequentially(query, { delay: 20 });
    const first = page.locator('#q-home-results [role=option]').first();
    await expect(first).toHaveAttribute('data-href', new RegExp(`/ports/${port}/$`));
  });
}

test('arrow keys move through results, Enter opens one, Escape closes the list', async ({ page }) => {
  await page.goto(siteUrl('/'));
  const box = page.locator('#q-home');
  await box.pressSequentially('ssh', { delay: 20 });
  const options = page.locator('#q-home-results [role=option]');
  await expect(options.first()).toBeVisible();
  await box.press('ArrowDown');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await box.press('Escape');
  await expect(page.locator('#q-home-results')).toBeHidden();
  await box.press('ArrowDown');
  await box.pressSequentially('x', { delay: 20 });
  await box.press('Backspace');
  // Wait for the results of "ssh" again, not a list still showing "sshx".
  await expect(options.first()).toHaveAttribute('data-href', /\/ports\/22\/$/);
  await box.press('ArrowDown');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/ports\/22\/$/);
});

test('the search page lists results for words and offers range and protocol filters', async ({ page }) => {
  await page.goto(siteUrl('/search/?q=mosh'));
  await expect(page.locator('#search-list li').first()).toBeVisible();
  await expect(page.locator('#search-list')).toContainText('60000');
  await expect(page.locator('#filter-protocol option')).not.toHaveCount(1);
});

test('the search page sends a port number on to its page', async ({ page }) => {
  await page.goto(siteUrl('/search/?q=port%20443'));
  await expect(page).toHaveURL(/\/ports\/443\/$/);
});

test('a span lists the assigned ports in it and the ranges that cover it', async ({ page }) => {
  await page.goto(siteUrl('/search/?q=6000-6063'));
  await expect(page.locator('#search-summary')).toContainText('from 6000 to 6063');
  await expect(page.locator('#search-list a[href$="/ports/6000/"]')).toHaveCount(1);
  await expect(page.locator('#search-ranges a[href$="/ranges/x11/"]')).toHaveCount(1);
});

test('a bad number on the search page explains the valid range', async ({ page }) => {
  await page.goto(siteUrl('/search/?q=-1'));
  await expect(page.locator('#search-summary')).toContainText('never negative');
});

test('without JavaScript the search page says how to reach a port', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(siteUrl('/search/?q=ssh'));
  await expect(page.locator('main')).toContainText('/ports/<number>/');
  await context.close();
});

test('the site advertises an OpenSearch description', async ({ page, request }) => {
  await page.goto(siteUrl('/'));
  const href = await page.locator('link[rel=search]').getAttribute('href');
  const response = await request.get(siteUrl(href!.replace(/^.*?(\/opensearch\.xml)$/, '$1')));
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain('/search/?q={searchTerms}');
});

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '"><script>alert(1)</script>',
  'a'.repeat(10_000),
  'ssh\u0000\u0007\u001b[31m',
  '\u202eevil\u202c ssh',
  'שלום ssh',
  '🚀🔥 ssh',
];
for (const [index, query] of HOSTILE.entries()) {
  test(`hostile input #${index + 1} never injects markup or throws`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('dialog', (dialog) => {
      errors.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.goto(siteUrl(`/search/?q=${encodeURIComponent(query)}`));
    await expect(page.locator('#search-summary')).not.toHaveText(/Searching|^$/);
    await page.goto(siteUrl('/'));
    await page.locator('#q-home').fill(query);
    await page.waitForTimeout(300);
    await expect(page.locator('main img, main script:not([src])')).toHaveCount(0);
    await page.locator('#q-home').fill('22');
    await page.locator('#q-home').press('Enter');
    await expect(page).toHaveURL(/\/ports\/22\/$/);
    expect(errors).toEqual([]);
  });
}

test('the suggestion list closes when Tab moves focus away, and says how many results it has', async ({ page }) => {
  await page.goto(siteUrl('/'));
  const box = page.locator('#q-home');
  await box.pressSequentially('ssh', { delay: 20 });
  await expect(page.locator('#q-home-results [role=option]').first()).toBeVisible();
  await expect(page.locator('#q-home-status')).toHaveText(/^\d+ results?: /);
  await box.press('Tab');
  await expect(page.locator('#q-home-results')).toBeHidden();
  await expect(box).toHaveAttribute('aria-expanded', 'false');
});

test('results that arrive after a click elsewhere stay closed', async ({ page }) => {
  await page.goto(siteUrl('/'));
  await page.locator('#q-home').fill('postgres');
  await page.locator('h1').click();
  // Long enough for the search code, the aliases and Pagefind to answer.
  await page.waitForTimeout(1500);
  await expect(page.locator('#q-home-results')).toBeHidden();
});

test('typing a number names the port, or says it is unassigned, before Enter', async ({ page }) => {
  const requests = indexRequests(page);
  await page.goto(siteUrl('/'));
  await page.locator('#q-home').fill('22');
  await expect(page.locator('#q-home-status')).toHaveText('Port 22: SSH. Press Enter to open port 22.');
  await page.locator('#q-home').fill('5040');
  await expect(page.locator('#q-home-status')).toContainText('Port 5040 is not assigned by IANA');
  expect(requests).toEqual([]);
});

test('a span of a few ports lists every port in it with a summary', async ({ page }) => {
  await page.goto(siteUrl('/search/?q=49664-49669'));
  await expect(page.locator('#search-summary')).toHaveText('The 6 ports from 49664 to 49669:');
  const rows = page.locator('#search-list li');
  await expect(rows).toHaveCount(6);
  for (let i = 0; i < 6; i++) {
    await expect(rows.nth(i).locator('a')).toHaveAttribute('href', new RegExp(`/ports/${49664 + i}/$`));
    await expect(rows.nth(i)).toContainText(/\w{3,}.*\w{3,}/); // a name or a sentence, not just the number
  }
  await expect(page.locator('#search-ranges a[href$="/ranges/dynamic/"]')).toHaveCount(1);
});

const PASTED: [string, RegExp][] = [
  ['0.0.0.0:49664', /\/ports\/49664\/$/],
  ['[::]:135', /\/ports\/135\/$/],
  ['  TCP    0.0.0.0:445    0.0.0.0:0    LISTENING    4', /\/ports\/445\/#tcp$/],
];
for (const [paste, target] of PASTED) {
  test(`pasted netstat text ${JSON.stringify(paste.trim())} goes to the port`, async ({ page }) => {
    await page.goto(siteUrl('/'));
    await page.locator('#q-home').fill(paste);
    await expect(page.locator('#q-home-results')).toBeHidden();
    await page.locator('#q-home').press('Enter');
    await expect(page).toHaveURL(target);
  });
}

test('a list of port numbers opens a list of those ports, not fuzzy matches', async ({ page }) => {
  await page.goto(siteUrl('/'));
  await page.locator('#q-home').fill('135 445');
  await expect(page.locator('#q-home-status')).toHaveText('Press Enter to list ports 135, 445.');
  await page.locator('#q-home').press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=135(%20|\+)445$/);
  const links = page.locator('#search-list li > a');
  await expect(links).toHaveCount(2);
  await expect(links.nth(0)).toHaveAttribute('href', /\/ports\/135\/$/);
  await expect(links.nth(1)).toHaveAttribute('href', /\/ports\/445\/$/);
});

test('words that match nothing say so instead of showing unrelated pages', async ({ page }) => {
  await page.goto(siteUrl('/'));
  await page.locator('#q-home').pressSequentially('qzxvkj', { delay: 20 });
  await expect(page.locator('#q-home-status')).toHaveText(/^No quick results/);
  await expect(page.locator('#q-home-results [role=option]')).toHaveCount(1); // only the link to the search page
  await page.goto(siteUrl('/search/?q=qzxvkj'));
  await expect(page.locator('#search-summary')).toContainText('Nothing found for “qzxvkj”');
  await expect(page.locator('#search-list li')).toHaveCount(0);
});

test('"windows" offers Windows ports before the X Window System', async ({ page }) => {
  await page.goto(siteUrl('/'));
  await page.locator('#q-home').pressSequentially('windows', { delay: 20 });
  const first = page.locator('#q-home-results [role=option]').first();
  await expect(first).toBeVisible();
  await expect(first).not.toHaveAttribute('data-href', /\/ports\/600\d\/$/);
  await expect(first).not.toContainText('X Window');
});
