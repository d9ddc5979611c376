/**
 * The Atom 1.0 feed of registry changes (RFC 4287): one entry per snapshot, listing what it first shows.
 * Output depends only on the history and the site's address, so two builds give the same bytes.
 */
import { createHash } from 'node:crypto';
import { KIND_LABELS, type SnapshotGroup } from './view-models/changes';
import { CHANGE_KINDS } from './registry-history';

/** Entries list at most this many changes; the decade-long gaps in the archive have hundreds. */
export const FEED_ENTRY_LINES = 100;

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A name-based (version 5) UUID, so that an entry's id stays the same wherever the site is hosted and however
 * its address changes: Atom ids must never change.
 */
export function uuidV5(name: string): string {
  // RFC 9562's namespace for URLs; the names below are URL-like and belong to this project.
  const namespace = Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex');
  const hash = createHash('sha1').update(namespace).update(name).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const entryId = (seen: string): string => `urn:uuid:${uuidV5(`port-atlas:iana-registry-snapshot:${seen}`)}`;

export interface FeedInput {
  /** Newest first, as snapshotGroups gives them. */
  groups: SnapshotGroup[];
  /** Turns a site path (already under the base) into an absolute URL. */
  absolute: (path: string) => string;
  feedPath: string;
  changesPath: string;
}

function entryTitle(group: SnapshotGroup): string {
  const total = group.items.length;
  if (total === 0) return `IANA port registry ${group.seen}: no record changed`;
  const parts = CHANGE_KINDS.filter((kind) => group.counts[kind] > 0).map((kind) => `${KIND_LABELS[kind].many}: ${group.counts[kind]}`);
  return `IANA port registry ${group.seen}: ${parts.join(', ')}`;
}

function entryHtml(group: SnapshotGroup, absolute: (path: string) => string): string {
  const lines = group.items.slice(0, FEED_ENTRY_LINES).map((item) => {
    const name = item.serviceHref ? `<a href="${escapeXml(absolute(item.serviceHref))}">${escapeXml(item.name)}</a>` : escapeXml(item.name);
    const where = item.where ? ` on ${item.portHref ? `<a href="${escapeXml(absolute(item.portHref))}">${escapeXml(item.where)}</a>` : escapeXml(item.where)}` : '';
    return `<li>${escapeXml(KIND_LABELS[item.kind].one)}: ${name}${where}: ${escapeXml(item.what)}</li>`;
  });
  const more = group.items.length - lines.length;
  const intro = `<p>Changes first seen in the snapshot of ${group.seen}, made after the one of ${group.since}.</p>`;
  const list = lines.length > 0 ? `<ul>${lines.join('')}</ul>` : '<p>No record changed.</p>';
  return intro + list + (more > 0 ? `<p>And ${more} more on the changes page.</p>` : '');
}

export function buildChangesFeed({ groups, absolute, feedPath, changesPath }: FeedInput): string {
  const updated = groups[0] ? `${groups[0].seen}T00:00:00Z` : '1970-01-01T00:00:00Z';
  const entries = groups.map((group) => `  <entry>
    <id>${entryId(group.seen)}</id>
    <title>${escapeXml(entryTitle(group))}</title>
    <updated>${group.seen}T00:00:00Z</updated>
    <link rel="alternate" type="text/html" href="${escapeXml(absolute(group.href))}"/>
    <content type="html">${escapeXml(entryHtml(group, absolute))}</content>
  </entry>`);
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>urn:uuid:${uuidV5('port-atlas:iana-registry-changes')}</id>
  <title>Port Atlas: IANA port registry changes</title>
  <subtitle>Assignments, de-assignments and changed records in the IANA Service Name and Transport Protocol Port Number Registry, one entry per registry snapshot.</subtitle>
  <updated>${updated}</updated>
  <author><name>Port Atlas</name></author>
  <link rel="self" type="application/atom+xml" href="${escapeXml(absolute(feedPath))}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(absolute(changesPath))}"/>
${entries.join('\n')}
</feed>
`;
}
