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
