import { describe, expect, it } from 'vitest';
import {
  completeIssueUrl,
  correctionLineHtml,
  correctionLinks,
  ISSUE_FORMS,
  portSourceFile,
  type Repository,
} from '../../src/lib/corrections';
import { parseRepository } from '../../src/lib/repository';
import { notablePortSources, rangeSources, registry, systemSources } from '../../src/data/site-data';
import { MAX_PORT } from '../../src/lib/port-number';

const repo: Repository = { url: 'https://github.com/owner/repo', branch: 'main' };
const reader = { origin: 'https://port-atlas.example', hash: '' };

/** The query of a URL as a plain object, decoded the way GitHub reads it. */
const query = (url: string) => Object.fromEntries(new URL(url).searchParams);

describe('the footer links of a port page', () => {
  const links = correctionLinks(repo, {
    form: ISSUE_FORMS.correctPort,
    fields: { page: '/ports/5432/', snapshot: '2026-08-17' },
    source: portSourceFile({ path: 'content/notable-ports/database.ts', line: 57 }, 'content/ports/5432.mdx'),
  })!;

  it('open the "Correct a port" form with the page and the registry snapshot date filled in', () => {
    expect(links.issueUrl.startsWith('https://github.com/owner/repo/issues/new?')).toBe(true);
    expect(query(links.issueUrl)).toEqual({ template: 'port.yml', page: '/ports/5432/', snapshot: '2026-08-17' });
  });

  it('carry the full page URL and no section once clicked without an anchor', () => {
    expect(query(completeIssueUrl(links.issueUrl, reader))).toEqual({
      template: 'port.yml',
      page: 'https://port-atlas.example/ports/5432/',
      snapshot: '2026-08-17',
    });
  });

  it('carry the section when the reader came from an anchor, and only once however often they click', () => {
    const once = completeIssueUrl(links.issueUrl, { ...reader, hash: '#udp' });
    expect(query(once)).toMatchObject({ page: 'https://port-atlas.example/ports/5432/', section: '#udp' });
    expect(completeIssueUrl(once, { ...reader, hash: '#udp' })).toBe(once);
    expect(query(completeIssueUrl(once, { ...reader, hash: '#check' })).section).toBe('#check');
  });

  it('point the source link at the notable-ports entry, on its line, before the prose file', () => {
    expect(links.sourceUrl).toBe('https://github.com/owner/repo/blob/main/content/notable-ports/database.ts#L57');
    expect(links.sourceLabel).toBe('edit the source');
  });

  it('point a port without curated data at the guide for adding one', () => {
    const uncurated = correctionLinks(repo, { form: ISSUE_FORMS.correctPort, fields: { page: '/ports/60001/', snapshot: '2026-08-17' }, source: portSourceFile(undefined, undefined) })!;
    expect(uncurated.sourceUrl).toBe('https://github.com/owner/repo/blob/main/CONTRIBUTING.md#add-a-port');
    expect(uncurated.sourceLabel).toBe('how to add it');
  });
});

describe('the footer links of a range page and an essay page', () => {
  it('open the "Correct a page" form for a range, with its section, and link content/ranges.ts at the range', () => {
    const x11 = rangeSources.get('x11')!;
    const links = correctionLinks(repo, { form: ISSUE_FORMS.correctPage, fields: { page: '/ranges/x11/', snapshot: '2026-08-17' }, source: x11 })!;
    expect(query(links.issueUrl)).toEqual({ template: 'page.yml', page: '/ranges/x11/', snapshot: '2026-08-17' });
    expect(query(completeIssueUrl(links.issueUrl, { ...reader, hash: '#counts' }))).toMatchObject({ page: 'https://port-atlas.example/ranges/x11/', section: '#counts' });
    expect(links.sourceUrl).toMatch(/^https:\/\/github\.com\/owner\/repo\/blob\/main\/content\/ranges\.ts#L\d+$/);
  });

  it('link an essay to its MDX file, on the configured branch', () => {
    const links = correctionLinks({ ...repo, branch: 'trunk' }, { form: ISSUE_FORMS.correctPage, fields: { page: '/port-atlas/learn/dynamic-range/', snapshot: '2026-08-17' }, source: { path: 'content/learn/dynamic-range.mdx' } })!;
    expect(query(completeIssueUrl(links.issueUrl, reader))).toEqual({ template: 'page.yml', page: 'https://port-atlas.example/port-atlas/learn/dynamic-range/', snapshot: '2026-08-17' });
    expect(query(completeIssueUrl(links.issueUrl, { ...reader, hash: '#why' })).section).toBe('#why');
    expect(links.sourceUrl).toBe('https://github.com/owner/repo/blob/trunk/content/learn/dynamic-range.mdx');
  });
});

describe('the footer links of a system page', () => {
  it('point at the system\'s own data file', () => {
    const source = systemSources.get('macos')!;
    expect(source).toEqual({ path: 'content/systems/macos.ts' });
    const links = correctionLinks(repo, { form: ISSUE_FORMS.correctPage, fields: { page: '/systems/macos/', snapshot: '2026-08-17' }, source })!;
    expect(links.sourceUrl).toBe('https://github.com/owner/repo/blob/main/content/systems/macos.ts');
  });
});

describe('without PORT_ATLAS_REPO', () => {
  it('there are no links, so the line is left out', () => {
    expect(parseRepository(undefined, undefined)).toBeNull();
    expect(parseRepository('', 'main')).toBeNull();
    expect(correctionLinks(null, { form: ISSUE_FORMS.correctPage, fields: { page: '/learn/', snapshot: '2026-08-17' }, source: null })).toBeNull();
  });

  it('a value that is not a GitHub repository fails the build naming the variable', () => {
    expect(() => parseRepository('github.com/owner/repo', undefined)).toThrow(/PORT_ATLAS_REPO: "github.com\/owner\/repo" is not a GitHub repository URL/);
    expect(() => parseRepository('https://gitlab.com/owner/repo', undefined)).toThrow(/PORT_ATLAS_REPO/);
    expect(parseRepository('https://github.com/owner/repo.git/', undefined)).toEqual({ url: 'https://github.com/owner/repo', branch: 'main' });
    expect(parseRepository('https://github.com/owner/repo', 'release')).toEqual({ url: 'https://github.com/owner/repo', branch: 'release' });
  });
});

describe('the footer line on a port page', () => {
  it('finds the line of every notable port entry in its data file', () => {
    expect(notablePortSources.size).toBeGreaterThan(40);
    for (const [port, source] of notablePortSources) {
      expect(source.line, `port ${port}`).toBeGreaterThan(0);
    }
  });

  it('costs at most 300 bytes for every port, curated or not, with a repository at https://github.com/owner/repo', () => {
    const sizes: number[] = [];
    for (let port = 0; port <= MAX_PORT; port++) {
      const links = correctionLinks(repo, {
        form: ISSUE_FORMS.correctPort,
        fields: { page: `/ports/${port}/`, snapshot: registry.updated },
        source: portSourceFile(notablePortSources.get(port), undefined),
      })!;
      sizes.push(Buffer.byteLength(correctionLineHtml(links)));
    }
    expect(Math.max(...sizes)).toBeLessThanOrEqual(300);
  });

  it('escapes nothing it does not have to, and everything it must', () => {
    const html = correctionLineHtml({ issueUrl: 'https://github.com/o/r/issues/new?template=port.yml&page=/ports/1/&snapshot=2026-08-17', sourceUrl: 'https://x.example/a"b<c&amp', sourceLabel: 'edit the source' });
    expect(html).toContain('template=port.yml&page=/ports/1/&snapshot=2026-08-17"');
    expect(html).toContain('href="https://x.example/a&quot;b&lt;c&amp;amp"');
  });
});
