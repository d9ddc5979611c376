import { expect, test } from '@playwright/test';
import { siteUrl } from './site';

/**
 * The "Something wrong or missing on this page?" line exists only when the build had PORT_ATLAS_REPO; these
 * tests read the same variable, which `npm test` passes to both the build and Playwright.
 */
const repository = process.env.PORT_ATLAS_REPO?.replace(/\.git$|\/$/g, '');
const pages = ['/ports/5432/', '/ports/65535/', '/ranges/x11/', '/learn/dynamic-range/', '/services/postgresql/', '/systems/macos/'];
const line = 'footer.site-footer > p';

test.describe('without PORT_ATLAS_REPO', () => {
  test.skip(Boolean(repository), 'the build was given a repository');

  test('no page has the line, so nothing points nowhere', async ({ page }) => {
    for (const path of pages) {
      await page.goto(siteUrl(path));
      await expect(page.getByText('Something wrong or missing on this page?')).toHaveCount(0);
    }
  });
});

test.describe('with PORT_ATLAS_REPO', () => {
  test.skip(!repository, 'the build was not given a repository');

  test('port, range, essay, service and system pages end with the line and its two links into the repository', async ({ page }) => {
    for (const path of pages) {
      await page.goto(siteUrl(path));
      await expect(page.locator(line), path).toContainText('Something wrong or missing on this page?');
      await expect(page.locator(line).getByRole('link', { name: 'Report it' })).toHaveAttribute('href', new RegExp(`^${repository}/issues/new\\?template=`));
      await expect(page.locator(line).getByRole('link').nth(1)).toHaveAttribute('href', new RegExp(`^${repository}/blob/`));
    }
  });

  test('the line costs at most 300 bytes on a port page', async ({ request }) => {
    for (const path of ['/ports/5432/', '/ports/60023/', '/ports/65535/']) {
      const html = await (await request.get(siteUrl(path))).text();
      const markup = /<p>Something wrong or missing on this page\?.*?<\/p>/.exec(html)?.[0] ?? '';
      expect(markup, path).not.toBe('');
      expect(Buffer.byteLength(markup), path).toBeLessThanOrEqual(300);
    }
  });

  test('no request leaves the site until the reader clicks; then the form opens with the page, its section and the snapshot date', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    let opened = '';
    await page.route('https://github.com/**', async (route) => {
      opened = route.request().url();
      await route.fulfill({ status: 200, contentType: 'text/plain', body: 'form' });
    });
    await page.goto(siteUrl('/ports/5432/#udp'));
    await page.waitForLoadState('networkidle');
    expect(requests.filter((url) => !url.startsWith(siteUrl('/')))).toEqual([]);

    await page.locator(line).getByRole('link', { name: 'Report it' }).click();
    await page.waitForURL(/github\.com/);
    const query = new URL(opened).searchParams;
    expect(query.get('template')).toBe('port.yml');
    expect(query.get('page')).toBe(siteUrl('/ports/5432/'));
    expect(query.get('section')).toBe('#udp');
    expect(query.get('snapshot')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
