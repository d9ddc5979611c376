import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { history, portData } from '../../src/data/site-data';
import { buildChangesFeed, entryId } from '../../src/lib/changes-feed';
import { buildPortPageModel } from '../../src/lib/view-models/port-page';
import { recentAssignmentItems, snapshotGroups } from '../../src/lib/view-models/changes';

const feedFor = () =>
  buildChangesFeed({ groups: snapshotGroups(history), absolute: (path) => `https://ports.example${path}`, feedPath: '/changes/feed.xml', changesPath: '/changes/' });

describe('the changes feed', () => {
  it('is well-formed Atom 1.0 with the elements RFC 4287 requires, one entry per snapshot after the first', () => {
    const xml = feedFor();
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' || name === 'link' }).parse(xml).feed;
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    for (const field of ['id', 'title', 'updated', 'author']) expect(feed[field], field).toBeDefined();
    expect(feed.link.map((link: Record<string, string>) => link['@_rel'])).toEqual(['self', 'alternate']);
    expect(feed.entry).toHaveLength(history.snapshots.length - 1);
    for (const entry of feed.entry) {
      expect(entry.id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
      expect(entry.title).toMatch(/^IANA port registry \d{4}-\d{2}-\d{2}: /);
      expect(entry.content['@_type']).toBe('html');
    }
    expect(new Set(feed.entry.map((entry: { id: string }) => entry.id)).size).toBe(feed.entry.length);
    expect(feed.updated).toBe(`${history.snapshots.at(-1)!.date}T00:00:00Z`);
  });

  it('gives an entry the same id in every build and wherever the site is hosted (a UUID v5, as Python computes it), and the same bytes twice', () => {
    expect(entryId('2026-02-02')).toBe('urn:uuid:3be48edf-03dd-5b0d-8ead-59be8f6e76dc');
    expect(entryId('2026-02-02')).not.toBe(entryId('2026-02-13'));
    expect(feedFor()).toBe(feedFor());
    const elsewhere = buildChangesFeed({ groups: snapshotGroups(history), absolute: (path) => `https://other.example/atlas${path}`, feedPath: '/changes/feed.xml', changesPath: '/changes/' });
    const ids = (xml: string) => [...xml.matchAll(/<id>([^<]+)<\/id>/g)].map((match) => match[1]);
    expect(ids(elsewhere)).toEqual(ids(feedFor()));
  });

  it('lists ollama in the entry for the 2026-02-02 snapshot', () => {
    const entry = feedFor().split('<entry>').find((part) => part.includes('#snapshot-2026-02-02'))!;
    expect(entry).toContain('ollama');
    expect(entry).toContain('11434/tcp');
  });
});

describe('a port page\'s history', () => {
  it('says that ollama first appears on 11434 between 2026-01-23 and 2026-02-02, with its record date', () => {
    const lines = buildPortPageModel(11434, portData).history!.lines;
    expect(lines).toContainEqual(expect.objectContaining({ subject: 'ollama (TCP)', what: 'first appears', since: '2026-01-23', seen: '2026-02-02', recordDates: 'registered 2025-09-26' }));
    expect(lines).toContainEqual(expect.objectContaining({ subject: 'UDP', what: 'marked reserved' }));
  });

  it('shows the de-assignment of 831 (NETCONF over BEEP)', () => {
    const lines = buildPortPageModel(831, portData).history!.lines;
    expect(lines).toContainEqual(expect.objectContaining({ since: '2025-09-26', seen: '2025-09-29', what: 'de-assigned: now reserved' }));
  });

  it('is empty for a port the snapshots never show changing, so that its page gains nothing', () => {
    expect(buildPortPageModel(60023, portData).history).toBeNull();
    expect(buildPortPageModel(11440, portData).history).toBeNull();
  });
});

describe('the home page\'s recent assignments', () => {
  it('puts a service\'s TCP and UDP records on one line and leaves out names without a port', () => {
    const items = recentAssignmentItems(history.changes, 8);
    expect(items).toHaveLength(8);
    expect(items.filter((item) => item.name === 'bencher')).toEqual([expect.objectContaining({ where: '6610/tcp+udp', seen: '2026-06-17' })]);
    for (const item of items) expect(item.where).toMatch(/^\d+(–\d+)?\/(tcp|udp|sctp|dccp)(\+(tcp|udp|sctp|dccp))*$/);
  });
});

describe('the two changes pages', () => {
  it('keep the snapshots that come years after the one before on /changes/earlier/, and the rest on /changes/', () => {
    const groups = snapshotGroups(history);
    expect(groups.filter((group) => group.longGap).map((group) => [group.since, group.seen])).toEqual([
      ['2015-01-09', '2025-08-26'],
      ['2013-02-18', '2015-01-09'],
    ]);
    expect(groups.find((group) => group.seen === '2025-08-26')!.href).toBe('/changes/earlier/#snapshot-2025-08-26');
    expect(groups.find((group) => group.seen === '2026-02-02')!.href).toBe('/changes/#snapshot-2026-02-02');
  });
});
