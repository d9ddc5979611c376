/**
 * Finds runs of words that two texts share, for the rule that no run of eight or more words may be taken
 * from the seed page. Runs are compared as hashes of their words, so the test fixture can hold the seed's
 * runs without holding its sentences.
 */
import { createHash } from 'node:crypto';

export const RUN_LENGTH = 8;

/** Lower-cased words, with punctuation, markup and entities dropped and typographic apostrophes folded. */
export function wordsOf(text: string): string[] {
  return (
    text
      .replace(/&[a-z]+;|&#\d+;/gi, ' ')
      .replace(/<[^>]+>/g, ' ')
      .toLowerCase()
      .replace(/[’‘]/g, "'")
      .match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? []
  );
}

export function runHash(words: string[]): string {
  return createHash('sha256').update(words.join(' ')).digest('hex').slice(0, 16);
}

/** Hashes of every run of `length` consecutive words. */
export function runHashes(text: string, length = RUN_LENGTH): Set<string> {
  const words = wordsOf(text);
  const hashes = new Set<string>();
  for (let i = 0; i + length <= words.length; i++) hashes.add(runHash(words.slice(i, i + length)));
  return hashes;
}

/** The runs of `text` (as words) whose hashes are in `forbidden`. */
export function sharedRuns(text: string, forbidden: ReadonlySet<string>, length = RUN_LENGTH): string[] {
  const words = wordsOf(text);
  const found: string[] = [];
  for (let i = 0; i + length <= words.length; i++) {
    const run = words.slice(i, i + length);
    if (forbidden.has(runHash(run))) found.push(run.join(' '));
  }
  return found;
}
