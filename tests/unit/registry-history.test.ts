import { describe, expect, it } from 'vitest';
import { parseIanaRegistry } from '../../src/lib/iana';
import { buildHistory, changesByPort, changesByService, countByMonth, diffRegistries } from '../../src/lib/registry-history';
import { recentAssignmentItems } from '../../src/lib/view-models/changes';
import { serviceSlug } from '../../src/lib/services';

/** A tiny registry document with the given `<updated>` date and records. */
function registry(updated: string, ...records: string[]) {
  return parseIanaRegistry(`<?xml version="1.0"?>
<registry xmlns="http://www.iana.org/assignments" id="service-names-port-numbers">
  <updated>${updated}</updated>
  ${records.join('\n  ')}
  <people><person id="Ann"><name>Ann Example</name></person><person id="Bob"><name>Bob Example</name></person></people>
</registry>`);
}
const record = (body: string, attributes = '') => `<record${attributes}>${body}</record>`;
const named = (name: string, protocol: string, number: string, description = name, person = 'Ann', attributes = '') =>
  record(`<name>${name}</name><protocol>${protocol}</protocol><number>${number}</number><description>${description}</description><assignee><xref type="person" data="${person}"/></assignee>`, attributes);
const unassigned = (number: string) => record(`<number>${number}</number><description>Unassigned</description>`);
const reserved = (protocol: string, number: string) => record(`<protocol>${protocol}</protocol><number>${number}</number><description>Reserved</description>`);

describe('comparing two registry snapshots', () => {
  it('finds nothing when the records are the same, even in another order', () => {
    const a = registry('2026-01-01', named('foo', 'tcp', '1000'), named('bar', 'udp', '1001'));
    const b = registry('2026-02-01', named('bar', 'udp', '1001'), named('foo', 'tcp', '1000'));
    expect(diffRegistries(a, b)).toEqual([]);
  });

  it('reports a new service as an assignment dated between the two snapshots, and the unassigned span split around it as placeholder rows', () => {
    const a = registry('2026-01-01', unassigned('1000-1010'));
    const b = registry('2026-02-01', unassigned('1000-1004'), named('ollama', 'tcp', '1005', 'Ollama', 'Ann', ' date="2025-09-26"'), unassigned('1006-1010'));
    const changes = diffRegistries(a, b);
    const assignment = changes.find((change) => change.kind === 'assigned')!;
    expect(assignment).toMatchObject({ since: '2026-01-01', seen: '2026-02-01', before: null });
    expect(assignment.after).toMatchObject({ service: 'ollama', protocol: 'tcp', ports: [1005, 1005], assignees: ['Ann Example'], registered: '2025-09-26' });
    expect(changes.filter((change) => change.kind === 'placeholder')).toHaveLength(3);
  });

  it('names each changed field of a record that stays, and keeps both versions', () => {
    const a = registry('2026-01-01', named('foo', 'tcp', '1000', 'Old text', 'Ann'));
    const b = registry('2026-02-01', named('foo', 'tcp', '1000', 'New text', 'Bob', ' updated="2026-01-20"'));
    const [change] = diffRegistries(a, b);
    expect(change.kind).toBe('changed');
    expect(change.fields).toEqual(['description', 'assignees', 'modified']);
    expect(change.before?.description).toBe('Old text');
    expect(change.after?.assignees).toEqual(['Bob Example']);
  });

  it('sees a service whose number moved as one change to its number, not a removal and an addition', () => {
    const [change, ...rest] = diffRegistries(registry('2026-01-01', named('foo', 'tcp', '1000')), registry('2026-02-01', named('foo', 'tcp', '2000-2001')));
    expect(rest).toEqual([]);
    expect(change).toMatchObject({ kind: 'changed', fields: ['ports'], before: { ports: [1000, 1000] }, after: { ports: [2000, 2001] } });
  });

  it('sees a service that became "Reserved" on the same number as a de-assignment', () => {
    const [change, ...rest] = diffRegistries(registry('2026-01-01', named('foo', 'udp', '1000')), registry('2026-02-01', reserved('udp', '1000')));
    expect(rest).toEqual([]);
    expect(change.kind).toBe('deassigned');
    expect(change.fields).toContain('status');
    expect(change.after?.status).toBe('reserved');
  });

  it('sees a removed service as a de-assignment', () => {
    const [change] = diffRegistries(registry('2026-01-01', named('foo', 'tcp', '1000'), named('bar', 'tcp', '1001')), registry('2026-02-01', named('bar', 'tcp', '1001')));
    expect(change).toMatchObject({ kind: 'deassigned', after: null, before: { service: 'foo' } });
  });

  it('pairs a repeated record with its identical twin, so that only the new one counts', () => {
    const a = registry('2026-01-01', named('rdp', 'tcp', '3389'));
    const b = registry('2026-02-01', named('rdp', 'tcp', '3389', 'A second row'), named('rdp', 'tcp', '3389'));
    const changes = diffRegistries(a, b);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ kind: 'assigned', before: null, after: { description: 'A second row' } });
  });

  it('refuses snapshots out of date order', () => {
    expect(() => buildHistory([registry('2026-02-01'), registry('2026-01-01')])).toThrow(/2026-01-01 does not come after 2026-02-01/);
  });
});

describe('reading the history', () => {
  const history = buildHistory([
    registry('2026-01-01', unassigned('1000-1010'), named('old', 'tcp', '900')),
    registry('2026-02-01', unassigned('1000-1004'), named('new', 'tcp', '1005'), reserved('udp', '1005'), unassigned('1006-1010'), named('old', 'tcp', '900')),
    registry('2026-03-01', unassigned('1000-1004'), named('new', 'tcp', '1005'), reserved('udp', '1005'), unassigned('1006-1010')),
  ]);

  it('gives a port the changes that touch it, including a reserved row, and nothing to a port in an unassigned span that was only redrawn', () => {
    const byPort = changesByPort(history.changes);
    expect(byPort.get(1005)?.map((change) => change.kind)).toEqual(['assigned', 'placeholder']);
    expect(byPort.get(900)?.map((change) => change.kind)).toEqual(['deassigned']);
    expect(byPort.has(1004)).toBe(false);
    expect(byPort.has(1010)).toBe(false);
  });

  it('gives a service the changes to its records', () => {
    expect(changesByService(history.changes, serviceSlug).get('old')?.map((change) => change.seen)).toEqual(['2026-03-01']);
  });

  it('counts changes per month, newest first, and lists the newest port assignments first', () => {
    expect(countByMonth(history.changes)).toEqual([
      { month: '2026-03', count: 1 },
      { month: '2026-02', count: 5 },
    ]);
    expect(recentAssignmentItems(history.changes, 5)).toEqual([{ name: 'new', serviceHref: '/services/new/', where: '1005/tcp', portHref: '/ports/1005/', seen: '2026-02-01' }]);
  });
});
