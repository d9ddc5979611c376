/**
 * The registry's history: what changed between consecutive IANA snapshots, record by record.
 *
 * Records are matched in three passes, from the most to the least certain: the same service name, protocol and
 * number; then the same service name and protocol (the number or span moved); then the same protocol and number
 * (the name or status changed, as in a de-assignment that turns `foo` into "Reserved"). Whatever is left was
 * added or removed. A change is dated by the snapshot that first shows it and the one before, since IANA may
 * have published versions in between that nobody kept.
 *
 * Pure: it takes parsed registries (src/lib/iana.ts) and returns plain data, which tools/ serialises into
 * content/iana/history.json so that the build never parses 40-odd snapshots.
 */
import type { IanaPerson, IanaRecord, IanaReference, IanaRegistry, RecordStatus, RichText } from './iana';
import { plainText } from './iana';
import type { Protocol } from './port-number';

/**
 * - `assigned`: a new assignment (a new named record, or a reserved/unassigned row that became one);
 * - `deassigned`: an assignment withdrawn (its record removed, or turned into a reserved/unassigned row);
 * - `changed`: a field of an existing record changed;
 * - `placeholder`: an unassigned or reserved row redrawn (spans split or merged around new assignments).
 */
export type ChangeKind = 'assigned' | 'deassigned' | 'changed' | 'placeholder';
export const CHANGE_KINDS: readonly ChangeKind[] = ['assigned', 'deassigned', 'changed', 'placeholder'];

/** The fields compared between two versions of a record, in the order they are reported. */
export const COMPARED_FIELDS = [
  'service',
  'ports',
  'status',
  'description',
  'assignees',
  'contacts',
  'references',
  'notes',
  'unauthorizedUse',
  'serviceCode',
  'registered',
  'modified',
] as const;
export type RecordField = (typeof COMPARED_FIELDS)[number];

export const FIELD_LABELS: Record<RecordField, string> = {
  service: 'service name',
  ports: 'number',
  status: 'status',
  description: 'description',
  assignees: 'assignee',
  contacts: 'contact',
  references: 'references',
  notes: 'note',
  unauthorizedUse: 'unauthorized use',
  serviceCode: 'service code',
  registered: 'registration date',
  modified: 'modification date',
};

/** One version of a record as the history shows it: plain text, people by name, no contact addresses. */
export interface RecordVersion {
  service: string | null;
  protocol: Protocol | null;
  /** [start, end]; equal for a single port. */
  ports: [number, number] | null;
  status: RecordStatus;
  description: string;
  assignees: string[];
  contacts: string[];
  references: string[];
  notes: string;
  unauthorizedUse: string;
  serviceCode: string | null;
  /** The record's own `date` attribute. */
  registered: string | null;
  /** The record's own `updated` attribute. */
  modified: string | null;
}

export interface RegistryChange {
  /** The snapshot before the change. */
  since: string;
  /** The first snapshot that shows the change. */
  seen: string;
  kind: ChangeKind;
  /** The record before the change; null when it was added. */
  before: RecordVersion | null;
  /** The record after the change; null when it was removed. */
  after: RecordVersion | null;
  /** Fields that differ, when the record exists on both sides. */
  fields: RecordField[];
}

export interface SnapshotInfo {
  /** The registry's own `<updated>` date. */
  date: string;
  records: number;
}

export interface RegistryHistory {
  snapshots: SnapshotInfo[];
  /** Oldest snapshot first; within a snapshot, in the new registry's order. */
  changes: RegistryChange[];
}

const personName = (person: IanaPerson): string => person.name ?? person.org ?? person.id;

function referenceLabel(ref: IanaReference): string {
  return ref.kind === 'person' ? personName(ref.person) : ref.label;
}

/**
 * Text with its references spelled out by identity (an RFC number, a URL, a person's registry id), so that a
 * person renamed in the registry's <people> section does not count as a change to every record naming them.
 */
function canonicalText(text: RichText | null): string {
  if (!text) return '';
  return text
    .map((part) => {
      if (part.kind === 'text') return part.text;
      if (part.kind === 'break') return ' ';
      return `[${referenceIdentity(part.ref)}]`;
    })
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

function referenceIdentity(ref: IanaReference): string {
  switch (ref.kind) {
    case 'person':
      return `person:${ref.person.id}`;
    case 'rfc':
    case 'draft':
    case 'footnote':
      return `${ref.kind}:${ref.id}`;
    case 'uri':
      return `uri:${ref.url}`;
    default:
      return `text:${ref.label}`;
  }
}

/** What a field compares as, for each field; display values (names) may differ from these. */
function comparable(record: IanaRecord): Record<RecordField, string> {
  return {
    service: record.serviceName ?? '',
    ports: record.ports ? `${record.ports.start}-${record.ports.end}` : '',
    status: record.status,
    description: canonicalText(record.description),
    assignees: record.assignees.map((person) => person.id).join(','),
    contacts: record.contacts.map((person) => person.id).join(','),
    references: record.references.map(referenceIdentity).join(','),
    notes: canonicalText(record.notes),
    unauthorizedUse: canonicalText(record.unauthorizedUse),
    serviceCode: record.serviceCode ?? '',
    registered: record.registered ?? '',
    modified: record.modified ?? '',
  };
}

export function recordVersion(record: IanaRecord): RecordVersion {
  return {
    service: record.serviceName,
    protocol: record.protocol,
    ports: record.ports ? [record.ports.start, record.ports.end] : null,
    status: record.status,
    description: record.descriptionText,
    assignees: record.assignees.map(personName),
    contacts: record.contacts.map(personName),
    references: record.references.map(referenceLabel),
    notes: plainText(record.notes),
    unauthorizedUse: plainText(record.unauthorizedUse),
    serviceCode: record.serviceCode,
    registered: record.registered,
    modified: record.modified,
  };
}

interface Entry {
  record: IanaRecord;
  fields: Record<RecordField, string>;
  content: string;
}

const exactKey = (r: IanaRecord) => `${r.serviceName ?? ''}|${r.protocol ?? ''}|${r.ports ? `${r.ports.start}-${r.ports.end}` : ''}`;
const nameKey = (r: IanaRecord) => (r.serviceName ? `${r.serviceName}|${r.protocol ?? ''}` : null);
const numberKey = (r: IanaRecord) => (r.ports ? `${r.protocol ?? ''}|${r.ports.start}-${r.ports.end}` : null);

function groupBy(entries: Entry[], key: (record: IanaRecord) => string | null): Map<string, Entry[]> {
  const groups = new Map<string, Entry[]>();
  for (const entry of entries) {
    const k = key(entry.record);
    if (k === null) continue;
    const group = groups.get(k);
    if (group) group.push(entry);
    else groups.set(k, [entry]);
  }
  return groups;
}

function classify(before: RecordVersion | null, after: RecordVersion | null): ChangeKind {
  const wasAssigned = before?.status === 'assigned';
  const isAssigned = after?.status === 'assigned';
  if (isAssigned && !wasAssigned) return 'assigned';
  if (wasAssigned && !isAssigned) return 'deassigned';
  if (wasAssigned && isAssigned) return 'changed';
  // Neither side is an assignment: a reserved/unassigned row. A row whose status changed (Unassigned →
  // Reserved) is a change to those ports; a row merely split or merged is not.
  return before && after && before.status !== after.status ? 'changed' : 'placeholder';
}

/** Every change between two consecutive snapshots. */
export function diffRegistries(previous: IanaRegistry, current: IanaRegistry): RegistryChange[] {
  const toEntries = (registry: IanaRegistry): Entry[] =>
    registry.records.map((record) => {
      const fields = comparable(record);
      return { record, fields, content: COMPARED_FIELDS.map((field) => fields[field]).join('\u0000') };
    });
  let oldLeft = toEntries(previous);
  let newLeft = toEntries(current);
  const pairs: [Entry, Entry][] = [];

  // Pass 1, by exact key: identical records first, so that a repeated key pairs each record with its twin.
  const oldByKey = groupBy(oldLeft, exactKey);
  const matched = new Set<Entry>();
  for (const entry of newLeft) {
    const candidates = oldByKey.get(exactKey(entry.record));
    const twin = candidates?.find((candidate) => !matched.has(candidate) && candidate.content === entry.content);
    if (twin) {
      matched.add(twin);
      matched.add(entry);
    }
  }
  const pairPass = (key: (record: IanaRecord) => string | null) => {
    const oldGroups = groupBy(oldLeft.filter((entry) => !matched.has(entry)), key);
    for (const entry of newLeft) {
      if (matched.has(entry)) continue;
      const k = key(entry.record);
      const candidate = k === null ? undefined : oldGroups.get(k)?.find((old) => !matched.has(old));
      if (!candidate) continue;
      matched.add(candidate);
      matched.add(entry);
      if (candidate.content !== entry.content) pairs.push([candidate, entry]);
    }
  };
  pairPass(exactKey);
  pairPass(nameKey);
  pairPass(numberKey);
  oldLeft = oldLeft.filter((entry) => !matched.has(entry));
  newLeft = newLeft.filter((entry) => !matched.has(entry));

  const since = previous.updated;
  const seen = current.updated;
  const changes: { order: number; change: RegistryChange }[] = [];
  for (const [old, now] of pairs) {
    const before = recordVersion(old.record);
    const after = recordVersion(now.record);
    const fields = COMPARED_FIELDS.filter((field) => old.fields[field] !== now.fields[field]);
    changes.push({ order: now.record.index, change: { since, seen, kind: classify(before, after), before, after, fields } });
  }
  for (const now of newLeft) {
    const after = recordVersion(now.record);
    changes.push({ order: now.record.index, change: { since, seen, kind: classify(null, after), before: null, after, fields: [] } });
  }
  for (const old of oldLeft) {
    const before = recordVersion(old.record);
    // A removed record sorts where it used to be, relative to the new file's order.
    changes.push({ order: old.record.index - 0.5, change: { since, seen, kind: classify(before, null), before, after: null, fields: [] } });
  }
  return changes.sort((a, b) => a.order - b.order).map((entry) => entry.change);
}

/** The history over a series of snapshots, which must be in date order. */
export function buildHistory(registries: readonly IanaRegistry[]): RegistryHistory {
  for (let i = 1; i < registries.length; i++) {
    if (registries[i].updated <= registries[i - 1].updated) {
      throw new Error(`registry history: snapshot ${registries[i].updated} does not come after ${registries[i - 1].updated}`);
    }
  }
  const changes: RegistryChange[] = [];
  for (let i = 1; i < registries.length; i++) changes.push(...diffRegistries(registries[i - 1], registries[i]));
  return { snapshots: registries.map((registry) => ({ date: registry.updated, records: registry.records.length })), changes };
}

// ---- Reading the history: what pages ask of it ----

/** The record a change is about, for naming and linking: the new version, or the removed one. */
export const subjectOf = (change: RegistryChange): RecordVersion => (change.after ?? change.before)!;

/** Every port span a change touches (before and after). */
export function spansOf(change: RegistryChange): [number, number][] {
  const spans: [number, number][] = [];
  if (change.before?.ports) spans.push(change.before.ports);
  if (change.after?.ports && !(change.before?.ports && change.before.ports[0] === change.after.ports[0] && change.before.ports[1] === change.after.ports[1])) {
    spans.push(change.after.ports);
  }
  return spans;
}

/**
 * Whether a change belongs to the history of the ports it covers. Unassigned rows are left out: an unassigned
 * span split around someone else's new port says nothing about the other ports in it. A port that became (or
 * stopped being) reserved is part of its history.
 */
export function isPortEvent(change: RegistryChange): boolean {
  return change.kind !== 'placeholder' || change.before?.status === 'reserved' || change.after?.status === 'reserved';
}

/** Changes that belong to a port's history (see isPortEvent), by port, oldest first. */
export function changesByPort(changes: readonly RegistryChange[]): Map<number, RegistryChange[]> {
  const byPort = new Map<number, RegistryChange[]>();
  for (const change of changes) {
    if (!isPortEvent(change)) continue;
    const ports = new Set<number>();
    for (const [start, end] of spansOf(change)) for (let port = start; port <= end; port++) ports.add(port);
    for (const port of ports) {
      const list = byPort.get(port);
      if (list) list.push(change);
      else byPort.set(port, [change]);
    }
  }
  return byPort;
}

/** Changes by service-name slug (either side's name), for the service pages. */
export function changesByService(changes: readonly RegistryChange[], slugOf: (name: string) => string): Map<string, RegistryChange[]> {
  const byService = new Map<string, RegistryChange[]>();
  for (const change of changes) {
    const slugs = new Set([change.before?.service, change.after?.service].filter((name): name is string => !!name).map(slugOf));
    for (const slug of slugs) {
      const list = byService.get(slug);
      if (list) list.push(change);
      else byService.set(slug, [change]);
    }
  }
  return byService;
}

/** Changes per month of the snapshot that first shows them ("2026-02" → 12), newest month first. */
export function countByMonth(changes: readonly RegistryChange[]): { month: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const change of changes) counts.set(change.seen.slice(0, 7), (counts.get(change.seen.slice(0, 7)) ?? 0) + 1);
  return [...counts].sort((a, b) => (a[0] < b[0] ? 1 : -1)).map(([month, count]) => ({ month, count }));
}
