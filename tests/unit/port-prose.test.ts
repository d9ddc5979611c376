import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROSE_HEADINGS, proseTopics, splitProseHtml } from '../../src/lib/port-prose';

const body = (file: string) => readFileSync(`content/ports/${file}`, 'utf8').replace(/^---[\s\S]*?---\n/, '');

describe('port prose topics', () => {
  it('are known for every prose file, each topic once', () => {
    const files = readdirSync('content/ports').filter((file) => file.endsWith('.mdx'));
    expect(files.length).toBeGreaterThan(40);
    for (const file of files) {
      const topics = proseTopics(body(file), file);
      expect(new Set(topics).size, file).toBe(topics.length);
    }
  });

  it('put 60023\'s parts in the range, unofficial-use, check and why sections', () => {
    expect(proseTopics(body('60023.mdx'), '60023.mdx')).toEqual(['range', 'unofficial', 'check', 'why', 'notes']);
  });

  it('treat text before any heading as the introduction', () => {
    expect(proseTopics(body('5432.mdx'), '5432.mdx')).toEqual(['intro']);
  });

  it('reject a heading the page has no section for, naming the file and the heading', () => {
    expect(() => proseTopics('## About this port\n\nText.', 'content/ports/1.mdx')).toThrow(/content\/ports\/1\.mdx: the heading "About this port" names no section/);
  });

  it('reject a heading with nothing under it, and a topic written twice', () => {
    expect(() => proseTopics('### History\n\n### How to check it\n\nText.', 'x.mdx')).toThrow(/"History" has nothing under it/);
    expect(() => proseTopics('### History\n\nA.\n\n### History\n\nB.', 'x.mdx')).toThrow(/repeats a topic/);
  });

  it('ignore heading-like lines inside code blocks', () => {
    expect(proseTopics('### How to check it\n\n```\n# not a heading\n## nor this\n```\n', 'x.mdx')).toEqual(['check']);
  });

  it('accept every heading it documents', () => {
    for (const heading of PROSE_HEADINGS) expect(() => proseTopics(`## ${heading}\n\nText.`, 'x.mdx')).not.toThrow();
  });
});

describe('splitting rendered prose', () => {
  const html = '<p>Intro.</p><h3 id="how-to-check-it">How to check it<a class="anchor" href="#how-to-check-it">#</a></h3><p>Run it.</p><h3 id="history">History</h3><p>Old.</p><section data-footnotes class="footnotes"><h2 id="footnote-label">Footnotes</h2><ol></ol></section>';

  it('gives each part without its heading, keeping the heading id', () => {
    const parts = splitProseHtml(html, 'x.mdx');
    expect(parts.map((part) => part.topic)).toEqual(['intro', 'check', 'history', 'notes']);
    expect(parts[1]).toEqual({ topic: 'check', headingId: 'how-to-check-it', html: '<p>Run it.</p>' });
    expect(parts.slice(0, 3).every((part) => !/<h\d/.test(part.html))).toBe(true);
  });

  it('keeps the footnotes, heading and all, as the notes part', () => {
    expect(splitProseHtml(html, 'x.mdx').at(-1)!.html).toMatch(/^<section data-footnotes/);
  });
});
