/**
 * Word search: curated aliases first (an exact name such as `ssh` or `postgres` leads to its port), then
 * Pagefind's full-text results. Loaded on demand by the search box and the search page. Everything shown
 * is built with DOM methods and textContent; no query text or index text is ever parsed as markup except
 * Pagefind's excerpts, which are reduced to text and <mark> elements.
 */
import { isCloseMatch } from '../lib/search-query';
import { portPath, searchPath, sitePath } from '../lib/urls';

export interface SearchHit {
  url: string;
  title: string;
  port?: string;
  service?: string;
  protocols?: string;
  range?: string;
  /** Pagefind's excerpt: escaped text with <mark> around matches. */
  excerpt: string;
  /** True for an exact alias or name match. */
  exact: boolean;
}

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string, options?: { filters?: Record<string, string> }): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

let pagefind: Promise<Pagefind> | undefined;
let aliases: Promise<[string, number, string][]> | undefined;

/**
 * Loads Pagefind once per page. The drop-down runs it on the main thread: the worker costs a 43 kB download
 * and a slower first answer for a small query. The search page asks for the worker, because there search
 * runs while the page loads and would otherwise block it.
 */
export function loadPagefind(inWorker = false): Promise<Pagefind> {
  return (pagefind ??= (import(/* @vite-ignore */ sitePath('/pagefind/pagefind.js')) as Promise<Pagefind>).then(async (module) => {
    // A weak page-length penalty: curated port pages say more than bare registry entries, and should not
    // lose to a short page that mentions the same word once (tests/e2e/search-purpose.spec.ts).
    await module.options({ excerptLength: 18, noWorker: !inWorker, ranking: { pageLength: 0.1 } });
    await module.init();
    return module;
  }));
}

function loadAliases(): Promise<[string, number, string][]> {
  return (aliases ??= fetch(sitePath('/search/aliases.json')).then((response) => (response.ok ? response.json() : [])));
}

/** Starts loading Pagefind and the aliases, so that the first query does not wait for both in turn. */
export function warmUp(): void {
  void loadPagefind();
  void loadAliases();
}

/** Exact name and alias matches only: these need just the small aliases file, so they show first. */
export async function exactHits(text: string): Promise<SearchHit[]> {
  const key = text.toLowerCase();
  return (await loadAliases())
    .filter(([alias]) => alias === key)
    .map(([, port, name]) => ({ url: portPath(port), title: `Port ${port}`, port: String(port), service: name, excerpt: '', exact: true }));
}

/** The words Pagefind highlighted in an excerpt. */
function highlighted(excerpt: string): string[] {
  return [...excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((match) => match[1]);
}

/** Pagefind loads each result's text separately: this many at a time, with a pause for the page in between. */
const BATCH = 10;

/**
 * Exact alias matches first, then Pagefind's results, up to `limit`. With `onBatch`, the hits are also handed
 * over as they load, ten at a time, so that a long list renders without one long task on the main thread.
 */
export async function searchWords(text: string, limit: number, filters?: Record<string, string>, onBatch?: (hits: SearchHit[]) => void): Promise<SearchHit[]> {
  const [engine, exact] = await Promise.all([loadPagefind(), exactHits(text)]);
  const response = await engine.search(text, filters ? { filters } : undefined);
  const seen = new Set(exact.map((hit) => hit.url));
  const hits = [...exact];
  if (onBatch && exact.length > 0) onBatch(exact);
  const results = response.results.slice(0, limit);
  for (let start = 0; start < results.length && hits.length < limit; start += BATCH) {
    if (start > 0) await new Promise((resolve) => setTimeout(resolve));
    const data = await Promise.all(results.slice(start, start + BATCH).map((result) => result.data()));
    const batch = data
      .filter((item) => !seen.has(item.url) && isCloseMatch(text, highlighted(item.excerpt)))
      .slice(0, limit - hits.length)
      .map((item) => ({
        url: item.url,
        title: item.meta.title ?? item.url,
        port: item.meta.port,
        service: item.meta.service,
        protocols: item.meta.protocols,
        range: item.meta.range,
        excerpt: item.excerpt,
        exact: false,
      }));
    hits.push(...batch);
    if (onBatch && batch.length > 0) onBatch(batch);
  }
  return hits;
}

/** Appends Pagefind's excerpt as text with <mark> elements, dropping any other markup. */
export function appendExcerpt(target: HTMLElement, excerpt: string): void {
  const doc = new DOMParser().parseFromString(`<body>${excerpt}</body>`, 'text/html');
  for (const node of doc.body.childNodes) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      target.append(mark);
    } else {
      target.append(node.textContent ?? '');
    }
  }
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Fills an element with one result: port and service first, then protocols and range, then the excerpt. */
function fillHit(link: HTMLElement, hit: SearchHit): void {
  const heading = element('span', 'hit-title', hit.port ? `${hit.port}` : hit.title);
  if (hit.port && hit.service) heading.append(element('span', 'hit-service', ` ${hit.service}`));
  link.append(heading);
  const details = [hit.protocols, hit.range].filter(Boolean).join(' · ');
  if (details) link.append(element('span', 'hit-meta', details));
  if (hit.exact) link.append(element('span', 'hit-meta', 'Exact name match'));
  if (hit.excerpt) {
    const excerpt = element('span', 'hit-excerpt');
    appendExcerpt(excerpt, hit.excerpt);
    link.append(excerpt);
  }
}

/** One result as a link, for the search page's list. */
export function hitLink(hit: SearchHit): HTMLAnchorElement {
  const link = document.createElement('a');
  link.href = hit.url;
  link.className = 'hit';
  fillHit(link, hit);
  return link;
}

/**
 * One result as a listbox option. Options hold no links (a link inside an option is a nested control for
 * assistive technology); the option's address is in data-href and the search box opens it on click or Enter.
 */
function hitOption(hit: SearchHit, id: string): HTMLLIElement {
  const item = element('li', 'search-option');
  item.id = id;
  item.setAttribute('role', 'option');
  item.setAttribute('aria-selected', 'false');
  item.dataset.href = hit.url;
  fillHit(item, hit);
  return item;
}

/** Fills a combobox listbox with results, or a "no results" line that links to the full search. */
export function renderOptions(list: HTMLUListElement, idPrefix: string, hits: SearchHit[], text: string): void {
  list.replaceChildren(...hits.map((hit, index) => hitOption(hit, `${idPrefix}-opt-${index}`)));
  const more = element('li', 'search-more', hits.length > 0 ? `All results for “${text}”` : `No quick results for “${text}”: open the search page`);
  more.setAttribute('role', 'option');
  more.setAttribute('aria-selected', 'false');
  more.id = `${idPrefix}-opt-more`;
  more.dataset.href = searchPath(text);
  list.append(more);
}
