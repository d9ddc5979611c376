/** Ready-to-paste citations of a page, in the forms wiki and document authors use. */
export interface Citation {
  id: 'markdown' | 'mediawiki' | 'cite-web' | 'html';
  label: string;
  text: string;
}

/** The placeholder for the access date; the page script replaces it with the reader's date. */
export const ACCESS_DATE_PATTERN = /\d{4}-\d{2}-\d{2}/;

export function citations(input: { title: string; url: string; site: string; accessDate: string }): Citation[] {
  const { title, url, site, accessDate } = input;
  // Wiki markup breaks on unescaped brackets, pipes and braces inside a title.
  const wikiTitle = title.replace(/[[\]|{}]/g, (c) => `&#${c.charCodeAt(0)};`);
  const htmlTitle = title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const markdownTitle = title.replace(/([[\]\\])/g, '\\$1');
  return [
    { id: 'markdown', label: 'Markdown', text: `[${markdownTitle} – ${site}](${url})` },
    { id: 'mediawiki', label: 'MediaWiki link', text: `[${url} ${wikiTitle} – ${site}]` },
    { id: 'cite-web', label: 'Wikipedia {{cite web}}', text: `{{cite web |title=${wikiTitle} |url=${url} |website=${site} |access-date=${accessDate}}}` },
    { id: 'html', label: 'HTML', text: `<a href="${url.replace(/"/g, '&quot;')}">${htmlTitle} – ${site}</a>` },
  ];
}

/** A citation split around its access date, so that the page can mark the date for the browser to update. */
export interface CitationBlock extends Citation {
  /** The text before and after the access date, or null when the form carries no date. */
  aroundDate: [before: string, after: string] | null;
}

/** The view model of a cite box (src/components/CiteBox.astro): the page's canonical URL and every form. */
export interface CiteBoxModel {
  url: string;
  accessDate: string;
  forms: CitationBlock[];
}

export function buildCiteBoxModel(input: { title: string; url: string; accessDate: string }): CiteBoxModel {
  const forms = citations({ ...input, site: 'Port Atlas' }).map((form) => {
    const [before, after] = form.text.split(ACCESS_DATE_PATTERN);
    return { ...form, aroundDate: after === undefined ? null : ([before, after] as [string, string]) };
  });
  return { url: input.url, accessDate: input.accessDate, forms };
}
