// Checks every internal link in the built site: each href and src in every HTML file (all 65,536 port
// pages included) must resolve to a file in the output folder, and every #fragment must name an id on the
// target page. Usage: node tools/check-links.mjs [dir] [base]; exits 1 listing the first problems.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { deployment, normaliseBase, pathInsideBase, withBase } from '../src/lib/urls.ts';

const root = process.argv[2] ?? 'dist';
const base = process.argv[3] && !process.argv[3].startsWith('--') ? normaliseBase(process.argv[3]) : deployment(process.env).base;
// --port-subset: the build holds only some port pages and the service pages of their services (PORT_ATLAS_PORTS,
// as the base-path check builds). A link to a port or service page that was not built is then not a fault of the
// base path; the full link check covers it.
const portSubset = process.argv.includes('--port-subset');
let outsideSubset = 0;
const started = performance.now();

function walk(dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (entry.name.endsWith('.html')) out.push(path);
  }
  return out;
}

const idCache = new Map();
function idsOf(file) {
  let ids = idCache.get(file);
  if (!ids) {
    ids = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]));
    idCache.set(file, ids);
  }
  return ids;
}

/** The file a site path resolves to, as a static host would serve it, or null. */
function resolveTarget(pathname) {
  const inside = pathInsideBase(pathname, base);
  if (inside === null) return null;
  const relative = decodeURIComponent(inside);
  const candidate = join(root, relative);
  if (relative === '' || relative.endsWith('/')) {
    const index = join(candidate, 'index.html');
    return existsSync(index) ? index : null;
  }
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html'); // "/ports/22" is redirected to "/ports/22/" by static hosts
  return existsSync(index) ? index : null;
}

const files = walk(root);
const problems = [];
let links = 0;
for (const file of files) {
  const html = readFileSync(file, 'utf8');
  const pagePath = withBase(base, `/${file.slice(root.length + 1).replace(/index\.html$/, '')}`);
  for (const match of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
    const value = match[1].replace(/&amp;/g, '&');
    if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(value)) continue; // external or mailto:, checked elsewhere
    links++;
    const url = new URL(value, `http://site${pagePath}`);
    const target = value.startsWith('#') ? file : resolveTarget(url.pathname);
    if (!target && portSubset && /^(?:ports\/\d+|services\/[^/]+)\/$/.test(pathInsideBase(url.pathname, base) ?? '')) {
      outsideSubset++;
    } else if (!target) {
      problems.push(`${file}: ${value} does not resolve to a file`);
    } else if (url.hash && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(url.hash.slice(1)))) {
      problems.push(`${file}: ${value}: no element with id "${url.hash.slice(1)}"`);
    }
    if (problems.length >= 50) break;
  }
  if (problems.length >= 50) break;
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (problems.length > 0) {
  console.error(`Link check failed (${problems.length}${problems.length >= 50 ? '+' : ''} problems):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`Link check: ${links.toLocaleString('en-US')} internal links in ${files.length.toLocaleString('en-US')} pages resolve (${seconds} s)${portSubset ? `; ${outsideSubset.toLocaleString('en-US')} lead to port or service pages outside the built subset` : ''}.`);
