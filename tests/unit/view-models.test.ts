import { describe, expect, it } from 'vitest';
import { content, portClasses, portData, recordsByPort, serviceAliases, services } from '../../src/data/site-data';
import { ianaBoundaries, ianaRange } from '../../src/lib/ports';
import { buildCiteBoxModel } from '../../src/lib/citation';
import { buildEphemeralDefaults } from '../../src/lib/view-models/ephemeral-defaults';
import { buildPortMapModel } from '../../src/lib/view-models/port-map';
import { buildPortPageModel } from '../../src/lib/view-models/port-page';
import { buildRangeDensity } from '../../src/lib/view-models/range-page';
import { buildServicePageModel } from '../../src/lib/view-models/service-page';

const registered = ianaRange('registered', content.ranges);
const dynamic = ianaRange('dynamic', content.ranges);

describe('range boundaries', () => {
  it('come from content/ranges.ts: the registered range starts at 1024 and the dynamic range at 49152', () => {
    expect(registered.start).toBe(1024);
    expect(dynamic.start).toBe(49152);
    expect(ianaBoundaries(content.ranges).map((range) => range.start)).toEqual([registered.start, dynamic.start]);
  });
});

describe('the port map', () => {
  it('of every port shows all 256 rows, both boundaries and 64 blocks of 1,024', () => {
    const model = buildPortMapModel(portClasses, content.ranges);
    expect(model.whole).toBe(true);
    expect([model.top, model.rows]).toEqual([0, 256]);
    expect(model.boundaries).toEqual([
      { port: registered.start, row: registered.start / 256, name: `the registered range at ${registered.start}` },
      { port: dynamic.start, row: dynamic.start / 256, name: `the dynamic range at ${dynamic.start}` },
    ]);
    expect(model.blocks).toHaveLength(64);
    expect(model.outside).toEqual([]);
    expect(model.legend.reduce((sum, entry) => sum + entry.count, 0)).toBe(65536);
    expect(model.description).toMatch(/^Map of all 65,536 ports, one cell per port in rows of 256, lowest at top left: /);
  });

  it('of a small span pads it to eight rows, dims what is outside it and draws no boundary it does not reach', () => {
    const model = buildPortMapModel(portClasses, content.ranges, { start: 6000, end: 6063, id: 'range-map' });
    expect(model.rows).toBe(8);
    expect(model.top).toBeLessThanOrEqual(6000 >> 8);
    expect(model.top + model.rows - 1).toBeGreaterThanOrEqual(6063 >> 8);
    expect(model.outside).toContainEqual({ x: 0, y: 23, width: 6000 % 256, height: 1 });
    expect(model.boundaries).toEqual([]);
    expect(model.blocks).toEqual([{ start: 6000, end: 6063, assigned: expect.any(Number) }]);
    expect(model.caption).toBe('Ports 6000–6063');
  });

  it('of a span inside one row crops the rows to the cells around it, so that its cells are big enough to see', () => {
    const x11 = buildPortMapModel(portClasses, content.ranges, { start: 6000, end: 6063 });
    expect([x11.left, x11.columns]).toEqual([(6000 % 256) - 8, 64 + 16]);
    expect(x11.cropNote).toBe('Each row is cropped to the 80 cells around the span.');
    // Near the end of a row the view stays inside the image and keeps its minimum width.
    const edge = buildPortMapModel(portClasses, content.ranges, { start: 506, end: 511 });
    expect([edge.left, edge.columns]).toEqual([256 - 32, 32]);
    // A span that crosses into the next row keeps whole rows.
    const across = buildPortMapModel(portClasses, content.ranges, { start: 250, end: 270 });
    expect([across.left, across.columns, across.cropNote]).toEqual([0, 256, null]);
  });

  it('refuses a span outside 0–65535', () => {
    expect(() => buildPortMapModel(portClasses, content.ranges, { start: 10, end: 65536 })).toThrow(/0 ≤ start ≤ end ≤ 65535/);
  });
});

describe('the port page model', () => {
  it('titles a curated port by its name and cites its canonical address', () => {
    const model = buildPortPageModel(22, portData);
    expect(model.title).toMatch(/^Port 22 \(.+\): TCP\/UDP port 22$/);
    expect(model.cite.url).toMatch(/\/ports\/22\/$/);
    expect(model.cite.forms.map((form) => form.id)).toEqual(['markdown', 'mediawiki', 'cite-web', 'html']);
    expect(model.indexed).toBe(true);
    expect(model.search.filters.protocol).toEqual(expect.arrayContaining(['TCP', 'UDP']));
  });

  it('names which systems may hand out a dynamic port and which may not', () => {
    const model = buildPortPageModel(61000, portData);
    expect(model.dynamic).toBe(true);
    expect(model.ephemeralIncludedBy).toContain('Windows');
    expect(model.ephemeralExcludedBy).toContain('Linux');
  });

  it('leaves an unassigned port without content out of search, unless it has prose', () => {
    const port = [...Array(65536).keys()].find((n) => recordsByPort[n].length === 0 && !portData.notableByPort.has(n))!;
    expect(buildPortPageModel(port, portData).indexed).toBe(false);
    expect(buildPortPageModel(port, portData, { hasProse: true }).indexed).toBe(true);
  });
});

describe('the cite box', () => {
  it('offers every form with the publication and access dates, and keeps what the browser needs to cite a section', () => {
    const model = buildCiteBoxModel({ title: 'Port 5432: PostgreSQL', url: 'https://example.org/ports/5432/', date: '2026-11-01', accessDate: '2026-11-30' });
    expect(model).toMatchObject({ title: 'Port 5432: PostgreSQL', url: 'https://example.org/ports/5432/', date: '2026-11-01' });
    expect(model.forms.map((form) => form.id)).toEqual(['markdown', 'mediawiki', 'cite-web', 'html']);
    expect(model.forms.find((form) => form.id === 'cite-web')!.text).toBe(
      '{{cite web |title=Port 5432: PostgreSQL |url=https://example.org/ports/5432/ |website=Port Atlas |date=2026-11-01 |access-date=2026-11-30}}',
    );
  });

  it('cites a port page by its IANA assignment, without nested parentheses', () => {
    const port = [...portData.notableByPort.values()].find((entry) => entry.status === 'unofficial' && portData.recordsByPort[entry.port].length === 0)!;
    expect(buildPortPageModel(port.port, portData).cite.title).toBe(`Port ${port.port}: not assigned by IANA`);
    expect(buildPortPageModel(5432, portData).cite.title).not.toMatch(/\(.*\(/);
  });
});

describe('range density', () => {
  it('counts every port of each range, and the dynamic range, which IANA never assigns, as empty', () => {
    const [registeredRow, dynamicRow] = buildRangeDensity([registered, dynamic], recordsByPort);
    expect(registeredRow.counts.total).toBe(registered.end - registered.start + 1);
    expect(registeredRow.percent).toMatch(/^\d+%$/);
    expect(dynamicRow.counts).toMatchObject({ total: 16384, assigned: 0 });
    expect(dynamicRow.percent).toBe('0%');
  });
});

describe('the ephemeral defaults table', () => {
  it('has one row per system default, marking former defaults', () => {
    const rows = buildEphemeralDefaults(content.ephemeralRanges);
    expect(rows).toHaveLength(content.ephemeralRanges.length);
    const linux = rows.find((row) => row.system === 'Linux' && row.span === '32768–60999')!;
    expect(linux.size).toBe(28232);
    expect(rows.filter((row) => row.versions.endsWith(', former default')).length).toBe(content.ephemeralRanges.filter((range) => !range.current).length);
  });
});

describe('service pages', () => {
  const data = { services, serviceAliases, notablePorts: content.notablePorts };

  it('list an IANA service\'s ports, linking single ports to their protocol\'s records', () => {
    const model = buildServicePageModel('ssh', data);
    expect(model.answer).toBe('ssh is an IANA service name registered for port 22 on TCP, UDP and SCTP.');
    expect(model.rows!.map((row) => row.portHref)).toEqual(expect.arrayContaining(['/ports/22/#tcp', '/ports/22/#udp', '/ports/22/#sctp']));
    expect(model.redirect).toBeNull();
  });

  it('send a curated alias to its IANA service', () => {
    const model = buildServicePageModel('postgres', data);
    expect(model.redirect).toEqual({ service: 'postgresql', href: '/services/postgresql/' });
    expect(model.aliasPort).toEqual({ port: 5432, href: '/ports/5432/' });
    expect(model.rows).toBeNull();
  });

  it('refuse a slug that is neither', () => {
    expect(() => buildServicePageModel('no-such-service-anywhere', data)).toThrow(/no-such-service-anywhere/);
  });
});
