import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runHashes, sharedRuns, wordsOf } from '../../src/lib/shared-runs';

const seed = new Set<string>(JSON.parse(readFileSync('tests/fixtures/seed-runs.json', 'utf8')).hashes);

describe('shared runs of eight words', () => {
  it('normalise words the same way for pages and the seed', () => {
    expect(wordsOf('<p>It&rsquo;s <b>Port</b> 60023’s range.</p>')).toEqual(['it', 's', 'port', "60023's", 'range']);
  });

  it('detect a run copied from the seed page, even through markup', () => {
    // The seed's opening claim, as markup might break it up.
    expect(sharedRuns('<p>Port 60023 falls within the <em>dynamic or ephemeral</em> port range</p>', seed)).toHaveLength(3); // ten words: three runs of eight
  });

  it('pass a paraphrase of the same fact', () => {
    expect(sharedRuns('Port 60023 is one of the dynamic ports, between 49152 and 65535.', seed)).toEqual([]);
  });

  it('hash runs deterministically', () => {
    expect([...runHashes('one two three four five six seven eight nine')]).toHaveLength(2);
  });
});
