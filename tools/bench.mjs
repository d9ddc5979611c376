// The benchmark: builds the full site (with the search index) and reports what the budgets in issue #13
// measure: build time and peak memory (median of --runs builds, 3 by default, each in its own process so
// that its peak memory is its own), port page sizes, what a port page loads, and the size of dist/.
// Writes bench/report.json and prints it. Run with `npm run bench` (which uses the pinned Node), or
// `npm run bench -- --runs 1` for one build.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'astro';
import { MAX_PORT } from '../src/lib/port-number.ts';

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

if (process.argv.includes('--one-build')) {
  // A child run: one build, then its time and this process's peak memory as one JSON line.
  const started = performance.now();
  await build({ root: process.cwd(), logLevel: 'warn' });
  console.log(JSON.stringify({ seconds: (performance.now() - started) / 1000, maxRssKiB: process.resourceUsage().maxRSS }));
  process.exit(0);
}

const runsAt = process.argv.indexOf('--runs');
const runCount = runsAt >= 0 ? Number(process.argv[runsAt + 1]) : 3;
if (!Number.isInteger(runCount) || runCount < 1) throw new Error('--runs takes a whole number of builds, e.g. --runs 3');

// GNU time reports the peak memory of the build and everything it waits for (Pagefind's binary included).
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const runs = [];
for (let run = 1; run <= runCount; run++) {
  // Start from an empty output folder, as a fresh clone does: deleting 65,000 old files is not build time.
  rmSync(DIST, { recursive: true, force: true });
  // The same heap cap as `npm run build` (package.json), so that the benchmark measures the real build.
  const command = [process.execPath, '--max-old-space-size=1200', 'tools/bench.mjs', '--one-build'];
  const child = timeBin
    ? spawnSync(timeBin, ['-f', 'peak-kib=%M', ...command], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    : spawnSync(command[0], command.slice(1), { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (child.status !== 0) throw new Error(`build ${run} failed:\n${child.stderr}`);
  const result = JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '');
  const peakKiB = Math.max(result.maxRssKiB, Number(/peak-kib=(\d+)/.exec(child.stderr)?.[1] ?? 0));
  const measured = { seconds: Number(result.seconds.toFixed(1)), peakMemoryMiB: Math.round(peakKiB / 1024) };
  runs.push(measured);
  console.error(`build ${run} of ${runCount}: ${measured.seconds} s, ${measured.peakMemoryMiB} MiB`);
}
const buildSeconds = median(runs.map((run) => run.seconds));
const peakMemoryMiB = median(runs.map((run) => run.peakMemoryMiB));

const files = walk(DIST);
const htmlPages = files.filter((file) => file.endsWith('.html'));

// Every 16th port page (4,096 of them, spread over all ranges) for the size statistics.
const sample = [];
for (let port = 0; port <= MAX_PORT; port += 16) sample.push(sizes(readFileSync(join(DIST, 'ports', String(port), 'index.html'))));
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
  runs,
  buildSeconds,
  peakMemoryMiB,
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
};
// The budgets of issue #13 (and the earlier ones for what a page loads); each is checked below.
const budgets = {
  buildSeconds: [report.buildSeconds, 100],
  peakMemoryMiB: [report.peakMemoryMiB, 1536],
  portPageMedianRawBytes: [report.portPage.medianRawBytes, 7 * 1024],
  portPageMedianGzipBytes: [report.portPage.medianGzipBytes, 3 * 1024],
  distBytes: [report.dist.bytes, 500 * 1024 * 1024],
  cssGzipBytes: [report.portPageLoads.css.gzip, 10240],
  jsGzipBytes: [report.portPageLoads.js.gzip, 2048],
};
report.budgets = Object.fromEntries(Object.entries(budgets).map(([name, [value, limit]]) => [name, { value, limit, met: value <= limit }]));
mkdirSync('bench', { recursive: true });
writeFileSync('bench/report.json', `${JSON.stringify(report, null, 2)}\n`);
console.log(JSON.stringify(report, null, 2));
const missed = Object.entries(report.budgets).filter(([, budget]) => !budget.met).map(([name]) => name);
console.log(missed.length === 0 ? 'All budgets met.' : `Budgets missed: ${missed.join(', ')}`);
