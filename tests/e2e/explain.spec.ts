import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { siteUrl } from './site';
import { dataFileOf } from '../../src/lib/explain/data';

/** A fixture without its "#|" source comment. */
function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/explain/${name}.txt`, import.meta.url), 'utf8').replace(/^#\|.*\n/gm, '');
}

/** Every request the page makes, so that a test can check none leaves the site. */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

async function explainText(page: Page, text: string): Promise<void> {
  // Large pastes are set directly: typing a megabyte through fill() takes longer than a test may.
  if (text.length > 100_000) await page.locator('#explain-paste').evaluate((box, value) => ((box as HTMLTextAreaElement).value = value), text);
  else await page.locator('#explain-paste').fill(text);
  await page.getByRole('button', { name: 'Explain' }).click();
  await expect(page.locator('#explain-result')).toBeVisible();
}

test.describe('the explain tool', () => {
  test('a pasted ss -tulpn gives one row per listening port, linked to its page', async ({ page }) => {
    await page.goto(siteUrl('/tools/explain/'));
    await explainText(page, fixture('ss-tulpn'));
    const rows = page.locator('#explain-rows > li');
    await expect(rows).toHaveCount(8);
    await expect(page.locator('#explain-status')).toHaveText(/^9 listening sockets on 8 ports: 5 reachable from the network, \d+ with a security note\./);
    const ssh = rows.filter({ has: page.getByRole('link', { name: 'TCP 22', exact: true }) });
    await expect(ssh).toContainText('all interfaces');
    await expect(ssh).toContainText('sshd');
    await expect(ssh.getByRole('link', { name: 'TCP 22', exact: true })).toHaveAttribute('href', /\/ports\/22\/$/);
    const postgres = rows.filter({ has: page.getByRole('link', { name: 'TCP 5432', exact: true }) });
    await expect(postgres).toContainText('this machine only (loopback)');
    await expect(postgres).toContainText('PostgreSQL');
  });

  test('connections are summarised apart, with the ephemeral range their local ports fall in', async ({ page }) => {
    await page.goto(siteUrl('/tools/explain/'));
    await explainText(page, fixture('ss-tuna'));
    const connections = page.locator('#explain-connections');
    await expect(connections).toContainText('7 connections');
    await expect(connections.locator('li').first()).toHaveText('Linux: 32768–60999 (all 6)');
    await expect(connections.getByRole('link', { name: '443', exact: true })).toHaveAttribute('href', /\/ports\/443\/$/);
  });

  test('pasting from the clipboard explains the paste without pressing Explain', async ({ page }) => {
    await page.goto(siteUrl('/tools/explain/'));
    await page.locator('#explain-paste').evaluate((box, text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      box.focus();
      box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      // A synthetic paste event does not insert text, so do what the browser would, then the input event.
      (box as HTMLTextAreaElement).value = text;
      box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    }, fixture('ss-tlnp-no-netid'));
    await expect(page.locator('#explain-rows > li')).toHaveCount(2);
  });

  test('a file dropped on the box is read like a paste', async ({ page }) => {
    await page.goto(siteUrl('/tools/explain/'));
    const transfer = await page.evaluateHandle((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'scan.gnmap', { type: 'text/plain' }));
      return data;
    }, fixture('nmap-grepable'));
    await page.locator('[data-explain]').dispatchEvent('drop', { dataTransfer: transfer });
    await expect(page.locator('#explain-rows > li')).toHaveCount(5);
    await expect(page.locator('#explain-rows')).toContainText('open on 192.0.2.2 (scanned)');
  });

  test('a scan with hundreds of open ports shows the first rows at once and the rest on request', async ({ page }) => {
    await page.goto(siteUrl('/tools/explain/'));
    const rows = Array.from({ length: 450 }, (_, index) => `${1000 + index}/tcp open  unknown`);
    await explainText(page, ['Nmap scan report for 192.0.2.10', 'PORT     STATE SERVICE', ...rows].join('\n'));
    await expect(page.locator('#explain-rows > li')).toHaveCount(100);
    await page.getByRole('button', { name: 'Show the other 350 ports' }).click();
    await expect(page.locator('#explain-rows > li')).toHaveCount(450);
    await expect(page.locator('#explain-more')).toHaveCount(0);
  });

  test('on a 360 px phone the explained paste never scrolls the page sideways', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(siteUrl('/tools/explain/'));
    await explainText(page, [fixture('ss-tulpn'), fixture('docker-ps'), fixture('netstat-windows-ano'), 'x'.repeat(300)].join('\n'));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  test('markup in a paste is shown as text and never runs', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(siteUrl('/tools/explain/'));
    const hostile = [
      '<img src=x onerror="alert(1)">',
      '<script>alert(2)</script>',
      'tcp   LISTEN 0 128 0.0.0.0:22 0.0.0.0:* users:(("<b>bold</b><img src=y onerror=alert(3)>",pid=1,fd=3))',
    ].join('\n');
    await explainText(page, hostile);
    await expect(page.locator('#explain-unknown code').first()).toHaveText('<img src=x onerror="alert(1)">');
    await expect(page.locator('#explain-rows .explain-process')).toHaveText('<b>bold</b><img src=y onerror=alert(3)>');
    expect(await page.locator('#explain-result img, #explain-result script, #explain-result b').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  test('a megabyte of noise is counted as not understood, and the page stays usable', async ({ page }) => {
    await page.goto(siteUrl('/tools/explain/'));
    const line = 'lorem ipsum 12:34 dolor sit amet [::1] -> * %% ### '.repeat(4);
    const noise = Array.from({ length: Math.ceil(1_048_576 / (line.length + 1)) }, (_, index) => `${index} ${line}`).join('\n');
    await explainText(page, `${noise}\n${fixture('ss-tlnp-no-netid')}`);
    await expect(page.locator('#explain-unknown')).toContainText(/[\d,]+ lines matched no format the tool knows; the first 5:/);
    await expect(page.locator('#explain-unknown li code')).toHaveCount(5);
    await expect(page.locator('#explain-rows > li')).toHaveCount(2);
    await expect(page.locator('#explain-unknown .explain-formats')).toContainText('nmap -oG (grepable output)');
  });

  test('binary data is read without breaking the page', async ({ page }) => {
    await page.goto(siteUrl('/tools/explain/'));
    const bytes = Array.from({ length: 65_536 }, (_, index) => (index * 7919) % 256);
    const transfer = await page.evaluateHandle((values) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(values)], 'core.bin', { type: 'application/octet-stream' }));
      return data;
    }, bytes);
    await page.locator('[data-explain]').dispatchEvent('drop', { dataTransfer: transfer });
    await expect(page.locator('#explain-status')).toHaveText('No sockets found in this paste.');
    await expect(page.locator('#explain-unknown')).toContainText('matched no format');
    await explainText(page, fixture('ss-tlnp-no-netid'));
    await expect(page.locator('#explain-rows > li')).toHaveCount(2);
  });

  test('explaining a paste makes no request outside the site and puts nothing in the address', async ({ page }) => {
    const requests = recordRequests(page);
    await page.goto(siteUrl('/tools/explain/'));
    const origin = new URL(page.url()).origin;
    await expect(page.locator('.explain-privacy')).toContainText('Your paste stays in this browser');
    await explainText(page, [fixture('ss-tulpn'), fixture('netstat-windows-ano'), fixture('nmap-normal'), fixture('docker-ps')].join('\n'));
    await expect(page.locator('#explain-rows > li').first()).toBeVisible();
    expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
    const data = requests.filter((url) => url.includes('/tools/explain/data'));
    expect(data.length).toBeGreaterThan(0);
    expect(data.every((url) => /\/tools\/explain\/data-\d+\.json$/.test(url))).toBe(true);
    expect(new Set(data).size).toBe(data.length);
    expect(page.url()).toBe(siteUrl('/tools/explain/'));
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
  });

  test('the data loads only when someone explains a paste, and only the files its ports need', async ({ page }) => {
    const requests = recordRequests(page);
    await page.goto(siteUrl('/tools/explain/'));
    await page.waitForLoadState('networkidle');
    expect(requests.filter((url) => url.includes('/tools/explain/data'))).toEqual([]);
    await explainText(page, fixture('ss-tlnp-no-netid'));
    await expect(page.locator('#explain-rows > li')).toHaveCount(2);
    // One file for port 22 and one for port 8080, whatever the size of the blocks.
    const files = requests.filter((url) => url.includes('/tools/explain/data')).map((url) => new URL(url).pathname);
    expect(files.sort()).toEqual([dataFileOf(22), dataFileOf(8080)].map((file) => `/tools/explain/data-${file}.json`).sort());
  });

  test('without JavaScript the page lists the commands and how to reach a port page', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(siteUrl('/tools/explain/'));
    await expect(page.locator('#explain-paste')).toBeHidden();
    await expect(page.locator('main')).toContainText('sudo ss -tulpn');
    await expect(page.locator('main')).toContainText('netstat -ano');
    await expect(page.locator('main')).toContainText('Get-NetTCPConnection');
    await expect(page.getByRole('link', { name: 'port 22' })).toHaveAttribute('href', /\/ports\/22\/$/);
    await context.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the page with an explained paste has no axe violations (${colorScheme})`, async ({ browser }) => {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(siteUrl('/tools/explain/'));
      await explainText(page, `${fixture('ss-tulpn')}\n${fixture('ss-tuna')}\nnot a socket line`);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
      await context.close();
    });
  }
});
