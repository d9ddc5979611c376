// Takes screenshots of key pages on a phone and a desktop viewport, light and dark, into screenshots/.
// Usage: npm run build && node tools/screenshots.mjs [/path/ ...]
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { startStaticServer } from './static-server.mjs';

const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['/', '/ports/60023/', '/ports/5432/', '/ranges/dynamic/'];
const viewports = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } };
const executablePath = ['/usr/bin/chromium'].find((path) => existsSync(path));

mkdirSync('screenshots', { recursive: true });
const server = await startStaticServer({ root: 'dist' });
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
try {
  for (const path of paths) {
    for (const [device, viewport] of Object.entries(viewports)) {
      for (const colorScheme of /** @type {const} */ (['light', 'dark'])) {
        const page = await browser.newPage({ viewport, colorScheme });
        await page.goto(server.url + path);
        const name = `${path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home'}-${device}-${colorScheme}.png`;
        await page.screenshot({ path: `screenshots/${name}`, fullPage: true });
        await page.close();
        console.log(`screenshots/${name}`);
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
