/**
 * `/search/aliases.json`: the names people type for notable ports (curated aliases and display names),
 * fetched by the search box when someone types words, so that an exact name such as `postgres` or `rdp`
 * puts its port first. Format: [[alias, port, display name], …].
 */
import { content } from '../../data/site-data';

export function GET(): Response {
  const rows: [string, number, string][] = [];
  for (const entry of content.notablePorts) {
    const names = new Set([entry.name.toLowerCase(), ...entry.aliases]);
    for (const alias of names) rows.push([alias, entry.port, entry.name]);
  }
  rows.sort((a, b) => a[0].localeCompare(b[0]) || a[1] - b[1]);
  return new Response(JSON.stringify(rows), { headers: { 'content-type': 'application/json' } });
}
