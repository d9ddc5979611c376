/**
 * The open dataset behind `/data/ports.json` and `/data/ports.csv`: per port, the IANA records and the
 * curated data with its sources. Pure: it takes the parsed registry and the validated content.
 */
import { plainText, type IanaPerson, type IanaRecord } from './iana';
import { ianaRangeOf, portStatus, subRangesOf } from './ports';
import type { NotablePort } from './schemas/notable-port';
import { MAX_PORT } from './port-number';
import type { PortRange } from './schemas/port-range';

export const DATASET_VERSION = 1;

export const LICENCES = {
  iana: 'IANA registry data: published by IANA under its terms of use (https://www.iana.org/help/licensing-terms); contact e-mail addresses are omitted.',
  curated: 'Port Atlas curated data (summaries, categories, aliases, unofficial uses, security notes, ranges): CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).',
};

const person = (p: IanaPerson) => ({ name: p.name, organisation: p.org });

export function recordData(record: IanaRecord) {
  return {
    service: record.serviceName,
    protocol: record.protocol,
    portStart: record.ports?.start ?? null,
    portEnd: record.ports?.end ?? null,
    status: record.status,
    description: record.descriptionText,
    assignees: record.assignees.map(person),
    contacts: record.contacts.map(person),
    registered: record.registered,
    modified: record.modified,
    references: record.references.map((ref) => (ref.kind === 'person' ? { kind: 'person', label: ref.person.name ?? ref.person.org ?? ref.person.id } : { kind: ref.kind, label: ref.label, url: 'url' in ref ? ref.url : null })),
    note: record.notes ? plainText(record.notes) : null,
    unauthorizedUse: record.unauthorizedUse ? plainText(record.unauthorizedUse) : null,
    deassignedOn: record.deassignedOn,
    dccpServiceCode: record.serviceCode,
  };
}

export interface DatasetInput {
  snapshotDate: string;
  generated: string;
  recordsByPort: readonly IanaRecord[][];
  notableByPort: ReadonlyMap<number, NotablePort>;
  ranges: readonly PortRange[];
}

/**
 * Every port that has an IANA assignment or reservation, or curated data. Ports left out are unassigned
 * with no curated data; placeholder "Unassigned" rows are not repeated for them.
 */
export function buildDataset(input: DatasetInput) {
  const ports = [];
  for (let port = 0; port <= MAX_PORT; port++) {
    const records = input.recordsByPort[port].filter((record) => record.status !== 'unassigned');
    const notable = input.notableByPort.get(port);
    if (records.length === 0 && !notable) continue;
    ports.push({
      port,
      range: ianaRangeOf(port, input.ranges).slug,
      subRanges: subRangesOf(port, input.ranges).map((range) => range.slug),
      status: portStatus(input.recordsByPort[port]),
      iana: records.map(recordData),
      curated: notable ?? null,
    });
  }
  return {
    version: DATASET_VERSION,
    snapshot: input.snapshotDate,
    generated: input.generated,
    schema: 'See /data/ for the meaning of every field.',
    licences: LICENCES,
    // shortName is wording for the site's own sentences, not data.
    ranges: input.ranges.map(({ shortName, ...range }) => range),
    ports,
  };
}

export const CSV_COLUMNS = ['port', 'kind', 'protocol', 'service', 'status', 'description', 'assignees', 'registered', 'modified', 'references', 'note', 'unauthorized_use', 'category', 'sources'] as const;

function csvField(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One row per IANA record per port and one per curated entry; lists are joined with " | ". */
export function datasetCsv(dataset: ReturnType<typeof buildDataset>): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const entry of dataset.ports) {
    for (const record of entry.iana) {
      lines.push([entry.port, 'iana', record.protocol, record.service, record.status, record.description, record.assignees.map((a) => a.name ?? a.organisation).join(' | '), record.registered, record.modified, record.references.map((r) => r.url ?? r.label).join(' | '), record.note, record.unauthorizedUse, null, null].map(csvField).join(','));
    }
    const curated = entry.curated;
    if (curated) {
      lines.push([entry.port, 'curated', curated.protocols.join(' | '), curated.name, curated.status, curated.summary, null, null, null, null, null, null, curated.category, curated.sources.map((s) => s.url).join(' | ')].map(csvField).join(','));
    }
  }
  return `${lines.join('\n')}\n`;
}
