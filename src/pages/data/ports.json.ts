/** `/data/ports.json`: the open dataset (see /data/ for the schema). */
import { buildDate, content, portData, recordsByPort, registry } from '../../data/site-data';
import { buildDataset } from '../../lib/open-data';

export function GET(): Response {
  const dataset = buildDataset({ snapshotDate: registry.updated, generated: buildDate, recordsByPort, notableByPort: portData.notableByPort, ranges: content.ranges });
  return new Response(JSON.stringify(dataset), { headers: { 'content-type': 'application/json' } });
}
