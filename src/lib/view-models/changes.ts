/**
 * What the history components show: each registry change as a line of text with its links, grouped by the
 * snapshot that first shows it. Pages (/changes/, port and service pages, the home page) pick from here.
 */
import { formatSpan, listWords } from '../ports';
import {
  FIELD_LABELS,
  subjectOf,
  type ChangeKind,
  type RecordVersion,
  type RegistryChange,
  type RegistryHistory,
} from '../registry-history';
import { serviceSlug } from '../services';
import { portPath, sitePath } from '../urls';
import { PROTOCOL_LABELS } from '../port-number';

export const KIND_LABELS: Record<ChangeKind, { one: string; many: string }> = {
  assigned: { one: 'assigned', many: 'Assignments' },
  deassigned: { one: 'de-assigned', many: 'De-assignments' },
  changed: { one: 'changed', many: 'Changes to records' },
  placeholder: { one: 'reserved/unassigned row', many: 'Reserved and unassigned rows' },
};

export interface ChangeItem {
  kind: ChangeKind;
  /** The service name, or the row's description for reserved/unassigned rows. */
  name: string;
  serviceHref: string | null;
  /** "11434" or "4200–4299", with protocol ("11434/tcp"); null for service-name-only records. */
  where: string | null;
  portHref: string | null;
  /** "TCP", for a service name registered without a port (`where` is null then). */
  protocol: string | null;
  /** What happened, in a few words: "first appears", "description, assignee changed". */
  what: string;
  /** Before → after values of short text fields, for the full list. */
  details: { label: string; before: string; after: string }[];
  /** The record's own dates: "registered 2025-09-26, modified 2026-01-20". */
  recordDates: string;
}

export interface SnapshotGroup {
  /** The snapshot that first shows these changes. */
  seen: string;
  since: string;
  /** Fragment id on its page. */
  id: string;
  /** More than a year after the snapshot before: listed on /changes/earlier/, not /changes/. */
  longGap: boolean;
  /** Its page and fragment. */
  href: string;
  items: ChangeItem[];
  counts: Record<ChangeKind, number>;
}

export const snapshotAnchor = (date: string): string => `snapshot-${date}`;
export const changesPath = (): string => sitePath('/changes/');
/** The changes seen after the archive's decade-long gaps, which would make /changes/ ten times longer. */
export const earlierChangesPath = (): string => sitePath('/changes/earlier/');

const DAY_MS = 86_400_000;
/** Snapshots further apart than this are a long gap: changes there are dated only to within years. */
export const LONG_GAP_DAYS = 366;
const isLongGap = (since: string, seen: string): boolean => (Date.parse(seen) - Date.parse(since)) / DAY_MS > LONG_GAP_DAYS;

const DETAIL_FIELDS = ['service', 'ports', 'status', 'description', 'assignees', 'contacts', 'notes'] as const;

function fieldText(version: RecordVersion, field: (typeof DETAIL_FIELDS)[number]): string {
  switch (field) {
    case 'ports':
      return version.ports ? formatSpan(version.ports[0], version.ports[1]) : 'none';
    case 'assignees':
    case 'contacts':
      return version[field].join(', ') || 'none';
    default:
      return version[field] || 'none';
  }
}

function where(version: RecordVersion): string | null {
  if (!version.ports) return null;
  const span = formatSpan(version.ports[0], version.ports[1]);
  return version.protocol ? `${span}/${version.protocol}` : span;
}

function whatHappened(change: RegistryChange): string {
  const { before, after } = change;
  if (!before) return change.kind === 'assigned' ? 'first appears' : `marked ${after!.status}`;
  if (!after) return change.kind === 'deassigned' ? 'removed from the registry' : `${before.status} row removed`;
  if (change.kind === 'assigned') return `assigned (was ${before.status})`;
  if (change.kind === 'deassigned') return `de-assigned: now ${after.status}`;
  const fields = change.fields.map((field) => FIELD_LABELS[field]);
  return `${listWords(fields)} changed`;
}

export function changeItem(change: RegistryChange): ChangeItem {
  const subject = subjectOf(change);
  const service = subject.service ?? change.before?.service ?? null;
  const dates = [subject.registered && `registered ${subject.registered}`, subject.modified && `modified ${subject.modified}`].filter(Boolean);
  return {
    kind: change.kind,
    name: service ?? subject.description,
    serviceHref: service ? sitePath(`/services/${serviceSlug(service)}/`) : null,
    where: where(subject),
    portHref: subject.ports ? portPath(subject.ports[0]) : null,
    protocol: subject.protocol ? PROTOCOL_LABELS[subject.protocol] : null,
    what: whatHappened(change),
    details:
      change.before && change.after
        ? DETAIL_FIELDS.filter((field) => change.fields.includes(field)).map((field) => {
            const before = fieldText(change.before!, field);
            const after = fieldText(change.after!, field);
            // People are compared by their registry id: the same name under a new id is still a change.
            return { label: FIELD_LABELS[field], before, after: after === before ? `${after} (a new entry in the registry's list of people)` : after };
          })
        : [],
    recordDates: dates.join(', '),
  };
}

const emptyCounts = (): Record<ChangeKind, number> => ({ assigned: 0, deassigned: 0, changed: 0, placeholder: 0 });

/** Every snapshot after the first, newest first, with its changes (possibly none). */
export function snapshotGroups(history: RegistryHistory): SnapshotGroup[] {
  const groups = history.snapshots.slice(1).map((snapshot, i): SnapshotGroup => {
    const longGap = isLongGap(history.snapshots[i].date, snapshot.date);
    return {
      seen: snapshot.date,
      since: history.snapshots[i].date,
      id: snapshotAnchor(snapshot.date),
      longGap,
      href: `${longGap ? earlierChangesPath() : changesPath()}#${snapshotAnchor(snapshot.date)}`,
      items: [],
      counts: emptyCounts(),
    };
  });
  const bySeen = new Map(groups.map((group) => [group.seen, group]));
  for (const change of history.changes) {
    const group = bySeen.get(change.seen)!;
    group.items.push(changeItem(change));
    group.counts[change.kind]++;
  }
  return groups.reverse();
}

export interface PortHistoryLine {
  seen: string;
  since: string;
  /** "ollama (TCP, UDP)" or "UDP" for a reserved row. */
  subject: string;
  serviceHref: string | null;
  what: string;
  recordDates: string;
}

export interface PortHistoryModel {
  /** Newest first, at most PORT_HISTORY_LINES. */
  lines: PortHistoryLine[];
  /** How many older lines are left out (they are on /changes/). */
  more: number;
  firstSnapshot: string;
  lastSnapshot: string;
}

/**
 * Lines shown on a port page. Every byte there is paid on each port with a history, so a port shows its
 * newest few lines and links to /changes/ for the rest.
 */
export const PORT_HISTORY_LINES = 4;

/**
 * A port's history: its changes, newest first, with a service's TCP and UDP records changed together on one
 * line. Null when the snapshots show no change, so that such a port page gets nothing.
 */
export function portHistory(changes: readonly RegistryChange[] | undefined, history: RegistryHistory): PortHistoryModel | null {
  if (!changes || changes.length === 0) return null;
  const lines: (PortHistoryLine & { key: string; protocols: string[] })[] = [];
  for (const change of [...changes].reverse()) {
    const item = changeItem(change);
    const subject = subjectOf(change);
    const key = `${change.seen}|${change.kind}|${item.name}|${item.what}|${item.recordDates}`;
    const protocol = subject.protocol ? PROTOCOL_LABELS[subject.protocol] : null;
    const same = lines.find((line) => line.key === key);
    if (same) {
      if (protocol && !same.protocols.includes(protocol)) same.protocols.push(protocol);
      continue;
    }
    lines.push({ key, protocols: protocol ? [protocol] : [], seen: change.seen, since: change.since, subject: '', serviceHref: item.serviceHref, what: item.what, recordDates: item.recordDates });
    lines.at(-1)!.subject = subject.service ?? change.before?.service ?? '';
  }
  const shown = lines.slice(0, PORT_HISTORY_LINES).map(({ key: _key, protocols, ...line }) => ({
    ...line,
    subject: line.subject ? `${line.subject}${protocols.length ? ` (${protocols.join(', ')})` : ''}` : protocols.join(', ') || 'the port',
  }));
  return {
    lines: shown,
    more: lines.length - shown.length,
    firstSnapshot: history.snapshots[0].date,
    lastSnapshot: history.snapshots.at(-1)!.date,
  };
}

export interface RecentAssignmentItem {
  name: string;
  serviceHref: string | null;
  /** "7123" or "4200–4299", with the protocols: "7123/tcp+udp". */
  where: string;
  portHref: string;
  seen: string;
}

/**
 * The newest port assignments, newest first, one line per service and snapshot (its TCP and UDP records
 * together). Services registered without a port number (DNS-SD names) are left out: no port page to go to.
 */
export function recentAssignmentItems(changes: readonly RegistryChange[], limit: number): RecentAssignmentItem[] {
  const items: (RecentAssignmentItem & { key: string; span: string; protocols: string[] })[] = [];
  const newestFirst = [...changes].filter((change) => change.kind === 'assigned' && change.after?.ports).sort((a, b) => (a.seen < b.seen ? 1 : a.seen > b.seen ? -1 : 0));
  for (const change of newestFirst) {
    const record = change.after!;
    const span = formatSpan(record.ports![0], record.ports![1]);
    const key = `${change.seen}|${record.service ?? record.description}|${span}`;
    const same = items.find((item) => item.key === key);
    if (same) {
      if (record.protocol && !same.protocols.includes(record.protocol)) same.protocols.push(record.protocol);
      continue;
    }
    if (items.length === limit) break;
    const item = changeItem(change);
    items.push({ key, span, protocols: record.protocol ? [record.protocol] : [], name: item.name, serviceHref: item.serviceHref, where: '', portHref: item.portHref!, seen: change.seen });
  }
  return items.map(({ key: _key, span, protocols, ...item }) => ({ ...item, where: protocols.length ? `${span}/${protocols.join('+')}` : span }));
}
