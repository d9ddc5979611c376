import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { siteUrl } from './site';

const SAMPLE = ['/', '/ports/22/', '/ports/60023/', '/ranges/x11/', '/learn/', '/services/postgresql/'];

for (const path of SAMPLE) {
  test(`${path} has a canonical URL, a description and Open Graph and Twitter metadata`, async ({ page }) => {
    await page.goto(siteUrl(path));
    const canonical = await page.locator('link[rel=canonical]').getAttribute('href');
    expect(canonical).toMatch(new RegExp(`^https?://[^/]+${path.replace(/\//g, '\\/')}$`));
    await expect(page.locator('meta[name=description]')).toHaveAttribute('content', /.{30,}/);
    expect(await page.title()).toContain('Port Atlas');
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', /\/social\/(site|ports|ranges|learn)\.png$/);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  });
}

test('the port page description is its one-sentence answer', async ({ page }) => {
  await page.goto(siteUrl('/ports/5432/'));
  await expect(page.locator('meta[name=description]')).toHaveAttribute('content', (await page.locator('.answer').textContent())!.trim());
});

test('a port page has the stable anchors and a visible link to each section', async ({ page }) => {
  await page.goto(siteUrl('/ports/22/'));
  for (const id of ['tcp', 'udp', 'sctp', 'dccp', 'ephemeral', 'unofficial', 'check', 'cite']) await expect(page.locator(`#${id}`)).toHaveCount(1);
  for (const id of ['ephemeral', 'unofficial', 'check', 'cite', 'tcp']) await expect(page.locator(`:is(h2, h3) > a[href="#${id}"]`)).toBeVisible();
  await page.goto(siteUrl('/ports/22/#udp'));
  await expect(page.locator('#udp')).toBeInViewport();
});

test('a jump to a section leaves its heading in view, not under the top edge', async ({ page }) => {
  await page.goto(siteUrl('/ports/5432/#check'));
  const top = await page.locator('#check h2').evaluate((heading) => heading.getBoundingClientRect().top);
  expect(top).toBeGreaterThanOrEqual(0);
});

test('every copy button and heading link on a port page has its own accessible name', async ({ page }) => {
  await page.goto(siteUrl('/ports/135/'));
  await expect(page.locator('button.copy-link').first()).toBeVisible();
  const names = async (selector: string) =>
    page.locator(selector).evaluateAll((elements) => elements.map((element) => element.getAttribute('aria-label') ?? element.textContent?.trim() ?? ''));
  const buttons = await names('main button');
  expect(buttons.length).toBeGreaterThan(15);
  expect(new Set(buttons).size).toBe(buttons.length);
  expect(buttons).toContain('Copy command: tasklist /svc /fi "PID eq <pid>"');
  const links = await names('main :is(h2, h3) > a');
  expect(new Set(links).size).toBe(links.length);
});

test('"copy link" beside a section heading copies the address of that section', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(siteUrl('/ports/5432/'));
  const canonical = (await page.locator('link[rel=canonical]').getAttribute('href'))!;
  await page.getByRole('button', { name: 'Copy link to section: Ephemeral use' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${canonical}#ephemeral`);
});

test('a reader who arrives through an anchor gets a citation of that section', async ({ page }) => {
  await page.goto(siteUrl('/ports/5432/#udp'));
  const canonical = (await page.locator('link[rel=canonical]').getAttribute('href'))!;
  await expect(page.locator('#cite pre').first()).toHaveText(`[Port 5432: PostgreSQL, UDP – Port Atlas](${canonical}#udp)`);
  await expect(page.locator('.cite-scope')).toContainText('Citing the section “UDP”');
  await page.locator('.cite-scope a').click();
  await expect(page.locator('#cite pre').first()).toHaveText(`[Port 5432: PostgreSQL – Port Atlas](${canonical})`);
});

test('essay headings have ids and link affordances', async ({ page }) => {
  await page.goto(siteUrl('/learn/dynamic-range/'));
  const headings = page.locator('article h2[id]');
  expect(await headings.count()).toBeGreaterThan(1);
  const id = await headings.first().getAttribute('id');
  await expect(page.locator(`article h2 a.anchor[href="#${id}"]`)).toHaveCount(1);
});

test('the cite box offers Markdown, MediaWiki, {{cite web}} and HTML with today as access date, and copies', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(siteUrl('/ports/5432/'));
  const canonical = (await page.locator('link[rel=canonical]').getAttribute('href'))!;
  const today = await page.evaluate(() => {
    const d = new Date();
    return [d.getFullYear(), d.getMonth() + 1, d.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
  });
  const forms = page.locator('#cite pre');
  await expect(forms).toHaveText([
    `[Port 5432: PostgreSQL – Port Atlas](${canonical})`,
    `[${canonical} Port 5432: PostgreSQL – Port Atlas]`,
    new RegExp(`^\\{\\{cite web \\|title=Port 5432: PostgreSQL \\|url=${canonical.replace(/[.]/g, '\\.')} \\|website=Port Atlas \\|date=\\d{4}-\\d{2}-\\d{2} \\|access-date=${today}\\}\\}$`),
    `<a href="${canonical}">Port 5432: PostgreSQL – Port Atlas</a>`,
  ]);
  await page.getByRole('button', { name: 'Copy the Wikipedia {{cite web}} citation' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(`|access-date=${today}}}`);
});

test('{{cite web}} of an unassigned port names no program as its owner', async ({ page }) => {
  await page.goto(siteUrl('/ports/60023/'));
  await expect(page.locator('#cite pre').nth(2)).toContainText('|title=Port 60023: not assigned by IANA |');
});

test('without JavaScript the cite box falls back to the date of the last commit', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(siteUrl('/ranges/x11/'));
  await expect(page.locator('#cite pre').nth(2)).toHaveText(/\|access-date=\d{4}-\d{2}-\d{2}\}\}$/);
  await context.close();
});

test('short links /<n> and /ports/<n> reach the port page; other unknown paths get the 404 page', async ({ page }) => {
  await page.goto(siteUrl('/5432'));
  await expect(page).toHaveURL(/\/ports\/5432\/$/);
  await expect(page.locator('h1')).toHaveText('Port 5432');
  await page.goto(siteUrl('/ports/443'));
  await expect(page).toHaveURL(/\/ports\/443\/$/);
  await page.goto(siteUrl('/0'));
  await expect(page).toHaveURL(/\/ports\/0\/$/);
  const response = await page.goto(siteUrl('/70000'));
  expect(response?.status()).toBe(404);
  await expect(page.locator('#not-found-reason')).toHaveText('70000 is above 65535, the highest port number.');
});

test('a service page lists its ports, and an alias leads to it', async ({ page }) => {
  await page.goto(siteUrl('/services/postgresql/'));
  await expect(page.locator('.answer')).toHaveText('postgresql is an IANA service name registered for port 5432 on TCP and UDP.');
  await expect(page.locator('main a[href$="/ports/5432/#tcp"]')).toHaveCount(1);
  await page.goto(siteUrl('/services/postgres/'));
  await expect(page).toHaveURL(/\/services\/postgresql\/$/);
  await page.goto(siteUrl('/ports/5432/'));
  await page.locator('#tcp h4 a').first().click();
  await expect(page).toHaveURL(/\/services\/postgresql\/$/);
});

test('the open dataset has the snapshot date, licences and every curated port with sources', async ({ request }) => {
  const data = await (await request.get(siteUrl('/data/ports.json'))).json();
  expect(data.snapshot).toBe('2026-08-17');
  expect(data.licences.iana).toMatch(/IANA/);
  expect(data.licences.curated).toMatch(/CC BY 4\.0/);
  const ssh = data.ports.find((entry: { port: number }) => entry.port === 22);
  expect(ssh.iana.map((record: { service: string }) => record.service)).toContain('ssh');
  expect(ssh.curated.sources[0].url).toMatch(/^https:\/\//);
  expect(JSON.stringify(data)).not.toContain('mailto:');
  const csv = await (await request.get(siteUrl('/data/ports.csv'))).text();
  expect(csv.split('\n')[0]).toBe('port,kind,protocol,service,status,description,assignees,registered,modified,references,note,unauthorized_use,category,sources');
  expect(csv).toMatch(/\n22,iana,tcp,ssh,assigned,/);
});

test('the sitemap index lists every page, and robots.txt names it', async ({ request }) => {
  const robots = await (await request.get(siteUrl('/robots.txt'))).text();
  expect(robots).toMatch(/^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/m);
  const listed = new Set<string>();
  for (const file of readdirSync('dist').filter((name) => /^sitemap-\d+\.xml$/.test(name))) {
    for (const match of readFileSync(join('dist', file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)) listed.add(new URL(match[1]).pathname);
  }
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name));
      else if (entry.name === 'index.html') pages.push(`/${dir.slice('dist'.length + 1)}/`.replace(/^\/\/$/, '/'));
    }
  };
  walk('dist');
  const expected = pages.filter((path) => path !== '/search/');
  expect(expected.length).toBeGreaterThan(65536);
  expect(expected.filter((path) => !listed.has(path))).toEqual([]);
});
