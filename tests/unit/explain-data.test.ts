import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { content, portData, recordsByPort } from '../../src/data/site-data';
import { ExplainData, defaultListenersFrom, explainDataFrom } from '../../src/lib/explain/data';

const input = { recordsByPort, notablePorts: content.notablePorts, ranges: content.ranges, ephemeralRanges: content.ephemeralRanges, lastSystemPort: content.ranges.find((range) => range.slug === 'well-known')!.end, defaultListeners: defaultListenersFrom(portData.systemsByPort) };
const json = explainDataFrom(input);
const data = new ExplainData(JSON.parse(JSON.stringify(json)));

describe('the explain tool data', () => {
  it('stays within 80 KB gzip', () => {
    const size = gzipSync(JSON.stringify(json), { level: 9 }).length;
    console.info(`explain data: ${JSON.stringify(json).length} bytes, ${size} gzip`);
    expect(size).toBeLessThanOrEqual(80 * 1024);
  });

  it('is the same for the same input', () => {
    expect(JSON.stringify(explainDataFrom(input))).toBe(JSON.stringify(json));
  });

  it('knows a curated port by name, summary and security note', () => {
    const ssh = data.knowledge(22, 'tcp');
    expect(ssh.curated?.name).toMatch(/SSH/);
    expect(ssh.iana.map((entry) => entry.name)).toContain('ssh');
    const docker = data.knowledge(2375, 'tcp');
    expect(docker.security.length).toBeGreaterThan(0);
  });

  it('describes System Ports in IANA\'s words and names the others', () => {
    expect(data.knowledge(5, 'tcp').iana).toEqual([{ name: 'rje', description: 'Remote Job Entry', protocols: ['tcp', 'udp'] }]);
    expect(data.knowledge(7, 'udp').iana).toEqual([{ name: 'echo', description: '', protocols: ['tcp', 'udp'] }]);
    expect(data.knowledge(5432, 'tcp').iana.map((entry) => entry.name)).toEqual(['postgresql']);
  });

  it('knows an IANA-only port by its service and the application spans around a port', () => {
    expect(data.knowledge(6001, 'tcp').iana.map((entry) => entry.name)).toContain('x11');
    expect(data.knowledge(30080, 'tcp').spans.map((span) => span.slug)).toContain('kubernetes-nodeport');
  });

  it('leaves operating systems\' ephemeral ranges out of the application spans and keeps them for connections', () => {
    expect(data.knowledge(40000, 'tcp').spans.map((span) => span.slug)).not.toContain('linux-ephemeral');
    expect(data.ephemeral.map((range) => range.system)).toEqual(expect.arrayContaining(['Linux', 'Windows', 'macOS and iOS']));
  });

  it('links the system pages that list a port among their default listeners', () => {
    const smb = data.knowledge(445, 'tcp').listeners;
    expect(smb.map((page) => page.title)).toContain('Windows 11');
    expect(smb.find((page) => page.title === 'Windows 11')?.path).toMatch(/\/systems\/windows-11\/#port-\d+$/);
  });

  it('lists the default-listener pages it is given for the port and protocol', () => {
    const withPages = new ExplainData(explainDataFrom({ ...input, defaultListeners: [{ port: 5357, protocol: 'tcp', title: 'Windows 11', path: '/systems/windows-11/' }] }));
    expect(withPages.knowledge(5357, 'tcp').listeners).toEqual([{ protocol: 'tcp', title: 'Windows 11', path: '/systems/windows-11/' }]);
    expect(withPages.knowledge(5357, 'udp').listeners).toEqual([]);
  });
});
