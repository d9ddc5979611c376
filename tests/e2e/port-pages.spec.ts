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
  await expect(page.locator('#ephemeral')).toContainText(/With default settings, Linux, Windows, macOS and iOS, .* may give port 60023/);
  await expect(page.locator('#ephemeral')).not.toContainText('would not');
  await expect(page.locator('#check')).toContainText("sudo ss -tulpn 'sport = :60023'");
  await expect(page.locator('#check')).toContainText('Get-NetTCPConnection -LocalPort 60023');
});

test('a span record shows the span it covers (x11 on 6010)', async ({ page }) => {
  await page.goto(siteUrl('/ports/6010/'));
  await expect(page.locator('#tcp')).toContainText('x11');
  await expect(page.locator('#tcp')).toContainText('ports 6000–6063');
  await expect(page.locator('#unofficial a[href$="/ranges/x11/"]')).toHaveCount(1);
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

test('ephemeral use names the one system whose default range leaves the port out', async ({ page }) => {
  await page.goto(siteUrl('/ports/61000/'));
  await expect(page.locator('#ephemeral')).toContainText('Linux (32768–60999) would not');
  await expect(page.locator('#ephemeral a[href*="/learn/choosing-source-ports/#"]')).toHaveCount(1);
});

test('Windows ports list the Windows commands first, with tasklist for svchost', async ({ page }) => {
  await page.goto(siteUrl('/ports/135/'));
  await expect(page.locator('#check details').first()).toHaveAttribute('id', 'check-windows');
  await expect(page.locator('#check-windows')).toHaveAttribute('open', '');
  await expect(page.locator('#check-windows')).toContainText('tasklist /svc /fi "PID eq <pid>"');
});

test('the system a reader opens is the one that opens first on the next page', async ({ page }) => {
  await page.goto(siteUrl('/ports/5432/'));
  await page.locator('#check-macos summary').click();
  await page.goto(siteUrl('/ports/22/'));
  await expect(page.locator('#check-macos')).toHaveAttribute('open', '');
  await expect(page.locator('#check-linux')).not.toHaveAttribute('open', '');
});

test('a dynamic port says what a LISTENING socket on it usually is, and the check links the explainer', async ({ page }) => {
  await page.goto(siteUrl('/ports/50077/'));
  await expect(page.locator('#range')).toContainText('A socket LISTENING on 50077');
  await expect(page.locator('#range a[href$="/ports/135/"]')).toHaveCount(1);
  await expect(page.locator('#check a[href$="/tools/explain/"]')).toHaveCount(1);
});

test('a long port page has its table of contents beside the text on a wide screen; a short one has none', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(siteUrl('/ports/22/'));
  const toc = await page.locator('.page-toc').boundingBox();
  const text = await page.locator('main > .answer').boundingBox();
  expect(toc!.x).toBeGreaterThan(text!.x + text!.width);
  await page.locator('main').evaluate((main) => window.scrollTo(0, main.scrollHeight / 2));
  await expect(page.locator('.page-toc')).toBeInViewport();
  await page.goto(siteUrl('/ports/30077/'));
  await expect(page.locator('.page-toc')).toHaveCount(0);
  await context.close();
});
