import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const repo = path.resolve(import.meta.dirname, '../..');
const tool = path.join(repo, 'tools/validate-content.mjs');
const dataFile = 'content/notable-ports/database.ts';

/** Runs the tool the pull-request workflow runs, on a checkout, and returns its exit code and output. */
async function validate(root: string): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await run(process.execPath, [tool, '--root', root, '--format', 'github'], { env: { ...process.env, GITHUB_ACTIONS: '' } });
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, stdout: failed.stdout };
  }
}

describe('the content check a pull request runs (tools/validate-content.mjs)', () => {
  let copy: string;
  beforeAll(() => {
    copy = mkdtempSync(path.join(tmpdir(), 'port-atlas-validate-'));
    for (const folder of ['content', 'src']) cpSync(path.join(repo, folder), path.join(copy, folder), { recursive: true });
    cpSync(path.join(repo, 'package.json'), path.join(copy, 'package.json'));
    symlinkSync(path.join(repo, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
  });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('passes the committed content', async () => {
    const result = await validate(repo);
    expect(result.stdout).not.toContain('::error');
    expect(result.code).toBe(0);
  }, 120_000);

  it('annotates a deliberately broken entry on the line of the bad field, naming file, entry and field', async () => {
    // Break a copy: a source of PostgreSQL's entry gets a date that does not exist.
    const file = path.join(copy, dataFile);
    const text = readFileSync(file, 'utf8');
    const entryAt = text.indexOf('port: 5432,');
    const urlAt = text.indexOf('url:', entryAt);
    const broken = `${text.slice(0, urlAt)}checked: '2026-02-30',\n        ${text.slice(urlAt)}`;
    writeFileSync(file, broken);
    const line = broken.slice(0, broken.indexOf("checked: '2026-02-30'")).split('\n').length;

    const result = await validate(copy);
    expect(result.code).toBe(1);
    const annotations = result.stdout.split('\n').filter((output) => output.startsWith('::error'));
    expect(annotations).toEqual([
      `::error file=${dataFile},line=${line},title=port 5432%2C field "sources[0].checked"::port 5432, field "sources[0].checked": is not a real calendar date`,
    ]);
  }, 120_000);

  it('annotates a bad listener of a system file on its own ports line', async () => {
    const systemFile = 'content/systems/macos.ts';
    const file = path.join(copy, systemFile);
    const text = readFileSync(file, 'utf8');
    const broken = text.replace('ports: [5000, 7000],', 'ports: [70000, 7000],');
    expect(broken).not.toBe(text);
    writeFileSync(file, broken);
    const line = broken.slice(0, broken.indexOf('ports: [70000')).split('\n').length;

    const result = await validate(copy);
    const annotations = result.stdout.split('\n').filter((output) => output.startsWith(`::error file=${systemFile}`));
    expect(annotations).toEqual([
      expect.stringMatching(new RegExp(`^::error file=${systemFile.replace(/[./]/g, '\\$&')},line=${line},title=system "macos"%2C listener #2 \\(ports 70000%2C 7000\\)%2C field "listeners\\[1\\]\\.ports\\[0\\]"::.*must be between 0 and 65535`)),
    ]);
  }, 120_000);
});
