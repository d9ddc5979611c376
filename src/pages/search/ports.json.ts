/**
 * `/search/ports.json`: every port that has an IANA assignment or curated data, with a short label, for
 * the search page to list the ports inside a span (`6000-6063`). Format: [[port, label], …].
 */
import { content, portData, recordsByPort } from '../../data/site-data';
import { MAX_PORT } from '../../lib/port-number';

export function GET(): Response {
  const rows: [number, string][] = [];
  for (let port = 0; port <= MAX_PORT; port++) {
    const notable = portData.notableByPort.get(port);
    const assigned = recordsByPort[port].find((record) => record.status === 'assigned');
    if (notable) rows.push([port, notable.name]);
    else if (assigned) rows.push([port, assigned.serviceName ?? assigned.descriptionText]);
  }
  return new Response(JSON.stringify({ ranges: content.ranges.map((r) => [r.slug, r.name, r.start, r.end]), ports: rows }), {
    headers: { 'content-type': 'application/json' },
  });
}
