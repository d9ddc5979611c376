// Renders the four shared social-preview images (1200×630 PNG) into public/social/ with Chromium.
// One image per page type keeps 65,536 port pages from each needing their own. Run after editing the design:
//   npx node tools/make-social-images.mjs
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const images = {
  site: ['Port Atlas', 'Every TCP and UDP port, 0–65535'],
  ports: ['Port Atlas', 'What runs on this port, who IANA assigned it to, and how to check it'],
  ranges: ['Port Atlas', 'Port ranges: well-known, registered, dynamic and the spans inside them'],
  learn: ['Port Atlas · Learn', 'How port numbers work, with every claim sourced'],
};
const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
for (const [name, [title, subtitle]] of Object.entries(images)) {
  await page.setContent(`<!doctype html><html><body style="margin:0;width:1200px;height:630px;display:flex;flex-direction:column;justify-content:center;padding:0 90px;box-sizing:border-box;background:#0f1419;color:#e6edf3;font-family:system-ui,sans-serif">
    <div style="display:grid;grid-template-columns:repeat(16,22px);gap:6px;margin-bottom:48px">${Array.from({ length: 48 }, (_, i) => `<span style="height:22px;border-radius:4px;background:${i % 7 === 0 ? '#6cb6ff' : i % 5 === 0 ? '#e3b341' : '#30363d'}"></span>`).join('')}</div>
    <div style="font-size:72px;font-weight:800">${title}</div>
    <div style="font-size:38px;color:#9aa7b4;margin-top:18px">${subtitle}</div></body></html>`);
  await page.screenshot({ path: `public/social/${name}.png` });
  console.log(`public/social/${name}.png`);
}
await browser.close();
