/**
 * Escapes text for an HTML text node with the least markup: only `&` and `<` can start markup there. Port
 * pages carry commands and citations full of quotes and `>`; written as-is they stay one byte each instead of
 * `&quot;` or `&gt;`, on 65,536 pages. Never use it for attribute values.
 */
export function escapeTextNode(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

/**
 * Elements whose boundaries already break a line, so that whitespace next to their tags never shows:
 * block-level elements, and those that render nothing (head content, scripts). The stylesheet makes none of
 * them inline; inline elements (a, span, strong, label, code…) are left alone, since a space between two of
 * them is a visible space.
 */
const LINE_BREAKING = new Set([
  'html', 'head', 'body', 'title', 'meta', 'link', 'script', 'style', 'noscript', 'template',
  'header', 'nav', 'main', 'section', 'article', 'aside', 'footer', 'div', 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'details', 'summary', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
  'form', 'fieldset', 'legend', 'figure', 'figcaption', 'blockquote', 'hr', 'pre',
]);

/**
 * One token of markup: a whole element whose content is verbatim (pre, textarea, script, style: its whitespace
 * is text or code and is never touched), or any other single tag; then the whitespace after it, and the name of
 * the tag that follows that whitespace, if a tag does.
 */
const TOKEN = /(<(pre|textarea|script|style)\b[\s\S]*?<\/\2\s*>|<\/?([a-zA-Z][a-zA-Z0-9-]*)\b[^<>]*>)(\s*)(?:(?=<\/?([a-zA-Z][a-zA-Z0-9-]*))|)/g;

/**
 * Drops the whitespace between two tags when either of them is line-breaking, never inside verbatim content:
 * what Astro's compressHTML leaves (one space for every line break in a template) costs about 80 bytes on
 * each of 65,536 port pages and shows nowhere.
 */
export function dropInvisibleWhitespace(html: string): string {
  return html.replace(TOKEN, (token, tag: string, verbatimName: string | undefined, name: string | undefined, space: string, next: string | undefined) => {
    if (space === '' || next === undefined) return token;
    const here = (verbatimName ?? name ?? '').toLowerCase();
    return LINE_BREAKING.has(here) || LINE_BREAKING.has(next.toLowerCase()) ? tag : token;
  });
}
