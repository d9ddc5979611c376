import { describe, expect, it } from 'vitest';
import { citations } from '../../src/lib/citation';

const forms = Object.fromEntries(
  citations({ title: 'Port 5432 (PostgreSQL)', url: 'https://example.org/ports/5432/', site: 'Port Atlas', accessDate: '2026-11-26' }).map((c) => [c.id, c.text]),
);

describe('citations', () => {
  it('give Markdown, MediaWiki, {{cite web}} and HTML forms of the canonical URL', () => {
    expect(forms.markdown).toBe('[Port 5432 (PostgreSQL) – Port Atlas](https://example.org/ports/5432/)');
    expect(forms.mediawiki).toBe('[https://example.org/ports/5432/ Port 5432 (PostgreSQL) – Port Atlas]');
    expect(forms['cite-web']).toBe('{{cite web |title=Port 5432 (PostgreSQL) |url=https://example.org/ports/5432/ |website=Port Atlas |access-date=2026-11-26}}');
    expect(forms.html).toBe('<a href="https://example.org/ports/5432/">Port 5432 (PostgreSQL) – Port Atlas</a>');
  });

  it('escape characters that would break each format', () => {
    const [markdown, mediawiki, citeWeb, html] = citations({ title: 'A [b] | {c} <d> & e', url: 'https://x.test/', site: 'S', accessDate: '2026-01-01' });
    expect(markdown.text).toContain('A \\[b\\]');
    expect(mediawiki.text).not.toMatch(/A \[b\]/);
    expect(citeWeb.text).toContain('&#124;');
    expect(html.text).toContain('&lt;d&gt; &amp; e');
  });
});
