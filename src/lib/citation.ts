/**
 * Ready-to-paste citations of a page, in the forms wiki and document authors use. The browser rebuilds
 * them with the same function (src/browser/copy.ts) for today's date and for the section a reader is on.
 */
import type { PortStatus } from './ports';

export interface Citation {
  id: 'markdown' | 'mediawiki' | 'cite-web' | 'html';
  label: string;
  text: string;
}

export interface CitationInput {
  /** What the page is, without the site name, e.g. "Port 5432: PostgreSQL". */
  title: string;
  /** The canonical address, with a #fragment when citing one section. */
  url: string;
  /** The site name, used as {{cite web}}'s website. */
  site: string;
  /** The date the data was published: the IANA registry snapshot the page shows. */
  date: string;
  /** YYYY-MM-DD. */
  accessDate: string;
}

/** The access date in a citation: replaced by the reader's date in the browser. */
export const ACCESS_DATE_PATTERN = /\d{4}-\d{2}-\d{2}/;

export function citations(input: CitationInput): Citation[] {
  const { title, url, site, date, accessDate } = input;
  // Wiki markup breaks on unescaped brackets, pipes and braces inside a title.
  const wikiTitle = title.replace(/[[\]|{}]/g, (c) => `&#${c.charCodeAt(0)};`);
  const htmlTitle = title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const markdownTitle = title.replace(/([[\]\\])/g, '\\$1');
  return [
    { id: 'markdown', label: 'Markdown', text: `[${markdownTitle} – ${site}](${url})` },
    { id: 'mediawiki', label: 'MediaWiki link', text: `[${url} ${wikiTitle} – ${site}]` },
    { id: 'cite-web', label: 'Wikipedia {{cite web}}', text: `{{cite web |title=${wikiTitle} |url=${url} |website=${site} |date=${date} |access-date=${accessDate}}}` },
    { id: 'html', label: 'HTML', text: `<a href="${url.replace(/"/g, '&quot;')}">${htmlTitle} – ${site}</a>` },
  ];
}

/** A name without a trailing parenthesis, so that a title never nests them: "Taskcluster livelog (log streaming)" → "Taskcluster livelog". */
export const withoutAside = (name: string) => name.replace(/\s*\([^()]*\)\s*$/, '').trim() || name;

/**
 * The title a port page is cited by. It names the IANA assignment, or says that there is none: a program
 * that merely uses an unassigned number never appears as if it owned it.
 */
export function portCitationTitle(input: { port: number; status: PortStatus; /** The assigned service's name. */ name?: string }): string {
  const { port, status, name } = input;
  if (status === 'assigned') return name ? `Port ${port}: ${withoutAside(name)}` : `Port ${port}`;
  return status === 'reserved' ? `Port ${port}: reserved by IANA` : `Port ${port}: not assigned by IANA`;
}

/** The title of one section of a page: "Port 5432: PostgreSQL, UDP". */
export const sectionCitationTitle = (title: string, section: string): string => `${title}, ${section}`;

/** The site name every citation carries ({{cite web}}'s website). */
export const CITATION_SITE = 'Port Atlas';

/**
 * The view model of a cite box (src/components/CiteBox.astro): the page's title, canonical address and
 * publication date (which src/browser/copy.ts reads back to cite a section) and every form, in the order
 * citations() returns them, which the browser relies on when it rewrites them.
 */
export interface CiteBoxModel {
  title: string;
  url: string;
  date: string;
  forms: Citation[];
}

export function buildCiteBoxModel(input: Omit<CitationInput, 'site'>): CiteBoxModel {
  return { title: input.title, url: input.url, date: input.date, forms: citations({ ...input, site: CITATION_SITE }) };
}
