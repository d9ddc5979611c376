/**
 * One rehype plugin for all MDX prose, so that prose pages behave like the rest of the site:
 * - root-relative links (`/ports/22/`) get the configured base path, so prose works under `/port-atlas/`;
 * - every heading gets a stable id (if it has none) and a visible "link to this section" anchor;
 * - code blocks stay plain <pre>: src/browser/copy.ts gives each one its copy button in the browser.
 * It walks the tree by hand rather than pulling in three plugins; the rules are small.
 */
import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { normaliseBase, withBase } from '../urls';

/**
 * Fragments that a port page gives its own sections (the URL contract's `#tcp`, `#check`, `#history`…). A port's
 * prose heading that would take one of them (many have "### History") gets a `prose-` prefix instead, so that
 * `/ports/<n>/#history` always means the registry history.
 */
const PORT_PAGE_SECTION_IDS = new Set(['summary', 'prose', 'range', 'iana', 'tcp', 'udp', 'sctp', 'dccp', 'any-protocol', 'history', 'ephemeral', 'unofficial', 'security', 'check', 'why', 'around', 'cite', 'data-source']);
const PORT_PROSE_FILE = /[\\/]content[\\/]ports[\\/][^\\/]+\.mdx?$/;

function textOf(node: ElementContent | RootContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

function isElement(node: RootContent | ElementContent, tag?: string): node is Element {
  return node.type === 'element' && (tag === undefined || node.tagName === tag);
}

export function rehypePortAtlas(options: { base: string }) {
  const base = normaliseBase(options.base);
  return (tree: Root, file?: { path?: string }) => {
    const slugger = new GithubSlugger();
    const portProse = PORT_PROSE_FILE.test(file?.path ?? '');
    const visit = (parent: Root | Element) => {
      parent.children.forEach((child) => {
        if (!isElement(child)) return;
        if (child.tagName === 'a') {
          const href = child.properties.href;
          if (typeof href === 'string' && href.startsWith('/') && !href.startsWith('//') && base !== '/') {
            child.properties.href = withBase(base, href);
          }
        }
        if (/^h[2-6]$/.test(child.tagName)) {
          let id = typeof child.properties.id === 'string' && child.properties.id ? child.properties.id : slugger.slug(textOf(child));
          if (portProse && PORT_PAGE_SECTION_IDS.has(id)) id = slugger.slug(`prose-${id}`);
          child.properties.id = id;
          child.children.push({
            type: 'element',
            tagName: 'a',
            properties: { className: ['anchor'], href: `#${id}`, ariaLabel: `Link to this section: ${textOf(child)}` },
            children: [{ type: 'text', value: '#' }],
          });
          return;
        }
        visit(child);
      });
    };
    visit(tree);
  };
}
