import { describe, expect, it } from 'vitest';
import { citations, portCitationTitle, sectionCitationTitle } from '../../src/lib/citation';

const input = { title: 'Port 5432: PostgreSQL', url: 'https://example.org/ports/5432/', site: 'Port Atlas', date: '2026-08-17', accessDate: '2026-11-26' };
const forms = Object.fromEntries(citations(input).map((c) => [c.id, c.text]));

describe('citations', () => {
  it('give Markdown, MediaWiki, {{cite web}} and HTML forms of the canonical URL', () => {
    expect(forms.markdown).toBe('[Port 5432: PostgreSQL – Port Atlas](https://example.org/ports/5432/)');
    expect(forms.mediawiki).toBe('[https://example.org/ports/5432/ Port 5432: PostgreSQL – Port Atlas]');
    expect(forms.html).toBe('<a href="https://example.org/ports/5432/">Port 5432: PostgreSQL – Port Atlas</a>');
  });

  it('give {{cite web}} the website, the registry snapshot date and the access date', () => {
    expect(forms['cite-web']).toBe('{{cite web |title=Port 5432: PostgreSQL |url=https://example.org/ports/5432/ |website=Port Atlas |date=2026-08-17 |access-date=2026-11-26}}');
  });

  it('escape characters that would break each format', () => {
    const [markdown, mediawiki, citeWeb, html] = citations({ ...input, title: 'A [b] | {c} <d> & e', url: 'https://x.test/' });
    expect(markdown.text).toContain('A \\[b\\]');
    expect(mediawiki.text).not.toMatch(/A \[b\]/);
    expect(citeWeb.text).toContain('&#124;');
    expect(html.text).toContain('&lt;d&gt; &amp; e');
  });
});

describe('the title a port page is cited by', () => {
  it('names the assigned service', () => {
    expect(portCitationTitle({ port: 5432, status: 'assigned', name: 'PostgreSQL' })).toBe('Port 5432: PostgreSQL');
  });

  it('never nests parentheses', () => {
    expect(portCitationTitle({ port: 1, status: 'assigned', name: 'Livelog (log streaming)' })).toBe('Port 1: Livelog');
    expect(sectionCitationTitle('Port 5432: PostgreSQL', 'UDP')).toBe('Port 5432: PostgreSQL, UDP');
  });

  it('says that an unassigned or reserved port has no owner, whatever program uses it', () => {
    expect(portCitationTitle({ port: 60023, status: 'unassigned' })).toBe('Port 60023: not assigned by IANA');
    expect(portCitationTitle({ port: 60023, status: 'unassigned', name: 'Taskcluster livelog' })).toBe('Port 60023: not assigned by IANA');
    expect(portCitationTitle({ port: 0, status: 'reserved' })).toBe('Port 0: reserved by IANA');
  });
});
