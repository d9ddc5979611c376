import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { siteUrl } from './site';

// Every port page with prose: the prose joins the page's own sections, so no heading appears twice and
// none stands without text under it.
const ports = readdirSync('content/ports').filter((file) => file.endsWith('.mdx')).map((file) => file.replace('.mdx', ''));

test(`each of the ${ports.length} port pages with prose has every heading once, and none empty`, async ({ page }) => {
  test.setTimeout(120_000);
  for (const port of ports) {
    await page.goto(siteUrl(`/ports/${port}/`));
    const report = await page.locator('main').evaluate((main) => {
      const headings = [...main.querySelectorAll('h1, h2, h3')].map((heading) => ({
        text: [...heading.childNodes].filter((node) => !(node instanceof HTMLButtonElement)).map((node) => node.textContent).join('').replace(/#$/, '').trim(),
        // A heading is empty when nothing but another heading (or the end of its section) follows it.
        empty: !heading.nextElementSibling || /^H[1-3]$/.test(heading.nextElementSibling.tagName),
      }));
      return { texts: headings.map((heading) => heading.text), empty: headings.filter((heading) => heading.empty).map((heading) => heading.text) };
    });
    const repeated = report.texts.filter((text, i) => report.texts.indexOf(text) !== i);
    expect(repeated, `/ports/${port}/ repeats a heading`).toEqual([]);
    expect(report.empty, `/ports/${port}/ has an empty heading`).toEqual([]);
  }
});

test('/ports/60023/ puts its prose in the sections it is about', async ({ page }) => {
  await page.goto(siteUrl('/ports/60023/'));
  await expect(page.locator('#unofficial')).toContainText('Taskcluster');
  await expect(page.locator('#check')).toContainText('Check both TCP and UDP');
  await expect(page.locator('#range')).toContainText('kernel handed it to an outgoing connection');
  await expect(page.locator('h2', { hasText: 'About port 60023' })).toHaveCount(0);
  // Links to the old prose headings still land.
  await expect(page.locator('#known-unofficial-uses')).toHaveCount(1);
});
