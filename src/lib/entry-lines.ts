/**
 * Finds where an entry of a typed data file (`content/notable-ports/*.ts`, `content/ranges.ts`…) is written,
 * by reading the file's text. The footer's "edit the source" link and the pull-request check's annotations both
 * need a line number; both ask here, so a contributor lands on the same line either way.
 *
 * Entries are object literals that start with their key field (`port: 5432,`, `slug: 'x11',`), which is how
 * every data file is written; a file written otherwise still works, with line 1 as the answer.
 */

/** The key that names an entry: `port 5432`, `slug "x11"`, `id "linux"`. */
export interface EntryKey {
  field: string;
  value: string | number;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A line that writes `field: value` (numbers bare, strings in either quote). */
function keyLinePattern(key: EntryKey): RegExp {
  // Group 1 is the indentation (see below), so the quote is group 2.
  const value = typeof key.value === 'number' ? `${key.value}\\b` : `(['"\`])${escapeRegExp(key.value)}\\2`;
  return new RegExp(`^(\\s*)${escapeRegExp(key.field)}\\s*:\\s*${value}`);
}

/** The 1-based line of the entry's key, or undefined when the file does not write it that way. */
export function findEntryLine(text: string, key: EntryKey): number | undefined {
  const pattern = keyLinePattern(key);
  const index = text.split('\n').findIndex((line) => pattern.test(line));
  return index === -1 ? undefined : index + 1;
}

/** Splits a field path as validation messages write it (`sources[1].checked`) into names and indices. */
function pathSegments(field: string): (string | number)[] {
  const segments: (string | number)[] = [];
  for (const match of field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) segments.push(match[2] !== undefined ? Number(match[2]) : match[1]);
  return segments;
}

/**
 * The 1-based line of a field inside an entry (`sources[1].checked` of port 5432): the line that writes the
 * deepest part of the path that exists, so a missing field points at its parent, and a missing entry at line 1.
 */
export function findFieldLine(text: string, key: EntryKey, field?: string): number {
  const lines = text.split('\n');
  const pattern = keyLinePattern(key);
  const start = lines.findIndex((line) => pattern.test(line));
  if (start === -1) return 1;
  // The entry ends where the next entry of the same file begins (its key at the same indentation).
  const indent = pattern.exec(lines[start])![1];
  const nextKey = new RegExp(`^${escapeRegExp(indent)}${escapeRegExp(key.field)}\\s*:`);
  let end = lines.findIndex((line, index) => index > start && nextKey.test(line));
  if (end === -1) end = lines.length;

  let found = start;
  if (!field || field === key.field || field === '(entry)') return found + 1;
  const segments = pathSegments(field);
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    if (typeof segment === 'number') continue;
    // An index before this name means "the n-th time this name appears under the array": skip n of them.
    const skip = typeof segments[i - 1] === 'number' ? (segments[i - 1] as number) : 0;
    const name = new RegExp(`^\\s*${escapeRegExp(segment)}\\s*:`);
    let seen = -1;
    let line = -1;
    for (let index = i === 0 ? found : found + 1; index < end; index++) {
      if (name.test(lines[index]) && ++seen === skip) {
        line = index;
        break;
      }
    }
    if (line === -1) break;
    found = line;
  }
  return found + 1;
}
