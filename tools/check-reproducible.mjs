// Builds the site twice from the same commit into two folders and compares every file byte for byte.
// Usage: npm run bench:reproducible. Exits 1 and lists the differing files when the builds differ.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';

const outDirs = ['.repro/a', '.repro/b'];

function hashes(dir) {
  const result = new Map();
  const walk = (current) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else result.set(relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  };
  walk(dir);
  return result;
}

rmSync('.repro', { recursive: true, force: true });
for (const outDir of outDirs) {
  const started = performance.now();
  execFileSync('npx', ['astro', 'build', '--outDir', outDir], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, PORT_ATLAS_PORTS: '' } });
  console.log(`built ${outDir} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
const [a, b] = outDirs.map(hashes);
const differing = [...new Set([...a.keys(), ...b.keys()])].filter((file) => a.get(file) !== b.get(file)).sort();
rmSync('.repro', { recursive: true, force: true });
if (differing.length > 0) {
  console.error(`Builds differ in ${differing.length} of ${a.size} files:\n  ${differing.slice(0, 40).join('\n  ')}`);
  process.exit(1);
}
console.log(`Reproducible: two builds produced ${a.size.toLocaleString('en-US')} identical files.`);
