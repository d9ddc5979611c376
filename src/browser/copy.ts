/**
 * Copy buttons and citations, added in the browser so that their markup is written once, here, instead of
 * on every page:
 * - a "Copy" button beside every code block, named after what it copies;
 * - a "Copy link" button beside every section heading that links to itself;
 * - the citation forms rebuilt with today's access date, and for the section the reader arrived at through
 *   an anchor (`/ports/5432/#udp` cites the UDP records);
 * Without JavaScript the page shows the commands and citations as text, and no control that cannot work.
 */
import { CITE_BOX, CODE_BLOCKS, LINKED_HEADINGS } from './copy-targets';

// The citation forms are rebuilt by src/lib/citation.ts only when a section is cited; it loads on demand.
type CitationModule = typeof import('../lib/citation');

function button(label: string, name: string): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = 'copy';
  element.textContent = label;
  element.setAttribute('aria-label', name);
  return element;
}

const text = (element: Element | null | undefined) => element?.textContent?.trim() ?? '';
const shorten = (value: string) => (value.length > 60 ? `${value.slice(0, 57)}…` : value);

function nameFor(pre: HTMLPreElement): string {
  const form = pre.closest('dd')?.previousElementSibling;
  if (pre.closest('dl.cite') && form) return `Copy the ${text(form)} citation`;
  if (pre.closest('#check details')) return `Copy command: ${shorten(text(pre))}`;
  return `Copy code: ${shorten(text(pre).split('\n')[0])}`;
}

// Code blocks: wrap each one with its button. A command scrolls sideways rather than break inside a token, so
// it takes keyboard focus to be scrolled without a mouse (citations wrap instead, see site.css).
for (const pre of document.querySelectorAll<HTMLPreElement>(CODE_BLOCKS)) {
  if (!pre.closest('dl.cite')) pre.tabIndex = 0;
  const copy = button('Copy', nameFor(pre));
  const frame = document.createElement('div');
  frame.className = 'cmd';
  pre.replaceWith(frame);
  frame.append(pre, copy);
}

// Section headings: a copy-link button beside each heading that links to its own section.
const cite = document.querySelector<HTMLElement>(CITE_BOX);
const pageUrl = cite?.querySelector('dd > a')?.getAttribute('href') ?? location.href.replace(/#.*$/, '');
for (const link of document.querySelectorAll<HTMLAnchorElement>(LINKED_HEADINGS)) {
  const heading = link.parentElement!;
  // Headings from prose end with a "#" anchor; the page's own headings are the link.
  const title = text(heading).replace(/#$/, '').trim();
  const copy = button('Copy link', `Copy link to section: ${title}`);
  copy.classList.add('copy-link');
  copy.dataset.link = pageUrl + link.getAttribute('href');
  heading.append(copy);
}

async function copyText(trigger: HTMLButtonElement, value: string, fallback: Element) {
  const label = trigger.textContent;
  try {
    await navigator.clipboard.writeText(value);
    trigger.textContent = 'Copied';
  } catch {
    // Clipboard access can be refused (insecure origin, permissions): select the text instead.
    getSelection()?.selectAllChildren(fallback);
    trigger.textContent = 'Press Ctrl+C';
  }
  setTimeout(() => { trigger.textContent = label; }, 2000);
}

document.addEventListener('click', (event) => {
  const trigger = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button.copy') : null;
  if (!trigger) return;
  if (trigger.dataset.link) void copyText(trigger, trigger.dataset.link, trigger.parentElement!);
  else {
    const pre = trigger.parentElement?.querySelector('pre');
    if (pre) void copyText(trigger, pre.textContent ?? '', pre);
  }
});

// Citations: today's date, and the section the reader is looking at.
const now = new Date();
const today = [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');

/** The name of the section an anchor points at, or null for the whole page. */
function sectionName(id: string): string | null {
  if (!id || id === 'cite' || id === 'main') return null;
  const target = document.getElementById(id);
  if (!target || !target.closest('main') || target.closest('.footnotes, .page-toc')) return null;
  const heading = target.matches('h2, h3') ? target : target.querySelector(':scope > h2, :scope > h3');
  if (heading) return text(heading.querySelector('a') ?? heading).replace(/#$/, '').trim();
  const label = target.querySelector(':scope > strong');
  if (label) return text(label);
  // A short labelled element, such as a protocol name in "TCP, UDP, SCTP and DCCP: no record".
  if (target.children.length === 0 && text(target).length <= 40) return text(target);
  const section = target.closest('section[id]');
  return section && section !== target ? sectionName(section.id) : null;
}

let citationModule: Promise<CitationModule> | undefined;
const wholePage = cite ? [...cite.querySelectorAll('dd pre')].map((pre) => (pre.textContent ?? '').replace(/(\|access-date=)\d{4}-\d{2}-\d{2}/, `$1${today}`)) : [];

async function renderCitations() {
  if (!cite) return;
  const { title = '', date = '' } = cite.dataset;
  const id = decodeURIComponent(location.hash.slice(1));
  const section = sectionName(id);
  let texts = wholePage;
  if (section) {
    const { citations, sectionCitationTitle, CITATION_SITE } = await (citationModule ??= import('../lib/citation'));
    texts = citations({ title: sectionCitationTitle(title, section), url: `${pageUrl}#${id}`, site: CITATION_SITE, date, accessDate: today }).map((form) => form.text);
  }
  // The box lists the forms in the order citations() returns them.
  cite.querySelectorAll('dd pre').forEach((pre, i) => {
    if (texts[i] !== undefined) pre.textContent = texts[i];
  });
  let scope = cite.previousElementSibling?.classList.contains('cite-scope') ? cite.previousElementSibling : null;
  if (!section) {
    scope?.remove();
    return;
  }
  if (!scope) {
    scope = document.createElement('p');
    scope.className = 'cite-scope';
    cite.before(scope);
  }
  scope.textContent = `Citing the section “${section}”. `;
  const whole = document.createElement('a');
  whole.href = '#cite';
  whole.textContent = 'Cite the whole page';
  scope.append(whole);
}
void renderCitations();
addEventListener('hashchange', () => void renderCitations());

export {};
