import { expect, test } from '@playwright/test';
import { siteUrl } from './site';

/** The edges of every range, and a few ports people look up. */
const EDGES = [
  { port: 0, range: 'system (well-known) range, 0–1023' },
  { port: 1023, range: 'system (well-known) range, 0–1023' },
  { port: 1024, range: 'user (registered) range, 1024–49151' },
  { port: 49151, range: 'user (registered) range, 1024–49151' },
  { port: 49152, range: 'dynamic (private) range, 49152–65535' },
  { port: 65535, range: 'dynamic (private) range, 49152–65535' },
];

for (const { port, range } of EDGES) {
  test(`port ${port} has a page that names its range and links to its neighbours`, async ({ page }) => {
    const response = await page.goto(siteUrl(`/ports/${port}/`));
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveText(`Port ${port}`);
    await expect(page.locator('.answer')).toContainText(range);
    for (const id of ['tcp', 'udp', 'sctp', 'dccp', 'ephemeral', 'check']) await expect(page.locator(`#${id}`)).toHaveCount(1);
    await expect(page.locator('a[rel=prev]')).toHaveCount(port === 0 ? 0 : 1);
    await expect(page.locator('a[rel=next]')).toHaveCount(port === 65535 ? 0 : 1);
  });
}

test('port 22 shows ssh under TCP, UDP and SCTP', async ({ page }) => {
  await page.goto(siteUrl('/ports/22/'));
  for (const protocol of ['tcp', 'udp', 'sctp']) await expect(page.locator(`#${protocol} h4`).first()).toContainText('ssh');
  await expect(page.locator('#dccp')).toContainText('DCCP: no record');
});

test('port 5432 names PostgreSQL, its assignee Tom Lane, and no e-mail address', async ({ page }) => {
  await page.goto(siteUrl('/ports/5432/'));
  await expect(page.locator('.answer')).toContainText('postgresql');
  await expect(page.locator('#tcp')).toContainText('Tom Lane');
  await expect(page.locator('body')).not.toContainText('@');
  expect(await page.content()).not.toContain('mailto:');
});

test('port 79 reports the unauthorized use IANA recorded', async ({ page }) => {
  await page.goto(siteUrl('/ports/79/'));
  await expect(page.locator('#tcp')).toContainText('Unauthorized use reported');
  await expect(page.locator('#tcp')).toContainText('Unauthorized use by some mail users');
});

test('port 2 says it was de-assigned and is reserved', async ({ page }) => {
  await page.goto(siteUrl('/ports/2/'));
  await expect(page.locator('.answer')).toContainText('reserved by IANA (de-assigned on 2025-02-13)');
});

test('port 60023 is unassigned, dynamic, and inside Windows and macOS ephemeral ranges', async ({ page }) => {
  await page.goto(siteUrl('/ports/60023/'));
  await expect(page.locator('.answer')).toHaveText('Port 60023 is not assigned by IANA: it is in the dynamic (private) range, 49152–65535, which IANA never assigns.');
  const row = (system: string) => page.locator('#ephemeral tr', { hasText: system }).first();
  await expect(row('Windows')).toContainText('Yes');
  await expect(row('macOS')).toContainText('Yes');
  await expect(row('Linux')).toContainText('Yes');
  await expect(page.locator('#check')).toContainText("sudo ss -tulpn 'sport = :60023'");
  await expect(page.locator('#check')).toContainText('Get-NetTCPConnection -LocalPort 60023');
});

test('a span record shows the span it covers (x11 on 6010)', async ({ page }) => {
  await page.goto(siteUrl('/ports/6010/'));
  await expect(page.locator('#tcp')).toContainText('x11');
  await expect(page.locator('#tcp')).toContainText('ports 6000–6063');
  await expect(page.locator('#around a[href$="/ranges/x11/"]')).toHaveCount(1);
});

test('RFC references link to the RFC Editor', async ({ page }) => {
  await page.goto(siteUrl('/ports/80/'));
  await expect(page.locator('#tcp a[href="https://www.rfc-editor.org/rfc/rfc9110"]').first()).toBeVisible();
});

test('a copy button copies its command', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(siteUrl('/ports/5432/'));
  const block = page.locator('#check .cmd').first();
  await block.locator('button').click();
  await expect(block.locator('button')).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("sudo ss -tulpn 'sport = :5432'");
});
