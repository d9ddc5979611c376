// Counts what the curated data holds: notable ports by category and status, sources by kind, security notes,
// unofficial uses, aliases, ranges. Usage: npm run data:report (prints JSON; also bench/data-report.json).
// Node 24 reads the TypeScript data files directly (their imports are type-only).
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const dir = 'content/notable-ports';
const files = readdirSync(dir).filter((name) => name.endsWith('.ts')).sort();
const entries = [];
for (const file of files) {
  const module = await import(pathToFileURL(`${dir}/${file}`).href);
  entries.push(...module.notablePorts.map((entry) => ({ ...entry, file })));
}
const { ranges } = await import(pathToFileURL('content/ranges.ts').href);
const { ephemeralRanges } = await import(pathToFileURL('content/ephemeral-ranges.ts').href);

const count = (values) => Object.fromEntries([...values.reduce((map, value) => map.set(value, (map.get(value) ?? 0) + 1), new Map())].sort((a, b) => b[1] - a[1]));
const allSources = [
  ...entries.flatMap((entry) => [...entry.sources, ...(entry.unofficialUses ?? []).flatMap((use) => use.sources), ...(entry.security ?? []).flatMap((note) => note.sources)]),
  ...ranges.flatMap((range) => range.sources),
  ...ephemeralRanges.flatMap((range) => range.sources),
];
const report = {
  notablePorts: entries.length,
  files: files.length,
  byCategory: count(entries.map((entry) => entry.category)),
  byStatus: count(entries.map((entry) => entry.status)),
  inDynamicRange: entries.filter((entry) => entry.port >= 49152).length,
  aliases: entries.reduce((sum, entry) => sum + entry.aliases.length, 0),
  unofficialUses: entries.reduce((sum, entry) => sum + (entry.unofficialUses?.length ?? 0), 0),
  securityNotes: entries.reduce((sum, entry) => sum + (entry.security?.length ?? 0), 0),
  withRelatedPorts: entries.filter((entry) => (entry.related ?? []).length > 0).length,
  sources: { total: allSources.length, distinctUrls: new Set(allSources.map((source) => source.url)).size, byKind: count(allSources.map((source) => source.kind)) },
  ranges: { iana: ranges.filter((range) => range.kind === 'iana').length, subRanges: ranges.filter((range) => range.kind === 'sub-range').length },
  ephemeralRanges: ephemeralRanges.length,
};
mkdirSync('bench', { recursive: true });
writeFileSync('bench/data-report.json', `${JSON.stringify(report, null, 2)}\n`);
console.log(JSON.stringify(report, null, 2));
