/**
 * Validates the curated data files and checks them against each other.
 *
 * Every problem becomes one line that names the file, the entry and the field, so that a bad edit fails the
 * build with a message a contributor can act on. All problems are collected before throwing, so one build
 * shows every mistake at once.
 */
import type { z } from 'astro/zod';
import { ephemeralRangeSchema, type EphemeralRange } from './schemas/ephemeral-range';
import { notablePortSchema, type NotablePort } from './schemas/notable-port';
import { MAX_PORT, parsePort } from './port-number';
import { IANA_RANGE_SLUGS } from './ports';
import { portRangeSchema, type PortRange } from './schemas/port-range';
import type { EntryKey } from './entry-lines';
import { systemSchema, type System } from './schemas/system';
import { sourceSchema } from './schemas/source';

export interface CuratedContent {
  ranges: PortRange[];
  ephemeralRanges: EphemeralRange[];
  notablePorts: NotablePort[];
  /** What fresh installs listen on, sorted by name. */
  systems: System[];
}

/** Where each kind of curated data lives, for messages. */
export const CONTENT_FILES = {
  ranges: 'content/ranges.ts',
  ephemeralRanges: 'content/ephemeral-ranges.ts',
  notablePorts: 'content/notable-ports/',
  systems: 'content/systems/',
  sources: 'content/sources.ts',
} as const;

/** One data file's export, with the path that messages should name. */
export interface DataFile {
  file: string;
  entries: unknown;
}

/** The raw exports of every curated data file. */
export interface RawContent {
  ranges: unknown;
  ephemeralRanges: unknown;
  notablePortFiles: DataFile[];
  /** One file per system, each exporting `system` (absent: no system pages). */
  systemFiles?: DataFile[];
  /** The shared registry of sources (content/sources.ts), keyed by id. */
  sources: Record<string, unknown>;
}

/** One problem found in the data: where it is (file, entry, field) and what is wrong. */
export interface ContentProblem {
  file: string;
  /** The entry the problem is in: its position in the file's list and, when it has one, its key. */
  entry?: { index: number; key?: EntryKey };
  /** The field, as a path: `sources[0].url`. */
  field?: string;
  /** The 1-based line, when the check knows it (prose files). */
  line?: number;
  /** How the message names the entry, when not as `entry #n (key value)`: `system "macos", listener #3 (port 5353)`. */
  label?: string;
  message: string;
}

/** `content/x.ts: entry #2 (port 5432): field "sources": needs at least one source` */
export function formatProblem(problem: ContentProblem): string {
  const { entry } = problem;
  const where = problem.label ? `${problem.label}: ` : entry ? `entry #${entry.index + 1}${entry.key ? ` (${entry.key.field} ${JSON.stringify(entry.key.value)})` : ''}: ` : '';
  const field = problem.field ? `field "${problem.field}": ` : '';
  return `${problem.file}: ${where}${field}${problem.message}`;
}

export class ContentError extends Error {
  override name = 'ContentError';
  /** Each problem as one line of text. */
  readonly problems: string[];
  readonly details: ContentProblem[];
  /** Problems may also come as text (`content/x.ts: what is wrong`); they then point at their file only. */
  constructor(found: (ContentProblem | string)[]) {
    const details = found.map((problem) => (typeof problem === 'string' ? problemFromText(problem) : problem));
    const problems = details.map(formatProblem);
    super(`Port Atlas content failed validation (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n  - ${problems.join('\n  - ')}`);
    this.problems = problems;
    this.details = details;
  }
}

function problemFromText(text: string): ContentProblem {
  const match = /^([\w./-]+\.\w+): (.*)$/s.exec(text);
  return match ? { file: match[1], message: match[2] } : { file: '(content)', message: text };
}

/** Formats a zod issue path as a field name: `sources[0].url`. */
function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((name, key) => (typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${String(key)}` : String(key)), '') || '(entry)';
}

function entryRef(index: number, entry: unknown, keyField: string): ContentProblem['entry'] {
  const value = entry && typeof entry === 'object' ? (entry as Record<string, unknown>)[keyField] : undefined;
  return typeof value === 'string' || typeof value === 'number' ? { index, key: { field: keyField, value } } : { index };
}

/** A validated entry and where it came from, for cross-check messages. */
interface Located<T> {
  file: string;
  index: number;
  entry: T;
}

function validateList<T>(
  file: string,
  value: unknown,
  schema: z.ZodType<T>,
  keyField: string,
  problems: ContentProblem[],
): Located<T>[] {
  if (!Array.isArray(value)) {
    problems.push({ file, message: 'must export an array' });
    return [];
  }
  const valid: Located<T>[] = [];
  value.forEach((entry, index) => {
    const result = schema.safeParse(entry);
    if (result.success) {
      valid.push({ file, index, entry: result.data });
      return;
    }
    for (const issue of result.error.issues) {
      problems.push({ file, entry: entryRef(index, entry, keyField), field: fieldName(issue.path), message: issue.message });
    }
  });
  return valid;
}

function checkSpans(located: Located<{ start: number; end: number }>[], keyField: string, problems: ContentProblem[]): void {
  for (const { file, index, entry } of located) {
    if (entry.start > entry.end) {
      problems.push({ file, entry: entryRef(index, entry, keyField), field: 'end', message: `${entry.end} is before start ${entry.start}` });
    }
  }
}

function checkUnique<T>(located: Located<T>[], keyOf: (entry: T) => string | number, label: string, problems: ContentProblem[]): void {
  const seen = new Map<string | number, Located<T>>();
  for (const item of located) {
    const key = keyOf(item.entry);
    const first = seen.get(key);
    if (first) {
      const where = first.file === item.file ? `entry #${first.index + 1}` : `entry #${first.index + 1} of ${first.file}`;
      problems.push({ file: item.file, entry: { index: item.index, key: { field: label, value: key } }, field: label, message: `duplicates ${where}` });
    } else {
      seen.set(key, item);
    }
  }
}

/** The three IANA ranges must tile 0–65535 exactly, because every port page names its range. */
function checkIanaRanges(ranges: Located<PortRange>[], problems: ContentProblem[]): void {
  const iana = ranges.filter(({ entry }) => entry.kind === 'iana').sort((a, b) => a.entry.start - b.entry.start);
  let next = 0;
  for (const { file, index, entry } of iana) {
    if (!entry.shortName) problems.push({ file, entry: entryRef(index, entry, 'slug'), field: 'shortName', message: 'an IANA range needs the short name sentences use' });
    if (entry.start !== next) {
      problems.push({ file, entry: entryRef(index, entry, 'slug'), field: 'start', message: `IANA ranges must tile 0–65535 without gaps or overlaps; expected ${next}` });
    }
    next = entry.end + 1;
  }
  if (next !== MAX_PORT + 1) problems.push({ file: CONTENT_FILES.ranges, message: `the IANA ranges must end at ${MAX_PORT}` });
  for (const slug of IANA_RANGE_SLUGS) {
    if (!iana.some(({ entry }) => entry.slug === slug)) problems.push({ file: CONTENT_FILES.ranges, message: `needs the IANA range "${slug}" (kind "iana")` });
  }
}

/** Validates raw exports of the content files; throws ContentError listing every problem. */
export function validateContent(raw: RawContent): CuratedContent {
  const problems: ContentProblem[] = [];
  const ranges = validateList(CONTENT_FILES.ranges, raw.ranges, portRangeSchema, 'slug', problems);
  const ephemeralRanges = validateList(CONTENT_FILES.ephemeralRanges, raw.ephemeralRanges, ephemeralRangeSchema, 'id', problems);
  const notablePorts = raw.notablePortFiles.flatMap(({ file, entries }) => validateList(file, entries, notablePortSchema, 'port', problems));

  const systems = validateSystemFiles(raw.systemFiles ?? [], problems);

  checkSpans(ranges, 'slug', problems);
  checkSpans(ephemeralRanges, 'id', problems);
  checkUnique(ranges, (range) => range.slug, 'slug', problems);
  checkUnique(ephemeralRanges, (range) => range.id, 'id', problems);
  checkUnique(notablePorts, (entry) => entry.port, 'port', problems);
  checkIanaRanges(ranges, problems);

  // A span marked as a system's default ephemeral range must name that range and match its numbers.
  const ephemeralById = new Map(ephemeralRanges.map((item) => [item.entry.id, item.entry]));
  for (const { file, index, entry } of ranges) {
    if (entry.ephemeralDefault === undefined) continue;
    const ephemeral = ephemeralById.get(entry.ephemeralDefault);
    if (!ephemeral) {
      problems.push({ file, entry: entryRef(index, entry, 'slug'), field: 'ephemeralDefault', message: `"${entry.ephemeralDefault}" is not an id in ${CONTENT_FILES.ephemeralRanges}` });
    } else if (ephemeral.start !== entry.start || ephemeral.end !== entry.end) {
      problems.push({ file, entry: entryRef(index, entry, 'slug'), field: 'ephemeralDefault', message: `span ${entry.start}–${entry.end} differs from ${ephemeral.id}'s ${ephemeral.start}–${ephemeral.end}` });
    }
  }

  // An alias must lead to one port; a search for it would otherwise be ambiguous.
  const aliasOwner = new Map<string, number>();
  for (const { file, index, entry } of notablePorts) {
    for (const alias of entry.aliases) {
      const owner = aliasOwner.get(alias);
      if (owner !== undefined && owner !== entry.port) {
        problems.push({ file, entry: entryRef(index, entry, 'port'), field: 'aliases', message: `"${alias}" is already an alias of port ${owner}` });
      } else {
        aliasOwner.set(alias, entry.port);
      }
    }
  }

  // Related ports must be real port numbers other than the entry itself (the schema checks the range).
  for (const { file, index, entry } of notablePorts) {
    if (entry.related.includes(entry.port)) problems.push({ file, entry: entryRef(index, entry, 'port'), field: 'related', message: 'lists the port itself' });
  }

  checkSourceRegistry(raw, problems);

  if (problems.length > 0) throw new ContentError(problems);
  return {
    ranges: ranges.map((item) => item.entry),
    ephemeralRanges: ephemeralRanges.map((item) => item.entry),
    notablePorts: notablePorts.map((item) => item.entry).sort((a, b) => a.port - b.port),
    systems: systems.sort((a, b) => a.name.localeCompare(b.name, 'en')),
  };
}

/**
 * Validates `content/systems/<slug>.ts` files: each exports one `system` whose slug is its file name, and whose
 * rows make sense together (no port listed twice for one protocol, no loopback listener "reachable" from the
 * network). The schema already keeps ports within 0–65535 and protocols to the registry's four.
 */
function validateSystemFiles(files: DataFile[], problems: ContentProblem[]): System[] {
  const systems: { file: string; system: System }[] = [];
  for (const { file, entries } of files) {
    const result = systemSchema.safeParse(entries);
    const slug = entries && typeof entries === 'object' ? (entries as Record<string, unknown>).slug : undefined;
    const entryName = slug === undefined ? 'system' : `system ${JSON.stringify(slug)}`;
    // A system file holds one entry; its slug is what the pull-request check looks for to find a line.
    const entry = entryRef(0, entries, 'slug');
    const add = (label: string, field: string, message: string) => problems.push({ file, entry, label, field, message });
    if (!result.success) {
      for (const issue of result.error.issues) {
        const [first, index, ...rest] = issue.path;
        // Name the row by its ports, which is how a contributor finds it in the file.
        const row = first === 'listeners' && typeof index === 'number' ? listenerLabel(entries, index) : null;
        const field = row ? fieldName(rest) : fieldName(issue.path);
        add(row ?? entryName, row ? `listeners[${String(index)}].${field}` : field, issue.message);
      }
      continue;
    }
    const system = result.data;
    const expected = /([^/]+)\.ts$/.exec(file)?.[1];
    if (expected && expected !== system.slug) add(entryName, 'slug', `must match the file name "${expected}"`);
    const seen = new Map<string, number>();
    system.listeners.forEach((listener, index) => {
      const label = `${entryName}, listener #${index + 1} (${describePorts(listener.ports)})`;
      if (new Set(listener.ports).size !== listener.ports.length) add(label, `listeners[${index}].ports`, 'lists a port twice');
      for (const port of listener.ports) {
        for (const protocol of listener.protocols) {
          const key = `${port}/${protocol}`;
          const first = seen.get(key);
          if (first !== undefined) add(label, `listeners[${index}].ports`, `${key} is already listener #${first + 1}`);
          else seen.set(key, index);
        }
      }
      if (listener.interfaces === 'loopback' && listener.reachable !== 'no') {
        add(label, `listeners[${index}].reachable`, 'a loopback-only listener cannot be reached from the network; use "no"');
      }
      if (listener.interfaces === 'specific' && !listener.interfacesNote) {
        add(label, `listeners[${index}].interfacesNote`, 'say which interfaces "specific" means');
      }
    });
    systems.push({ file, system });
  }
  const seenSlugs = new Map<string, string>();
  for (const { file, system } of systems) {
    const other = seenSlugs.get(system.slug);
    if (other) problems.push({ file, entry: entryRef(0, system, 'slug'), label: `system ${JSON.stringify(system.slug)}`, field: 'slug', message: `duplicates ${other}` });
    else seenSlugs.set(system.slug, file);
  }
  return systems.map((item) => item.system);
}

function describePorts(ports: readonly unknown[]): string {
  return `port${ports.length === 1 ? '' : 's'} ${ports.map(String).join(', ')}`;
}

/** "system "macos", listener #3 (ports 137, 138)" for a row that failed the schema. */
function listenerLabel(entries: unknown, index: number): string {
  const system = entries as { slug?: unknown; listeners?: Array<{ ports?: unknown }> };
  const ports = system.listeners?.[index]?.ports;
  const name = system.slug === undefined ? 'system' : `system ${JSON.stringify(system.slug)}`;
  return `${name}, listener #${index + 1}${Array.isArray(ports) ? ` (${describePorts(ports)})` : ''}`;
}

/** An MDX prose file as the build sees it. */
export interface ProseFile {
  /** Path relative to the project, e.g. `content/ports/5432.mdx`. */
  file: string;
  /** The file's text, scanned for links to ports and ranges. */
  body: string;
}

/**
 * Prose may only describe things the data knows: `content/ports/<n>.mdx` needs n to be a port 0–65535
 * (every such port has registry data and a page), `content/ranges/<slug>.mdx` a range with that slug, and
 * every `/ports/<n>/` or `/ranges/<slug>/` link in any prose file must point at a real page.
 */
export function checkProseFiles(files: ProseFile[], content: CuratedContent): void {
  const problems: ContentProblem[] = [];
  const lineAt = (body: string, offset: number) => body.slice(0, offset).split('\n').length;
  const slugs = new Set(content.ranges.map((range) => range.slug));
  for (const { file, body } of files) {
    const portFile = /^content\/ports\/([^/]+)\.mdx$/.exec(file);
    const rangeFile = /^content\/ranges\/([^/]+)\.mdx$/.exec(file);
    if (portFile) {
      const name = portFile[1];
      if (parsePort(name) === null) {
        problems.push({ file, line: 1, message: `names port "${name}", which is not a port 0–65535 in the data` });
      }
    } else if (rangeFile) {
      if (!slugs.has(rangeFile[1])) problems.push({ file, line: 1, message: `names range "${rangeFile[1]}", which has no entry in ${CONTENT_FILES.ranges}` });
    }
    for (const match of body.matchAll(/\/ports\/([^/\s)"'#]+)\//g)) {
      const value = match[1];
      if (parsePort(value) === null) problems.push({ file, line: lineAt(body, match.index), message: `links to /ports/${value}/, which is not a port 0–65535` });
    }
    for (const match of body.matchAll(/\/ranges\/([^/\s)"'#]+)\//g)) {
      if (!slugs.has(match[1])) problems.push({ file, line: lineAt(body, match.index), message: `links to /ranges/${match[1]}/, which has no entry in ${CONTENT_FILES.ranges}` });
    }
  }
  if (problems.length > 0) throw new ContentError(problems);
}

/** A citation found in a data file: any object with a url, a title and a kind. */
interface Citation {
  file: string;
  url: string;
  title: unknown;
  kind: unknown;
  checked: unknown;
  /** The object as written: one const cited from several entries is one object, a copy is another. */
  written: object;
}

function collectCitations(value: unknown, file: string, out: Citation[]): void {
  if (Array.isArray(value)) {
    for (const item of value) collectCitations(item, file, out);
  } else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.url === 'string' && 'title' in record && 'kind' in record) {
      out.push({ file, url: record.url, title: record.title, kind: record.kind, checked: record.checked, written: record });
      return;
    }
    for (const item of Object.values(record)) collectCitations(item, file, out);
  }
}

/**
 * One citation, one place: a source written out more than once, in one file or in several, lives in
 * content/sources.ts and is referred to as `source.<id>`, so its title and checked date cannot drift apart. A
 * registry URL written out again, or a URL cited with two different titles, is a problem. A source written once
 * in a file (a const) may be cited from several entries of that file.
 */
function checkSourceRegistry(raw: RawContent, problems: ContentProblem[]): void {
  const file = CONTENT_FILES.sources;
  const registry = new Map<string, { id: string; title: unknown; kind: unknown; checked: unknown }>();
  for (const [id, entry] of Object.entries(raw.sources)) {
    const result = sourceSchema.safeParse(entry);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push({ file, label: `source "${id}"`, field: fieldName(issue.path), message: issue.message });
      }
      continue;
    }
    const twin = registry.get(result.data.url);
    if (twin) problems.push({ file, label: `source "${id}"`, field: 'url', message: `is already the URL of source "${twin.id}"` });
    else registry.set(result.data.url, { id, title: result.data.title, kind: result.data.kind, checked: result.data.checked });
  }

  const citations: Citation[] = [];
  collectCitations(raw.ranges, CONTENT_FILES.ranges, citations);
  collectCitations(raw.ephemeralRanges, CONTENT_FILES.ephemeralRanges, citations);
  for (const data of [...raw.notablePortFiles, ...(raw.systemFiles ?? [])]) collectCitations(data.entries, data.file, citations);

  const byUrl = new Map<string, Citation[]>();
  for (const citation of citations) byUrl.set(citation.url, [...(byUrl.get(citation.url) ?? []), citation]);
  for (const [url, cited] of byUrl) {
    const shared = registry.get(url);
    if (shared) {
      for (const citation of cited) {
        if (citation.title !== shared.title || citation.kind !== shared.kind || citation.checked !== shared.checked) {
          problems.push({ file: citation.file, label: `source ${url}`, message: `differs from source "${shared.id}" in ${file}: cite it as source.${shared.id}` });
        }
      }
      continue;
    }
    const files = [...new Set(cited.map((citation) => citation.file))];
    const titles = new Set(cited.map((citation) => `${String(citation.title)} | ${String(citation.kind)} | ${String(citation.checked)}`));
    const copies = new Set(cited.map((citation) => citation.written)).size;
    if (files.length > 1) {
      problems.push({ file: files[0], label: `source ${url}`, message: `is cited from ${files.length} files (${files.join(', ')}): write it once in ${file} and cite it as source.<id>` });
    } else if (titles.size > 1) {
      problems.push({ file: files[0], label: `source ${url}`, message: `is cited with ${titles.size} different titles, kinds or dates: write it once in ${file}` });
    } else if (copies > 1) {
      problems.push({ file: files[0], label: `source ${url}`, message: `is written out ${copies} times: write it once in ${file} and cite it as source.<id>` });
    }
  }
}
