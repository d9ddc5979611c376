/** `/data/ports.csv`: the open dataset as CSV (see /data/ for the columns). */
import { buildDate, content, portData, recordsByPort, registry } from '../../data/site-data';
import { buildDataset, datasetCsv } from '../../lib/open-data';

export function GET(): Response {
  const dataset = buildDataset({ snapshotDate: registry.updated, generated: buildDate, recordsByPort, notableByPort: portData.notableByPort, ranges: content.ranges });
  return new Response(datasetCsv(dataset), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
}
