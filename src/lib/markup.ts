/**
 * Escapes text for an HTML text node with the least markup: only `&` and `<` can start markup there. Port
 * pages carry commands and citations full of quotes and `>`; written as-is they stay one byte each instead of
 * `&quot;` or `&gt;`, on 65,536 pages. Never use it for attribute values.
 */
export function escapeTextNode(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}
