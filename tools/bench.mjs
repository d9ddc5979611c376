// The benchmark: builds the full site in this process and reports what the budgets in the foundation issue
// measure. Writes bench/report.json and prints it. Run with `npm run bench` (which uses the pinned Node).
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'astro';

const DIST = 'dist';

function walk(dir) {
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...walk(path));
    else files.push(path);
  }
  return files;
}

const sizes = (buffer) => ({ raw: buffer.length, gzip: gzipSync(buffer).length });
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

delete process.env.PORT_ATLAS_PORTS; // the benchmark always builds every page
// Start from an empty output folder, as a fresh clone does: deleting 65,000 old files is not build time.
rmSync(DIST, { recursive: true, force: true });
const started = performance.now();
await build({ root: process.cwd(), logLevel: 'warn' });
const buildSeconds = (performance.now() - started) / 1000;
const peakMemoryMiB = process.resourceUsage().maxRSS / 1024;

const files = walk(DIST);
const htmlPages = files.filter((file) => file.endsWith('.html'));

// Every 16th port page (4,096 of them, spread over all ranges) for the size statistics.
const sample = [];
for (let port = 0; port <= 65535; port += 16) sample.push(sizes(readFileSync(join(DIST, 'ports', String(port), 'index.html'))));
sample.push(sizes(readFileSync(join(DIST, 'ports', '22', 'index.html'))));

// What one port page loads: its stylesheets and scripts.
const portHtml = readFileSync(join(DIST, 'ports', '60023', 'index.html'), 'utf8');
/** Files the page loads for a pattern, following static `import … from "./x.js"` in module scripts. */
function loadedFiles(pattern) {
  const files = new Set();
  const visit = (path) => {
    if (files.has(path)) return;
    files.add(path);
    if (!path.endsWith('.js')) return;
    const code = readFileSync(path, 'utf8');
    for (const match of code.matchAll(/(?:^|[;\s}])import\s*(?:[^'"();]*?from\s*)?["'](\.\/[^"']+\.js)["']/g)) visit(join(path, '..', match[1]));
  };
  for (const match of portHtml.matchAll(pattern)) visit(join(DIST, match[1].replace(/^\//, '')));
  return [...files];
}
const assetSizes = (pattern) =>
  loadedFiles(pattern).map((file) => sizes(readFileSync(file))).reduce((sum, size) => ({ raw: sum.raw + size.raw, gzip: sum.gzip + size.gzip }), { raw: 0, gzip: 0 });

const report = {
  date: new Date().toISOString(),
  node: process.version,
  buildSeconds: Number(buildSeconds.toFixed(1)),
  peakMemoryMiB: Math.round(peakMemoryMiB),
  pages: htmlPages.length,
  portPage: {
    sampled: sample.length,
    medianRawBytes: median(sample.map((size) => size.raw)),
    medianGzipBytes: median(sample.map((size) => size.gzip)),
    maxGzipBytes: Math.max(...sample.map((size) => size.gzip)),
  },
  portPageLoads: {
    css: assetSizes(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g),
    js: assetSizes(/<script[^>]+src="([^"]+)"/g),
  },
  dist: { files: files.length, bytes: files.reduce((sum, file) => sum + statSync(file).size, 0) },
  search: (() => {
    const index = files.filter((file) => file.startsWith(join(DIST, 'pagefind')));
    return { files: index.length, bytes: index.reduce((sum, file) => sum + statSync(file).size, 0) };
  })(),
  budgets: { buildSeconds: 150, peakMemoryMiB: 4096, portPageGzipBytes: 6144, cssGzipBytes: 10240, jsGzipBytes: 2048 },
};
mkdirSync('bench', { recursive: true });
writeFileSync('bench/report.json', `${JSON.stringify(report, null, 2)}\n`);
console.log(JSON.stringify(report, null, 2));
