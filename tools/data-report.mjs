// Counts what the curated data holds and how much of the common-ports worklist it explains: coverage per tier with
// the ports still unexplained, notable ports by category and status, sources by kind and how many carry a checked
// date, aliases, ranges. Usage: npm run data:report (prints a summary; the full numbers go to bench/data-report.json).
// Node 24 reads the TypeScript data files directly (their imports are type-only).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const load = (path) => import(pathToFileURL(path).href);
const { COVERAGE_TIERS, parseWorklist, worklistCoverage } = await load('src/lib/worklist-coverage.ts');
const { MAX_PORT } = await load('src/lib/port-number.ts');

const dir = 'content/notable-ports';
const files = readdirSync(dir).filter((name) => name.endsWith('.ts')).sort();
const entries = [];
for (const file of files) {
  const module = await load(`${dir}/${file}`);
  entries.push(...module.notablePorts.map((entry) => ({ ...entry, file })));
}
const { ranges } = await load('content/ranges.ts');
// The same rule as ianaRange('dynamic', ranges) in src/lib/ports.ts, which plain Node cannot load (extensionless imports).
const dynamicRange = ranges.find((range) => range.kind === 'iana' && range.slug === 'dynamic');
const { ephemeralRanges } = await load('content/ephemeral-ranges.ts');

const worklistFiles = { tcp: 'content/common-ports/tcp-top1000.txt', udp: 'content/common-ports/udp-top250.txt' };
const coverage = Object.entries(worklistFiles).flatMap(([protocol, file]) =>
  worklistCoverage(parseWorklist(readFileSync(file, 'utf8'), file, MAX_PORT), protocol, entries, ranges, COVERAGE_TIERS[protocol]),
);

const count = (values) => Object.fromEntries([...values.reduce((map, value) => map.set(value, (map.get(value) ?? 0) + 1), new Map())].sort((a, b) => b[1] - a[1]));
const allSources = [
  ...entries.flatMap((entry) => [...entry.sources, ...(entry.unofficialUses ?? []).flatMap((use) => use.sources), ...(entry.security ?? []).flatMap((note) => note.sources)]),
  ...ranges.flatMap((range) => range.sources),
  ...ephemeralRanges.flatMap((range) => range.sources),
];
const report = {
  coverage: coverage.map(({ protocol, size, covered, percent, uncovered }) => ({ tier: `top ${size} ${protocol.toUpperCase()}`, covered, percent, uncovered })),
  notablePorts: entries.length,
  files: files.length,
  byCategory: count(entries.map((entry) => entry.category)),
  byStatus: count(entries.map((entry) => entry.status)),
  inDynamicRange: entries.filter((entry) => entry.port >= dynamicRange.start && entry.port <= dynamicRange.end).length,
  aliases: entries.reduce((sum, entry) => sum + entry.aliases.length, 0),
  unofficialUses: entries.reduce((sum, entry) => sum + (entry.unofficialUses?.length ?? 0), 0),
  securityNotes: entries.reduce((sum, entry) => sum + (entry.security?.length ?? 0), 0),
  withRelatedPorts: entries.filter((entry) => (entry.related ?? []).length > 0).length,
  sources: {
    total: allSources.length,
    distinctUrls: new Set(allSources.map((source) => source.url)).size,
    withCheckedDate: allSources.filter((source) => source.checked !== undefined).length,
    byKind: count(allSources.map((source) => source.kind)),
  },
  ranges: { iana: ranges.filter((range) => range.kind === 'iana').length, subRanges: ranges.filter((range) => range.kind === 'sub-range').length },
  ephemeralRanges: ephemeralRanges.length,
};
mkdirSync('bench', { recursive: true });
writeFileSync('bench/data-report.json', `${JSON.stringify(report, null, 2)}\n`);

const lines = ['Coverage of the common-ports worklist (content/common-ports/):'];
for (const tier of report.coverage) {
  lines.push(`  ${tier.tier.padEnd(14)} ${String(tier.covered).padStart(4)} explained  ${tier.percent.toFixed(1).padStart(5)}%`);
  if (tier.uncovered.length > 0) lines.push(`    uncovered (${tier.uncovered.length}): ${tier.uncovered.join(' ')}`);
}
const table = (title, counts) => [`${title}:`, ...Object.entries(counts).map(([key, value]) => `  ${key.padEnd(26)} ${value}`)];
lines.push(
  '',
  `Notable ports: ${report.notablePorts} in ${report.files} files (${Object.entries(report.byStatus).map(([key, value]) => `${value} ${key}`).join(', ')}); ${report.aliases} aliases, ${report.unofficialUses} unofficial uses, ${report.securityNotes} security notes`,
  ...table('By category', report.byCategory),
  '',
  `Sources: ${report.sources.total} citations of ${report.sources.distinctUrls} distinct URLs; ${report.sources.withCheckedDate} have a checked date`,
  ...table('By kind', report.sources.byKind),
  '',
  `Ranges: ${report.ranges.iana} IANA, ${report.ranges.subRanges} sub-ranges; ${report.ephemeralRanges} ephemeral ranges`,
  'Full numbers: bench/data-report.json',
);
console.log(lines.join('\n'));
