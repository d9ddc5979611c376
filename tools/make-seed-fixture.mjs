// Writes tests/fixtures/seed-runs.json: hashes of every 8-word run of the seed page, so that tests can check
// that no page shares a run with it without the repository holding the seed's text.
// Usage: node tools/make-seed-fixture.mjs ../shared/seed/000_b0cadd83512195cf.txt
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { RUN_LENGTH, runHashes } from '../src/lib/shared-runs.ts';

const source = process.argv[2] ?? '../shared/seed/000_b0cadd83512195cf.txt';
const hashes = [...runHashes(readFileSync(source, 'utf8'))].sort();
mkdirSync('tests/fixtures', { recursive: true });
writeFileSync('tests/fixtures/seed-runs.json', `${JSON.stringify({ runLength: RUN_LENGTH, source: 'the seed page (shared/seed/), port 60023', hashes }, null, 1)}\n`);
console.log(`tests/fixtures/seed-runs.json: ${hashes.length} runs`);
