/**
 * Reads the IANA "Service Name and Transport Protocol Port Number Registry" XML into a typed model.
 *
 * The registry mixes text and markup inside descriptions and notes (`<br/>`, `<xref/>`), so the document is
 * parsed with fast-xml-parser in order-preserving mode and walked once. Nothing here touches the file system:
 * `parseIanaRegistry` takes the XML text, which keeps it pure and testable with small fixtures.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { isProtocol, MAX_PORT, parsePort, type Protocol } from './port-number';

/** A person or organisation from the registry's `<people>` section, without contact addresses. */
export interface IanaPerson {
  id: string;
  name: string | null;
  org: string | null;
}

/** A citation attached to a record or embedded in its text. */
export type IanaReference =
  | { kind: 'rfc'; id: string; label: string; url: string }
  | { kind: 'draft'; id: string; label: string; url: string }
  | { kind: 'uri'; label: string; url: string }
  | { kind: 'text'; label: string }
  | { kind: 'footnote'; id: string; label: string; text: string }
  | { kind: 'person'; person: IanaPerson };

/** Text from the registry that may carry line breaks and references. */
export type RichTextPart = { kind: 'text'; text: string } | { kind: 'break' } | { kind: 'ref'; ref: IanaReference };
export type RichText = RichTextPart[];

/** What a record says about its port: a real assignment, or a placeholder. */
export type RecordStatus = 'assigned' | 'reserved' | 'unassigned';

export interface IanaRecord {
  /** Position in the registry file, for stable ordering and error messages. */
  index: number;
  /** Service name, e.g. "postgresql"; null for placeholder rows. */
  serviceName: string | null;
  /** Transport protocol; null when the registry does not name one. */
  protocol: Protocol | null;
  /** The port or span the record covers; null for service-name-only registrations. */
  ports: { start: number; end: number } | null;
  description: RichText;
  /** Plain-text form of the description, for summaries and search. */
  descriptionText: string;
  status: RecordStatus;
  /** Who the port is assigned to (from `<assignee>`, or the record's people when it has none). */
  assignees: IanaPerson[];
  /** Technical contacts named on the record. */
  contacts: IanaPerson[];
  /** RFCs, drafts, URIs and other citations at record level. */
  references: IanaReference[];
  /** Registration date as the registry writes it (YYYY-MM-DD or YYYY-MM); null when not recorded. */
  registered: string | null;
  /** Last modification date; null when not recorded. */
  modified: string | null;
  notes: RichText | null;
  /** IANA's "Unauthorized Use Reported" text. */
  unauthorizedUse: RichText | null;
  /** The date of a de-assignment mentioned in the description or note (YYYY-MM-DD). */
  deassignedOn: string | null;
  /** DCCP service code. */
  serviceCode: string | null;
}

export interface IanaRegistry {
  /** The registry's own `<updated>` date: the snapshot date. */
  updated: string;
  records: IanaRecord[];
  people: Map<string, IanaPerson>;
  /**
   * Records that repeat an earlier record's service name, protocol and port. They are kept, not dropped
   * (the registry itself lists `rdp` twice without a port), and counted so that the build can report them.
   */
  duplicates: number;
}

/** Thrown when the registry text cannot be read as the document we expect. */
export class IanaParseError extends Error {
  override name = 'IanaParseError';
}

type XmlNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
});

function tagOf(node: XmlNode): string {
  for (const key of Object.keys(node)) if (key !== ':@') return key;
  return '';
}

function childrenOf(node: XmlNode): XmlNode[] {
  const value = node[tagOf(node)];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

function textOf(node: XmlNode): string {
  const tag = tagOf(node);
  if (tag === '#text') return String(node['#text']);
  return childrenOf(node).map(textOf).join('');
}

function findChild(node: XmlNode, tag: string): XmlNode | undefined {
  return childrenOf(node).find((child) => tagOf(child) === tag);
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** `rfc959` → RFC 959 on the RFC Editor's site. Section suffixes are kept in the link. */
function rfcReference(data: string): IanaReference {
  const match = /^rfc(\d+)(?:#?(.*))?$/i.exec(data);
  if (!match) return { kind: 'text', label: data };
  const number = String(Number(match[1]));
  return { kind: 'rfc', id: `rfc${number}`, label: `RFC ${number}`, url: `https://www.rfc-editor.org/rfc/rfc${number}` };
}

/**
 * Drafts appear as `draft-name-NN` or, once approved and waiting for an RFC number, `RFC-ietf-wg-name-NN`.
 * Both have a stable Datatracker page under the unversioned draft name.
 */
function draftReference(data: string): IanaReference {
  const unversioned = data.replace(/-\d{2}$/, '');
  const draftName = unversioned.startsWith('RFC-') ? `draft-${unversioned.slice(4)}` : unversioned;
  return { kind: 'draft', id: data, label: data, url: `https://datatracker.ietf.org/doc/${draftName}/` };
}

interface ParseContext {
  people: Map<string, IanaPerson>;
  footnotes: Map<string, string>;
}

function personFor(id: string, context: ParseContext): IanaPerson {
  // A few records name people the <people> section does not list; keep the id as a readable name.
  return context.people.get(id) ?? { id, name: id.replace(/_/g, ' '), org: null };
}

function referenceFrom(node: XmlNode, context: ParseContext): IanaReference {
  const attributes = node[':@'] ?? {};
  const type = attributes.type ?? '';
  const data = attributes.data ?? '';
  const inner = collapse(textOf(node)).trim();
  switch (type) {
    case 'rfc':
      return rfcReference(data);
    case 'draft':
      return draftReference(data);
    case 'uri':
      return /^https?:\/\//.test(data) ? { kind: 'uri', label: inner || data, url: data } : { kind: 'text', label: inner || data };
    case 'person':
      return { kind: 'person', person: personFor(data, context) };
    case 'note':
      return { kind: 'footnote', id: data, label: `note ${data}`, text: context.footnotes.get(data) ?? '' };
    default:
      return { kind: 'text', label: inner || data };
  }
}

function richTextFrom(node: XmlNode, context: ParseContext): RichText {
  const parts: RichText = [];
  for (const child of childrenOf(node)) {
    const tag = tagOf(child);
    if (tag === '#text') {
      const text = collapse(String(child['#text']));
      const last = parts.at(-1);
      if (last?.kind === 'text') last.text += text;
      else parts.push({ kind: 'text', text });
    } else if (tag === 'br') {
      if (parts.at(-1)?.kind !== 'break') parts.push({ kind: 'break' });
    } else if (tag === 'xref') {
      parts.push({ kind: 'ref', ref: referenceFrom(child, context) });
    } else {
      parts.push(...richTextFrom(child, context));
    }
  }
  // Trim leading/trailing whitespace and breaks so that empty notes compare as empty.
  while (parts[0] && (parts[0].kind === 'break' || (parts[0].kind === 'text' && !parts[0].text.trim()))) parts.shift();
  while (parts.at(-1) && (parts.at(-1)!.kind === 'break' || (parts.at(-1)!.kind === 'text' && !(parts.at(-1) as { text: string }).text.trim()))) parts.pop();
  const first = parts[0];
  if (first?.kind === 'text') first.text = first.text.trimStart();
  const last = parts.at(-1);
  if (last?.kind === 'text') last.text = last.text.trimEnd();
  return parts;
}

/** Plain text of rich text, for summaries, search and comparisons. */
export function plainText(text: RichText | null): string {
  if (!text) return '';
  return text
    .map((part) => {
      if (part.kind === 'text') return part.text;
      if (part.kind === 'break') return ' ';
      const ref = part.ref;
      return ref.kind === 'person' ? (ref.person.name ?? ref.person.org ?? ref.person.id) : ref.label;
    })
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Parses `<number>`: a single port or an `A-B` span. */
export function parsePortSpan(value: string): { start: number; end: number } | null {
  const match = /^\s*(\d+)(?:\s*-\s*(\d+))?\s*$/.exec(value);
  if (!match) return null;
  // The registry's own text: read as written, leading zeros and all (it has none today).
  const start = parsePort(match[1], { allowLeadingZeros: true });
  const end = match[2] === undefined ? start : parsePort(match[2], { allowLeadingZeros: true });
  if (start === null || end === null || start > end) return null;
  return { start, end };
}

/**
 * Placeholder rows have no service name and say "Unassigned" or "Reserved". A row with a service name is an
 * assignment even when its description says "Reserved for …" (e.g. stun-behaviors on 5349/udp).
 */
export function classifyRecord(serviceName: string | null, descriptionText: string): RecordStatus {
  if (serviceName) return 'assigned';
  if (/^\(?unassigned\b/i.test(descriptionText)) return 'unassigned';
  if (/^reserved\b/i.test(descriptionText)) return 'reserved';
  return 'assigned';
}

const DEASSIGNED = /de-?assigned on (\d{4}-\d{2}-\d{2})/i;

function parsePeople(registry: XmlNode): Map<string, IanaPerson> {
  const people = new Map<string, IanaPerson>();
  const section = findChild(registry, 'people');
  if (!section) return people;
  for (const node of childrenOf(section)) {
    if (tagOf(node) !== 'person') continue;
    const id = node[':@']?.id;
    if (!id) continue;
    const name = findChild(node, 'name');
    const org = findChild(node, 'org');
    // <uri> (mailto: addresses) is deliberately not read: Port Atlas never publishes contact e-mails.
    people.set(id, {
      id,
      name: name ? collapse(textOf(name)).trim() || null : null,
      org: org ? collapse(textOf(org)).trim() || null : null,
    });
  }
  return people;
}

function parseRecord(node: XmlNode, index: number, context: ParseContext): IanaRecord {
  const attributes = node[':@'] ?? {};
  let serviceName: string | null = null;
  let protocol: Protocol | null = null;
  let ports: IanaRecord['ports'] = null;
  let description: RichText = [];
  let notes: RichText | null = null;
  let unauthorizedUse: RichText | null = null;
  let serviceCode: string | null = null;
  const assignees: IanaPerson[] = [];
  const contacts: IanaPerson[] = [];
  const references: IanaReference[] = [];

  for (const child of childrenOf(node)) {
    const tag = tagOf(child);
    const text = () => collapse(textOf(child)).trim();
    switch (tag) {
      case 'name':
        serviceName = text() || null;
        break;
      case 'protocol': {
        const value = text().toLowerCase();
        if (!value) break;
        if (!isProtocol(value)) {
          throw new IanaParseError(`IANA record #${index + 1}: unknown protocol "${value}"`);
        }
        protocol = value as Protocol;
        break;
      }
      case 'number': {
        const value = text();
        ports = parsePortSpan(value);
        if (!ports) {
          throw new IanaParseError(`IANA record #${index + 1} (${serviceName ?? 'no name'}): port "${value}" is not a port or span within 0–65535`);
        }
        break;
      }
      case 'description':
        description = richTextFrom(child, context);
        break;
      case 'note':
        notes = richTextFrom(child, context);
        break;
      case 'unauthorized':
        unauthorizedUse = richTextFrom(child, context);
        break;
      case 'sc':
        serviceCode = text() || null;
        break;
      case 'assignee':
        for (const ref of childrenOf(child)) {
          if (tagOf(ref) === 'xref' && ref[':@']?.type === 'person') assignees.push(personFor(ref[':@'].data ?? '', context));
        }
        break;
      case 'xref': {
        const ref = referenceFrom(child, context);
        if (ref.kind === 'person') contacts.push(ref.person);
        else references.push(ref);
        break;
      }
      default:
        break;
    }
  }

  const descriptionText = plainText(description);
  const notesText = plainText(notes);
  if (!serviceName && !descriptionText) {
    throw new IanaParseError(`IANA record #${index + 1}${ports ? ` (port ${ports.start === ports.end ? ports.start : `${ports.start}-${ports.end}`}${protocol ? `/${protocol}` : ''})` : ''}: has neither a service name nor a description`);
  }
  const deassigned = DEASSIGNED.exec(descriptionText) ?? DEASSIGNED.exec(notesText);
  return {
    index,
    serviceName,
    protocol,
    ports,
    description,
    descriptionText,
    status: classifyRecord(serviceName, descriptionText),
    // Older records list one person and no <assignee>; IANA's own CSV shows that person as both.
    assignees: assignees.length > 0 ? assignees : [...contacts],
    contacts,
    references,
    registered: attributes.date ?? null,
    modified: attributes.updated ?? null,
    notes: notes && (notes as RichText).length > 0 ? notes : null,
    unauthorizedUse: unauthorizedUse && (unauthorizedUse as RichText).length > 0 ? unauthorizedUse : null,
    deassignedOn: deassigned ? deassigned[1] : null,
    serviceCode,
  };
}

/** Parses the registry XML text. Throws IanaParseError on anything it cannot account for. */
export function parseIanaRegistry(xml: string): IanaRegistry {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new IanaParseError(`IANA registry XML is malformed: ${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col})`);
  }
  const document = parser.parse(xml) as XmlNode[];
  const registry = document.find((node) => tagOf(node) === 'registry');
  if (!registry) throw new IanaParseError('IANA registry XML has no <registry> element');

  const footnotes = new Map<string, string>();
  for (const node of childrenOf(registry)) {
    if (tagOf(node) === 'footnote' && node[':@']?.anchor) footnotes.set(node[':@'].anchor, collapse(textOf(node)).trim());
  }
  const context: ParseContext = { people: parsePeople(registry), footnotes };

  const updatedNode = findChild(registry, 'updated');
  const updated = updatedNode ? textOf(updatedNode).trim() : '';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(updated)) throw new IanaParseError('IANA registry XML has no <updated> date');

  const records: IanaRecord[] = [];
  for (const node of childrenOf(registry)) {
    if (tagOf(node) === 'record') records.push(parseRecord(node, records.length, context));
  }

  // Guard against silently losing records: every <record> tag in the text must have become a record.
  const tagged = xml.match(/<record[\s>]/g)?.length ?? 0;
  if (tagged !== records.length) {
    throw new IanaParseError(`IANA registry: read ${records.length} records but the file has ${tagged} <record> elements`);
  }
  const seen = new Set<string>();
  let duplicates = 0;
  for (const record of records) {
    const key = `${record.serviceName}|${record.protocol}|${record.ports?.start}|${record.ports?.end}`;
    if (seen.has(key)) duplicates++;
    seen.add(key);
  }
  return { updated, records, people: context.people, duplicates };
}

/**
 * Indexes records by port: slot n lists every record whose number or span covers n, in registry order.
 * Span records are shared by reference, so 65,536 slots cost no copies.
 */
export function indexRecordsByPort(records: readonly IanaRecord[]): IanaRecord[][] {
  const byPort: IanaRecord[][] = Array.from({ length: MAX_PORT + 1 }, () => []);
  for (const record of records) {
    if (!record.ports) continue;
    for (let port = record.ports.start; port <= record.ports.end; port++) byPort[port].push(record);
  }
  return byPort;
}
