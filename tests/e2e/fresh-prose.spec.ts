import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { sharedRuns } from '../../src/lib/shared-runs';

/** The essay pages and the 60023 page must not share any run of eight words with the seed page. */
const seed = new Set<string>(JSON.parse(readFileSync('tests/fixtures/seed-runs.json', 'utf8')).hashes);
const learnDir = join('dist', 'learn');
const pages = [
  join('dist', 'ports', '60023', 'index.html'),
  join(learnDir, 'index.html'),
  ...readdirSync(learnDir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => join(learnDir, entry.name, 'index.html')),
];

test('the built /learn/ pages and /ports/60023/ share no run of eight words with the seed page', () => {
  expect(pages.length).toBeGreaterThan(5);
  const found = pages.flatMap((page) => {
    const main = /<main[^>]*>([\s\S]*)<\/main>/.exec(readFileSync(page, 'utf8'))?.[1] ?? '';
    return sharedRuns(main, seed).map((run) => `${page}: "${run}"`);
  });
  expect(found).toEqual([]);
});
