/**
 * `/tools/port-picker-data.json`: what the port picker needs to judge every port in the browser, in about
 * 10 KB gzip: per protocol (TCP, UDP), bitsets (base64) of IANA-assigned ports, reserved ports and curated
 * notable ports; the curated spans in unofficial use (those that are not an OS's ephemeral range), by name;
 * and the OS ephemeral ranges.
 * Format: PickerDataJson in src/lib/port-picker.ts.
 */
import { content, portData, recordsByPort } from '../../data/site-data';
import { encodePickerData, pickerDataFrom } from '../../lib/port-picker';

export function GET(): Response {
  const data = pickerDataFrom(recordsByPort, portData.notableByPort.values(), content.ranges, content.ephemeralRanges);
  return new Response(JSON.stringify(encodePickerData(data)), { headers: { 'content-type': 'application/json' } });
}
