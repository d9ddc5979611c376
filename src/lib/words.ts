/** Text helpers with no dependencies, so that browser scripts (the port picker) can share them. */

/** Lists words as English does: "a", "a and b", "a, b and c" (or another conjunction: "a, b or c"). */
export function listWords(words: readonly string[], conjunction = 'and'): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words.at(-1)}`;
}
