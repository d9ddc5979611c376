import { describe, expect, it } from 'vitest';
import type { System } from '../../src/lib/schemas/system';
import { indexSystemsByPort, systemListenersHeading } from '../../src/lib/systems';
import { defaultListenersFrom } from '../../src/lib/explain/data';
import { buildPortPageModel } from '../../src/lib/view-models/port-page';
import { buildSystemPageModel, buildSystemsIndexModel, PREVIEW_PORTS } from '../../src/lib/view-models/system-page';
import { portData } from '../../src/data/site-data';

const source = { url: 'https://example.org/doc', title: 'Example vendor document', kind: 'vendor' as const, checked: '2026-11-30' };

function listener(ports: number[], protocols: System['listeners'][number]['protocols'], reachable: 'yes' | 'no' | 'depends' = 'yes'): System['listeners'][number] {
  return {
    ports,
    protocols,
    service: `Service on ${ports.join(', ')}`,
    process: 'exampled',
    interfaces: reachable === 'no' ? 'loopback' : 'all',
    reachable,
    reachableWhy: 'Because the example configuration says so.',
    turnOff: 'Stop the example service.',
    sources: [source],
  };
}

const example: System = {
  slug: 'example-os',
  name: 'Example OS',
  kind: 'server',
  versions: '1.0',
  summary: 'An example system used by the tests only.',
  baseline: 'A fresh install of the example system.',
  listeners: [listener([9100], ['tcp']), listener([53], ['udp', 'tcp'], 'no'), listener([138, 137], ['udp'], 'depends'), listener([7], ['tcp']), listener([8, 9, 10], ['tcp'])],
};

describe('the system page view model', () => {
  const model = buildSystemPageModel(example);

  it('orders rows by their lowest port and links every port to its page', () => {
    expect(model.rows.map((row) => row.ports[0].port)).toEqual([7, 8, 53, 137, 9100]);
    expect(model.rows[3].ports).toEqual([
      { port: 137, path: '/ports/137/' },
      { port: 138, path: '/ports/138/' },
    ]);
  });

  it('gives each row an anchor named after its lowest port, the one port pages link to', () => {
    expect(model.rows.map((row) => row.id)).toEqual(['port-7', 'port-8', 'port-53', 'port-137', 'port-9100']);
  });

  it('spells out protocols and reachability for readers', () => {
    const dns = model.rows.find((row) => row.id === 'port-53')!;
    expect(dns.protocols).toBe('UDP and TCP');
    expect(dns.reachableLabel).toBe('No');
    expect(dns.interfaces).toMatch(/^Loopback only/);
  });

  it('sums up how many listeners other machines can reach in its one-sentence answer', () => {
    expect(model.answer).toBe('A fresh install of Example OS (1.0) has 5 listeners we could source: 3 reachable from other machines as installed; 1 reachable depending on the firewall, a setting or the network; 1 serving only the machine itself.');
    expect(model.ports).toEqual([7, 8, 9, 10, 53, 137, 138, 9100]);
  });
});

describe('the systems index view model', () => {
  it('groups systems by kind and shortens long port lists', () => {
    const index = buildSystemsIndexModel([example]);
    expect(index.groups.map((group) => group.kind)).toEqual(['server']);
    const card = index.groups[0].systems[0];
    expect(card.path).toBe('/systems/example-os/');
    expect(card.portsPreview).toBe(`7, 8, 9, 10, 53, 137 and ${8 - PREVIEW_PORTS} more`);
  });
});

describe('the port page link back to system pages', () => {
  it('says which systems listen on the port by default', () => {
    const context = { ...portData, systemsByPort: indexSystemsByPort([example]) };
    expect(buildPortPageModel(138, context).defaultListeners).toEqual([
      expect.objectContaining({ name: 'Example OS', href: '/systems/example-os/#port-137', protocols: ['udp'], reachable: 'depends' }),
    ]);
    expect(buildPortPageModel(22, context).defaultListeners).toEqual([]);
  });
});

describe('a listener that starts only once a setting is turned on', () => {
  const remoteDesktop = { ...listener([3389], ['tcp'], 'depends'), whenTurnedOn: 'Remote Desktop is turned on' };
  const withOptional: System = { ...example, listeners: [...example.listeners, remoteDesktop] };

  it('is listed apart from what a fresh install listens on, and counted apart in the answer', () => {
    const model = buildSystemPageModel(withOptional);
    expect(model.rows.map((row) => row.id)).not.toContain('port-3389');
    expect(model.optionalRows.map((row) => row.id)).toEqual(['port-3389']);
    expect(model.optionalRows[0].whenTurnedOn).toBe('Remote Desktop is turned on');
    expect(model.answer).toMatch(/has 5 listeners we could source: .*\. 1 other listener starts only once a setting is turned on\.$/);
  });

  it('is not called a default listener on the port page or in the explain tool', () => {
    const systemsByPort = indexSystemsByPort([withOptional]);
    const [link] = buildPortPageModel(3389, { ...portData, systemsByPort }).defaultListeners;
    expect(link).toMatchObject({ href: '/systems/example-os/#port-3389', whenTurnedOn: 'Remote Desktop is turned on' });
    expect(systemListenersHeading([link])).toBe('Listening once turned on');
    expect(defaultListenersFrom(systemsByPort).filter((page) => page.port === 3389)).toEqual([]);
    expect(defaultListenersFrom(systemsByPort).filter((page) => page.port === 9100)).toHaveLength(1);
  });

  it('gives way to a default row of the same system on the same port', () => {
    const udpByDefault = listener([3389], ['udp'], 'depends');
    const [link] = indexSystemsByPort([{ ...withOptional, listeners: [remoteDesktop, udpByDefault] }]).get(3389)!;
    expect(link.whenTurnedOn).toBeUndefined();
    expect(link.protocols).toEqual(['tcp', 'udp']);
    expect(systemListenersHeading([link])).toBe('Listening by default');
  });
});
