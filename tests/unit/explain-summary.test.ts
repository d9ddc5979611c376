import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { content, recordsByPort } from '../../src/data/site-data';
import { ExplainData, explainDataFrom } from '../../src/lib/explain/data';
import { parsePaste } from '../../src/lib/explain/parse';
import { explain } from '../../src/lib/explain/summarize';

const data = new ExplainData(
  explainDataFrom({
    recordsByPort,
    notablePorts: content.notablePorts,
    ranges: content.ranges,
    ephemeralRanges: content.ephemeralRanges,
    lastSystemPort: content.ranges.find((range) => range.slug === 'well-known')!.end,
    defaultListeners: [],
  }),
);

function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/explain/${name}.txt`, import.meta.url), 'utf8').replace(/^#\|.*\n/gm, '');
}

describe('explaining a paste', () => {
  it('makes one row per listening port, merging IPv4 and IPv6 sockets', () => {
    const result = explain(parsePaste(fixture('ss-tulpn')), data);
    expect(result.rows.map((row) => `${row.protocol}/${row.port}`)).toEqual(['tcp/22', 'tcp/53', 'udp/53', 'tcp/80', 'udp/123', 'udp/546', 'tcp/5432', 'tcp/6379']);
    const ssh = result.rows.find((row) => row.port === 22)!;
    expect(ssh.sockets).toBe(2);
    expect(ssh.where).toEqual({ kind: 'all' });
    expect(ssh.processes).toEqual(['sshd']);
    expect(ssh.knowledge.curated?.name).toMatch(/SSH/);
  });

  it('says where each port listens: everywhere, loopback only or one address', () => {
    const rows = explain(parsePaste(fixture('ss-tulpn')), data).rows;
    const where = (protocol: string, port: number) => rows.find((row) => row.protocol === protocol && row.port === port)!;
    expect(where('tcp', 5432).where).toEqual({ kind: 'loopback' });
    expect(where('tcp', 5432).reachable).toBe(false);
    expect(where('tcp', 80).where).toEqual({ kind: 'specific', addresses: ['192.168.1.10'] });
    expect(where('tcp', 6379).reachable).toBe(true);
  });

  it('counts listening sockets, ports reachable from the network and ports with a security note', () => {
    const result = explain(parsePaste(fixture('ss-tulpn')), data);
    expect(result.listeningSockets).toBe(9);
    // 22, 80, 123, 546 and 6379 are reachable; 53 (both) and 5432 listen on loopback only.
    expect(result.reachablePorts).toBe(5);
    expect(result.withSecurityNote).toBe(result.rows.filter((row) => row.knowledge.security.length > 0).length);
    expect(result.rows.find((row) => row.port === 6379)!.knowledge.security.length).toBeGreaterThan(0);
  });

  it('summarises connections apart: incoming to a listener, outgoing from an ephemeral port, and where they go', () => {
    const { connections } = explain(parsePaste(fixture('ss-tuna')), data);
    expect(connections.count).toBe(7);
    expect(connections.incoming).toBe(1);
    expect(connections.outgoing).toBe(6);
    expect(connections.localPorts).toEqual({ min: 39950, max: 58822 });
    const linux = connections.ephemeral.find((range) => range.systems.includes('Linux'))!;
    expect(linux.inside).toBe(6);
    expect(connections.remotePorts[0]).toEqual({ port: 443, count: 2, label: expect.stringMatching(/HTTPS/i) });
  });

  it('keeps a scanned host\'s open ports apart from the machine\'s own listeners', () => {
    const result = explain(parsePaste(`${fixture('ss-tlnp-no-netid')}\n${fixture('nmap-grepable')}`), data);
    const ssh = result.rows.filter((row) => row.port === 22);
    expect(ssh.map((row) => row.where.kind)).toEqual(['all', 'scan']);
    expect(ssh[1].where).toEqual({ kind: 'scan', hosts: ['192.0.2.1'] });
  });

  it('gives the process ids when the paste names no program', () => {
    const rows = explain(parsePaste(fixture('netstat-windows-ano')), data).rows;
    expect(rows.find((row) => row.protocol === 'tcp' && row.port === 135)).toMatchObject({ processes: [], pids: [1044], sockets: 2 });
  });

  it('does not count a container port that is not published as reachable', () => {
    const result = explain(parsePaste(fixture('docker-ps')), data);
    const redis = result.rows.find((row) => row.port === 6379)!;
    expect(redis.where).toEqual({ kind: 'container' });
    expect(redis.reachable).toBe(false);
    expect(result.rows.find((row) => row.port === 8080)!.containerPorts).toEqual([80]);
  });
});
