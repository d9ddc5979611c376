import type { Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { rehypePortAtlas } from '../../src/lib/markdown/rehype-port-atlas';

const headingIds = (path: string, ...titles: string[]) => {
  const tree: Root = { type: 'root', children: titles.map((title) => ({ type: 'element', tagName: 'h3', properties: {}, children: [{ type: 'text', value: title }] })) };
  rehypePortAtlas({ base: '/' })(tree, { path });
  return tree.children.map((node) => (node.type === 'element' ? node.properties.id : null));
};

describe('prose heading ids', () => {
  it('leave a port page\'s own section fragments (#history, #check) to the page', () => {
    expect(headingIds('/repo/content/ports/22.mdx', 'History', 'How to check it', 'Check')).toEqual(['prose-history', 'how-to-check-it', 'prose-check']);
  });

  it('stay as they are in essays and range prose', () => {
    expect(headingIds('/repo/content/learn/history.mdx', 'History')).toEqual(['history']);
    expect(headingIds('/repo/content/ranges/x11.mdx', 'History')).toEqual(['history']);
  });
});
