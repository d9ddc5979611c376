/**
 * `/tools/port-picker-data.json`: what the port picker needs to judge every port in the browser, in about
 * 10 KB gzip: bitsets (base64) of IANA-assigned ports, reserved ports and known unofficial uses (curated
 * notable ports and notable spans that are not an OS's ephemeral range), and the OS ephemeral ranges.
 * Format: PickerDataJson in src/lib/port-picker.ts.
 */
import { content, portData, recordsByPort } from '../../data/site-data';
import { encodePickerData, pickerDataFrom } from '../../lib/port-picker';

export function GET(): Response {
  const data = pickerDataFrom(recordsByPort, portData.notableByPort.keys(), content.ranges, content.ephemeralRanges);
  return new Response(JSON.stringify(encodePickerData(data)), { headers: { 'content-type': 'application/json' } });
}
