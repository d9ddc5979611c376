import { expect, test, type Locator, type Page } from '@playwright/test';
import { ephemeralRanges } from '../../content/ephemeral-ranges';
import { bitsetFromBase64, bitsetHas } from '../../src/lib/bitset';
import { DEFAULT_EPHEMERAL, FIRST_UNPRIVILEGED_PORT } from '../../src/lib/port-picker';
import { watchViolations } from './csp';
import { siteUrl } from './site';

/** The default ephemeral ranges the picker avoids out of the box (Linux, Windows, macOS), from content/. */
const avoidedByDefault = ephemeralRanges.filter((range) => DEFAULT_EPHEMERAL.includes(range.id));

/** The map's SVG once its script has made it interactive. */
async function interactiveMap(page: Page, figure = '#port-map'): Promise<Locator> {
  const svg = page.locator(`${figure} svg.port-map-svg`);
  await expect(svg).toHaveAttribute('role', 'application');
  return svg;
}

/** Clicks the middle of the cell of `port` on a map showing the viewBox `left top columns rows` (1px CSS border aside). */
async function clickCell(svg: Locator, port: number, top = 0, rows = 256, left = 0, columns = 256): Promise<void> {
  const box = (await svg.boundingBox())!;
  const column = (port % 256) - left;
  const row = Math.floor(port / 256) - top;
  await svg.click({ position: { x: 1 + ((column + 0.5) / columns) * (box.width - 2), y: 1 + ((row + 0.5) / rows) * (box.height - 2) } });
}

/** The ports the picker lists, from its links. */
async function suggestedPorts(page: Page): Promise<number[]> {
  const texts = await page.locator('#picker-suggestions a.picker-port').allTextContents();
  return texts.map((text) => Number(/\d+/.exec(text)![0]));
}

test.describe('the port map', () => {
  test('clicking a cell of the home-page map opens that port', async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto(siteUrl('/'));
    const svg = await interactiveMap(page);
    await expect(page.locator('#port-map .port-map-legend')).toContainText('Assigned by IANA');
    await clickCell(svg, 8080);
    await expect(page).toHaveURL(/\/ports\/8080\/$/);
    expect(await violations()).toEqual([]);
  });

  test('the image is served as a 256×256 PNG', async ({ request }) => {
    const response = await request.get(siteUrl('/map/port-space.png'));
    expect(response.ok()).toBe(true);
    expect(response.headers()['content-type']).toContain('image/png');
    const body = await response.body();
    expect([...body.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect([body.readUInt32BE(16), body.readUInt32BE(20)]).toEqual([256, 256]);
    expect(body.length).toBeLessThan(60_000);
  });

  test('the keyboard moves a cursor over the map and Enter opens the port', async ({ page }) => {
    await page.goto(siteUrl('/'));
    const svg = await interactiveMap(page);
    await expect(page.locator('#port-map-hint')).toBeVisible();
    await svg.focus();
    await expect(page.locator('#port-map-readout')).toContainText('Port 0');
    await page.keyboard.press('ArrowDown'); // 256
    await page.keyboard.press('ArrowRight'); // 257
    await page.keyboard.press('ArrowRight'); // 258
    await page.keyboard.press('ArrowLeft'); // 257
    await page.keyboard.press('ArrowRight'); // 258
    await expect(page.locator('#port-map-readout')).toContainText('Port 258');
    await page.keyboard.press('PageDown'); // 258 + 16 × 256 = 4354
    await page.keyboard.press('End'); // end of the row: 4351 + 256 = 4607
    await expect(page.locator('#port-map-readout')).toHaveText(/^Port 4607: .+\. Press Enter to open it\.$/);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/ports\/4607\/$/);
  });

  test('the map is focusable, and the block links work from the keyboard', async ({ page }) => {
    await page.goto(siteUrl('/'));
    const svg = await interactiveMap(page);
    await expect(svg).toHaveAttribute('tabindex', '0');
    const blocks = page.locator('#port-map .port-map-blocks');
    await blocks.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(blocks.locator('li')).toHaveCount(64);
    await blocks.getByRole('link', { name: '1024–2047', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/ports\/1024\/$/);
  });

  test('the dynamic range page zooms to rows 192–255 and its cells open the right ports', async ({ page }) => {
    await page.goto(siteUrl('/ranges/dynamic/'));
    const svg = await interactiveMap(page, '#range-map');
    await expect(svg).toHaveAttribute('viewBox', '0 192 256 64');
    await clickCell(svg, 49152 + 256 * 10 + 17, 192, 64);
    await expect(page).toHaveURL(new RegExp(`/ports/${49152 + 256 * 10 + 17}/$`));
  });

  test('the X11 range page crops its row to the cells around 6000–6063, big enough to click, and they open the right ports', async ({ page }) => {
    await page.goto(siteUrl('/ranges/x11/'));
    const svg = await interactiveMap(page, '#range-map');
    const [left, top, columns, rows] = (await svg.getAttribute('viewBox'))!.split(' ').map(Number);
    expect([left, columns]).toEqual([(6000 % 256) - 8, 80]);
    const box = (await svg.boundingBox())!;
    // A full row of 256 would make each cell about 1.8 CSS pixels wide here; cropped, a cell is over 5.
    expect(box.width / columns).toBeGreaterThan(5);
    await clickCell(svg, 6010, top, rows, left, columns);
    await expect(page).toHaveURL(/\/ports\/6010\/$/);
  });

  test('a port page shows where the port sits', async ({ page }) => {
    await page.goto(siteUrl('/ports/8080/'));
    const mini = page.locator('a.port-map-mini svg[role=img]');
    await expect(mini).toHaveAttribute('aria-label', 'Port 8080 on the port map, row 32, column 145');
    await expect(mini.locator('circle')).toHaveAttribute('cx', '144.5');
    await expect(mini.locator('circle')).toHaveAttribute('cy', '31.5');
  });

  test('at 1280×800 the keyboard readout stays in view beside the map and names the service', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(siteUrl('/'));
    const svg = await interactiveMap(page);
    await svg.focus();
    for (let i = 0; i < 22; i++) await page.keyboard.press('ArrowRight');
    const readout = page.locator('#port-map-readout');
    await expect(readout).toHaveText(/^Port 22: SSH · Assigned by IANA\. Press Enter to open it\.$/);
    const map = (await svg.boundingBox())!;
    const text = (await readout.boundingBox())!;
    expect(text.x, 'the readout is to the right of the map').toBeGreaterThanOrEqual(map.x + map.width);
    expect(text.y, 'the readout starts within the map’s height').toBeLessThan(map.y + map.height);
    expect(text.y + text.height, 'the readout is inside the window').toBeLessThanOrEqual(800);
    expect(text.y).toBeGreaterThanOrEqual(0);
  });

  test('in the dark theme the map image is drawn inverted, not as a bright panel', async ({ browser }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(siteUrl('/'));
      const filter = await page.locator('#port-map .port-map-pixels').evaluate((image) => getComputedStyle(image).filter);
      if (colorScheme === 'dark') expect(filter).toContain('invert(1)');
      else expect(filter).toBe('none');
      await context.close();
    }
  });
});

test.describe('the port map on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('a tap names the port without leaving the page, and its link opens that port', async ({ page }) => {
    await page.goto(siteUrl('/'));
    const svg = await interactiveMap(page);
    await svg.scrollIntoViewIfNeeded();
    await svg.tap({ position: { x: 150, y: 40 } });
    await expect(page).toHaveURL(siteUrl('/'));
    const link = page.locator('#port-map-readout a');
    await expect(link).toHaveText(/^Open port \d+$/);
    await expect(page.locator('#port-map-readout')).toContainText(/^Port \d+: .+\./);
    const port = Number(/\d+/.exec((await link.textContent())!)![0]);
    expect(port, 'a cell in the top rows of the map').toBeLessThan(256 * 40);
    await link.tap();
    await expect(page).toHaveURL(new RegExp(`/ports/${port}/$`));
  });
});

test.describe('the port picker', () => {
  test('the defaults suggest ports that are not assigned, not privileged and outside the Linux, Windows and macOS ephemeral ranges', async ({ page, request }) => {
    const violations = await watchViolations(page);
    await page.goto(siteUrl('/tools/port-picker/'));
    await expect(page.locator('form[data-port-picker]')).toHaveAttribute('data-ready', 'true');
    const ports = await suggestedPorts(page);
    expect(ports.length).toBeGreaterThanOrEqual(4);

    const data = await (await request.get(siteUrl('/tools/port-picker-data.json'))).json();
    for (const port of ports) {
      for (const protocol of ['tcp', 'udp']) {
        expect(bitsetHas(bitsetFromBase64(data.assigned[protocol]), port), `${port} is assigned for ${protocol}`).toBe(false);
        expect(bitsetHas(bitsetFromBase64(data.reserved[protocol]), port), `${port} is reserved for ${protocol}`).toBe(false);
      }
      expect(port).toBeGreaterThanOrEqual(FIRST_UNPRIVILEGED_PORT);
      for (const range of avoidedByDefault) {
        expect(range.start <= port && port <= range.end, `${port} is in the ${range.system} range ${range.start}–${range.end}`).toBe(false);
      }
    }
    await expect(page.locator('#picker-suggestions .picker-reason').first()).toContainText('Not assigned by IANA');
    expect(await violations()).toEqual([]);

    await page.locator('#picker-suggestions a.picker-port').first().click();
    await expect(page).toHaveURL(new RegExp(`/ports/${ports[0]}/$`));
    await expect(page.locator('.answer')).toContainText('not assigned');
  });

  test('changing a choice updates the list and the URL', async ({ page }) => {
    await page.goto(siteUrl('/tools/port-picker/'));
    const form = page.locator('form[data-port-picker]');
    await expect(form).toHaveAttribute('data-ready', 'true');
    await form.locator('input[name=avoid][value=low]').uncheck();
    await expect(page).toHaveURL(/\?proto=both&avoid=assigned,unofficial&os=linux,windows,macos&from=&to=$/);
    await form.locator('input[name=from]').fill('8000');
    await form.locator('input[name=to]').fill('8999');
    await expect(page).toHaveURL(/&from=8000&to=8999$/);
    await expect(page.locator('#picker-share')).toHaveAttribute('href', /from=8000&to=8999$/);
    for (const port of await suggestedPorts(page)) expect(port >= 8000 && port <= 8999, `${port} is outside 8000–8999`).toBe(true);
  });

  test('a shared URL restores the choices and its suggestions', async ({ page }) => {
    await page.goto(siteUrl('/tools/port-picker/?avoid=assigned&os=freebsd&from=5000&to=6000'));
    const form = page.locator('form[data-port-picker]');
    await expect(form).toHaveAttribute('data-ready', 'true');
    await expect(form.locator('input[name=avoid][value=assigned]')).toBeChecked();
    await expect(form.locator('input[name=avoid][value=unofficial]')).not.toBeChecked();
    await expect(form.locator('input[name=avoid][value=low]')).not.toBeChecked();
    await expect(form.locator('input[name=os][value=freebsd]')).toBeChecked();
    await expect(form.locator('input[name=os][value=linux]')).not.toBeChecked();
    await expect(form.locator('input[name=from]')).toHaveValue('5000');
    await expect(form.locator('input[name=to]')).toHaveValue('6000');
    const ports = await suggestedPorts(page);
    expect(ports.length).toBeGreaterThan(0);
    for (const port of ports) expect(port >= 5000 && port <= 6000).toBe(true);
    await expect(page).toHaveURL(/\?avoid=assigned&os=freebsd&from=5000&to=6000$/);
  });

  test('a preferred span that yields nothing names the spans that block it', async ({ page }) => {
    await page.goto(siteUrl('/tools/port-picker/?from=20000&to=21000'));
    const status = page.locator('#picker-status');
    await expect(status).toContainText('No port between 20000 and 21000 fits these choices. Blocking it:');
    await expect(status).toContainText('Asterisk RTP media (10000–20000)');
    await expect(status).toContainText('HashiCorp Nomad dynamic ports (20000–32000)');
    await expect(page.locator('#picker-suggestions li')).toHaveCount(0);
    // Unticking the unofficial-use choice frees the span, and the list fills.
    await page.locator('input[name=avoid][value=unofficial]').uncheck();
    await expect(page.locator('#picker-suggestions li')).toHaveCount(8);
    for (const port of await suggestedPorts(page)) expect(port >= 20000 && port <= 21000).toBe(true);
  });

  test('with the defaults, the page lists the wide spans that keep suggestions out', async ({ page }) => {
    await page.goto(siteUrl('/tools/port-picker/'));
    const blocked = page.locator('#picker-blocked');
    await expect(blocked).toBeVisible();
    await expect(blocked).toContainText('Kubernetes NodePort services (30000–32767)');
    await expect(blocked).toContainText('The Linux ephemeral range (32768–60999)');
    await expect(blocked).toContainText('coturn TURN relay ports (49152–65535)');
    await expect(blocked).not.toContainText('FreeBSD');
  });

  test('a port beyond 65535 is named, not silently dropped', async ({ page }) => {
    await page.goto(siteUrl('/tools/port-picker/?from=70000'));
    const problems = page.locator('#picker-problems');
    await expect(problems).toHaveText('The start of the preferred span, 70000, is beyond the last port, 65535, so it is ignored.');
    await expect(page.locator('input[name=from]')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('input[name=from]')).toHaveValue('70000');
    await page.locator('input[name=from]').fill('8000');
    await expect(problems).toBeHidden();
    await expect(page.locator('input[name=from]')).not.toHaveAttribute('aria-invalid');
    await page.locator('input[name=to]').fill('99999');
    await expect(problems).toContainText('99999, is beyond the last port');
  });

  test('choosing TCP or UDP changes the query and the reasons', async ({ page }) => {
    await page.goto(siteUrl('/tools/port-picker/'));
    await expect(page.locator('form[data-port-picker]')).toHaveAttribute('data-ready', 'true');
    await page.getByRole('radio', { name: 'UDP', exact: true }).check();
    await expect(page).toHaveURL(/\?proto=udp&/);
    await expect(page.locator('#picker-suggestions .picker-reason').first()).toContainText('Not assigned by IANA for UDP');
  });

  test('a copy button copies the suggested port number', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(siteUrl('/tools/port-picker/'));
    await expect(page.locator('form[data-port-picker]')).toHaveAttribute('data-ready', 'true');
    const [first] = await suggestedPorts(page);
    const button = page.getByRole('button', { name: `Copy ${first}`, exact: true });
    await button.click();
    await expect(button).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(String(first));
  });

  test('on a phone, the result of a change shows beside the form', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(siteUrl('/tools/port-picker/'));
    await expect(page.locator('form[data-port-picker]')).toHaveAttribute('data-ready', 'true');
    const box = page.locator('input[name=os][value=freebsd]');
    await box.scrollIntoViewIfNeeded();
    await box.check();
    const summary = page.locator('#picker-summary');
    await expect(summary).toContainText(/^\d[\d,]* ports fit: \d+/);
    await expect(summary).toBeInViewport();
    await summary.getByRole('link').click();
    await expect(page.locator('#picker-h')).toBeInViewport();
  });

  test('the header and unassigned port pages link to the picker', async ({ page }) => {
    await page.goto(siteUrl('/ports/5040/'));
    await expect(page.locator('.site-header').getByRole('link', { name: 'Port picker' })).toHaveAttribute('href', /\/tools\/port-picker\/$/);
    await page.locator('main').getByRole('link', { name: 'Pick a free port' }).click();
    await expect(page).toHaveURL(/\/tools\/port-picker\/$/);
  });

  test('choices that exclude everything say so', async ({ page }) => {
    await page.goto(siteUrl('/tools/port-picker/?avoid=low&os=&from=0&to=1023'));
    await expect(page.locator('#picker-status')).toContainText('No port between 0 and 1023 fits');
    await expect(page.locator('#picker-suggestions li')).toHaveCount(0);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the map keeps its legend and block links, and the picker shows the default suggestions', async ({ page }) => {
    await page.goto(siteUrl('/'));
    await expect(page.locator('#port-map svg.port-map-svg')).toHaveAttribute('role', 'img');
    await expect(page.locator('#port-map svg.port-map-svg')).toHaveAttribute('aria-label', /^Map of all 65,536 ports.*assigned by IANA/);
    await expect(page.locator('#port-map .port-map-blocks a')).toHaveCount(64);
    await page.goto(siteUrl('/tools/port-picker/'));
    expect((await suggestedPorts(page)).length).toBe(8);
    await expect(page.locator('input[name=avoid][value=assigned]')).toBeChecked();
  });
});
