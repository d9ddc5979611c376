import { describe, expect, it } from 'vitest';
import { ephemeralRanges } from '../../content/ephemeral-ranges';
import { notablePortFiles } from '../../src/data/site-data';
import { ranges } from '../../content/ranges';
import { source } from '../../content/sources';
import { checkProseFiles, ContentError, validateContent } from '../../src/lib/validate-content';

const good = () => structuredClone({ ranges, ephemeralRanges, notablePortFiles, sources: source as Record<string, unknown> });
/** The first notable-ports file's entries, as plain objects the tests can break. */
const notable = (raw: ReturnType<typeof good>) => raw.notablePortFiles[0].entries as Array<Record<string, any>>;
const firstFile = notablePortFiles[0].file.replace(/[./]/g, (c) => `\\${c}`);

/** Runs validation and returns the problems it reported (empty when the data passed). */
function problemsOf(raw: ReturnType<typeof good>): string[] {
  try {
    validateContent(raw);
    return [];
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
}

describe('the curated content', () => {
  it('passes validation as committed', () => {
    expect(problemsOf(good())).toEqual([]);
  });

  it('has the three IANA ranges, at least 8 sub-ranges and at least 40 notable ports', () => {
    const content = validateContent(good());
    expect(content.ranges.filter((range) => range.kind === 'iana').map((range) => range.slug)).toEqual(['well-known', 'registered', 'dynamic']);
    expect(content.ranges.filter((range) => range.kind === 'sub-range').length).toBeGreaterThanOrEqual(8);
    expect(content.notablePorts.length).toBeGreaterThanOrEqual(40);
    expect(notablePortFiles.length).toBeGreaterThan(1);
  });
});

describe('a bad entry fails the build naming the file, the entry and the field', () => {
  it('rejects a notable port outside 0–65535', () => {
    const raw = good();
    notable(raw)[0].port = 70000;
    expect(problemsOf(raw)).toContainEqual(expect.stringMatching(new RegExp(`^${firstFile}: entry #1 \\(port 70000\\): field "port": must be between 0 and 65535`)));
  });

  it('rejects a range whose start is after its end', () => {
    const raw = good();
    const x11 = raw.ranges.find((range) => range.slug === 'x11')!;
    x11.start = 6100;
    expect(problemsOf(raw)).toContainEqual(expect.stringMatching(/^content\/ranges\.ts: entry #\d+ \(slug "x11"\): field "end": 6063 is before start 6100/));
  });

  it('rejects a duplicate notable port', () => {
    const raw = good();
    const port = notable(raw)[0].port;
    const last = raw.notablePortFiles.at(-1)!;
    (last.entries as unknown[]).push({ ...notable(raw)[0], aliases: [] });
    const lastFile = last.file.replace(/[./]/g, (c) => `\\${c}`);
    expect(problemsOf(raw)).toContainEqual(
      expect.stringMatching(new RegExp(`^${lastFile}: entry #${(last.entries as unknown[]).length} \\(port ${port}\\): field "port": duplicates entry #1 of ${firstFile}`)),
    );
  });

  it('rejects a curated claim without a source', () => {
    const raw = good();
    notable(raw)[0].sources = [];
    raw.ephemeralRanges[0].sources = [];
    const problems = problemsOf(raw);
    expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^${firstFile}: entry #1 \\(port \\d+\\): field "sources": needs at least one source`)));
    expect(problems).toContainEqual(expect.stringMatching(/^content\/ephemeral-ranges\.ts: entry #1 \(id "linux"\): field "sources": needs at least one source/));
  });

  it('rejects a source that is not an https URL, naming the nested field', () => {
    const raw = good();
    raw.ranges[0].sources = [{ ...raw.ranges[0].sources[0], url: 'http://example.com/' }];
    expect(problemsOf(raw)).toContainEqual(expect.stringMatching(/^content\/ranges\.ts: entry #1 \(slug "well-known"\): field "sources\[0\]\.url": must be an https:\/\/ URL/));
  });

  it('rejects a checked date that is malformed, impossible or in the future, naming the field', () => {
    const raw = good();
    const source = raw.ranges[0].sources[0];
    raw.ranges[0].sources = [{ ...source, checked: '2026-2-1' }, { ...source, checked: '2026-02-30' }, { ...source, checked: '2999-01-01' }];
    const problems = problemsOf(raw);
    expect(problems).toContainEqual(expect.stringMatching(/^content\/ranges\.ts: entry #1 \(slug "well-known"\): field "sources\[0\]\.checked": must be a date written YYYY-MM-DD/));
    expect(problems).toContainEqual(expect.stringMatching(/field "sources\[1\]\.checked": is not a real calendar date/));
    expect(problems).toContainEqual(expect.stringMatching(/field "sources\[2\]\.checked": is in the future/));
  });

  it('rejects a summary that only restates the IANA record, since the page shows that record already', () => {
    const raw = good();
    notable(raw)[0].summary = 'IANA registers port 1 as something on TCP and UDP.';
    expect(problemsOf(raw)).toContainEqual(expect.stringMatching(/field "summary": restates the IANA record/));
  });

  it('rejects an alias given to two ports', () => {
    const raw = good();
    notable(raw)[1].aliases = [...notable(raw)[1].aliases, notable(raw)[0].aliases[0]];
    expect(problemsOf(raw)).toContainEqual(expect.stringMatching(/field "aliases": ".+" is already an alias of port/));
  });

  it('rejects a span marked as an OS default ephemeral range that names no such range or differs from it', () => {
    const raw = good();
    const linux = raw.ranges.find((range) => range.slug === 'linux-ephemeral')!;
    linux.end = 61000;
    const x11 = raw.ranges.find((range) => range.slug === 'x11')!;
    (x11 as { ephemeralDefault?: string }).ephemeralDefault = 'plan9';
    const problems = problemsOf(raw);
    expect(problems).toContainEqual(expect.stringMatching(/\(slug "linux-ephemeral"\): field "ephemeralDefault": span 32768–61000 differs from linux's 32768–60999/));
    expect(problems).toContainEqual(expect.stringMatching(/\(slug "x11"\): field "ephemeralDefault": "plan9" is not an id in content\/ephemeral-ranges\.ts/));
  });

  it('rejects IANA ranges that leave a gap', () => {
    const raw = good();
    raw.ranges[1].start = 1030;
    expect(problemsOf(raw)).toContainEqual(expect.stringMatching(/content\/ranges\.ts: entry #\d+ \(slug "registered"\): field "start": IANA ranges must tile 0–65535/));
  });
});

describe('MDX prose may only describe what the data knows', () => {
  const content = validateContent(good());
  const check = (file: string, body = '') => () => checkProseFiles([{ file, body }], content);

  it('accepts prose for a notable port and a known range', () => {
    expect(check('content/ports/5432.mdx', 'See [the dynamic range](/ranges/dynamic/) and [port 22](/ports/22/).')).not.toThrow();
    expect(check('content/ranges/dynamic.mdx')).not.toThrow();
  });

  it('accepts prose for any port in the registry data, notable or not', () => {
    expect(check('content/ports/60023.mdx')).not.toThrow();
  });

  it('rejects prose for a port missing from the data', () => {
    expect(check('content/ports/70000.mdx')).toThrow(/content\/ports\/70000\.mdx: names port "70000", which is not a port 0–65535 in the data/);
    expect(check('content/ports/080.mdx')).toThrow(/names port "080"/);
    expect(check('content/ports/ssh.mdx')).toThrow(/names port "ssh"/);
  });

  it('rejects prose for a range missing from the data', () => {
    expect(check('content/ranges/no-such-range.mdx')).toThrow(/content\/ranges\/no-such-range\.mdx: names range "no-such-range", which has no entry in content\/ranges\.ts/);
  });

  it('rejects links to ranges and ports that do not exist', () => {
    expect(check('content/ports/5432.mdx', '[x](/ranges/nowhere/)')).toThrow(/links to \/ranges\/nowhere\//);
    expect(check('content/ports/5432.mdx', '[x](/ports/65536/)')).toThrow(/links to \/ports\/65536\/, which is not a port/);
  });
});

describe('the IANA ranges in content/ranges.ts', () => {
  it('each need the short name that port pages use in sentences', () => {
    const raw = good();
    delete (raw.ranges.find((range) => range.slug === 'registered') as Record<string, unknown>).shortName;
    expect(problemsOf(raw)).toContainEqual(expect.stringMatching(/^content\/ranges\.ts: entry #\d+ \(slug "registered"\): field "shortName": an IANA range needs the short name sentences use$/));
  });

  it('must include well-known, registered and dynamic, which pages look up by slug', () => {
    const raw = good();
    raw.ranges.find((range) => range.slug === 'dynamic')!.slug = 'ephemeral';
    expect(problemsOf(raw)).toContainEqual(expect.stringMatching(/^content\/ranges\.ts: needs the IANA range "dynamic" \(kind "iana"\)$/));
  });
});

describe('problems reported as text by other checks', () => {
  it('still name their file, so the pull-request check can annotate it', () => {
    const error = new ContentError(['content/systems/example.ts: entry #1: field "ports": is empty', 'something without a file']);
    expect(error.details).toEqual([
      { file: 'content/systems/example.ts', message: 'entry #1: field "ports": is empty' },
      { file: '(content)', message: 'something without a file' },
    ]);
    expect(error.problems[0]).toBe('content/systems/example.ts: entry #1: field "ports": is empty');
  });
});

describe('each source is written once: content/sources.ts holds every source written out more than once', () => {
  it('accepts the committed data, where every shared source comes from the registry', () => {
    expect(problemsOf(good())).toEqual([]);
  });

  it('rejects a registry source written out again with another title, naming the id to cite instead', () => {
    const raw = good();
    const [id, shared] = Object.entries(raw.sources)[0] as [string, { url: string; title: string; kind: string }];
    notable(raw)[0].sources = [{ ...shared, title: `${shared.title} (retitled)` }];
    expect(problemsOf(raw)).toContainEqual(expect.stringContaining(`differs from source "${id}" in content/sources.ts: cite it as source.${id}`));
  });

  it('rejects a source written out in two files instead of once in the registry', () => {
    const raw = good();
    const written = { url: 'https://example.org/written-twice', title: 'A page cited from two files', kind: 'secondary' as const };
    notable(raw)[0].sources = [written];
    raw.ranges[0].sources = [written];
    expect(problemsOf(raw)).toContainEqual(expect.stringMatching(/source https:\/\/example\.org\/written-twice: is cited from 2 files .*write it once in content\/sources\.ts/));
  });

  it('rejects a source written out twice in one file, and accepts one written once and cited twice', () => {
    const raw = good();
    const copy = () => ({ url: 'https://example.org/copied', title: 'A page copied into two entries', kind: 'secondary' as const });
    notable(raw)[0].sources = [copy()];
    notable(raw)[1].sources = [copy()];
    expect(problemsOf(raw)).toContainEqual(expect.stringMatching(/source https:\/\/example\.org\/copied: is written out 2 times: write it once in content\/sources\.ts/));
    const once = copy();
    notable(raw)[0].sources = [once];
    notable(raw)[1].sources = [once];
    expect(problemsOf(raw)).toEqual([]);
  });

  it('rejects a bad registry entry, naming its id and field', () => {
    const raw = good();
    const [id, shared] = Object.entries(raw.sources)[0] as [string, Record<string, unknown>];
    raw.sources[id] = { ...shared, url: 'http://example.org/' };
    expect(problemsOf(raw)).toContainEqual(expect.stringMatching(new RegExp(`^content/sources\\.ts: source "${id}": field "url": must be an https:// URL`)));
  });
});
