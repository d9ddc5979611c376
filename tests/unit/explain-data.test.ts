import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { content, portData, recordsByPort } from '../../src/data/site-data';
import { DATA_FILES, ExplainData, dataFileOf, defaultListenersFrom, explainDataFilesFrom, explainDataFrom } from '../../src/lib/explain/data';
import { parsePaste } from '../../src/lib/explain/parse';

const input = { recordsByPort, notablePorts: content.notablePorts, ranges: content.ranges, ephemeralRanges: content.ephemeralRanges, lastSystemPort: content.ranges.find((range) => range.slug === 'well-known')!.end, defaultListeners: defaultListenersFrom(portData.systemsByPort) };
const json = explainDataFrom(input);
const data = new ExplainData(JSON.parse(JSON.stringify(json)));

describe('the explain tool data', () => {
  it('is cut into files that each stay well within 80 KB gzip, and a typical paste loads one or two', () => {
    const files = explainDataFilesFrom(input);
    const sizes = files.map((file) => gzipSync(JSON.stringify(file), { level: 9 }).length);
    console.info(`explain data files (gzip): ${sizes.join(', ')}; all together ${sizes.reduce((a, b) => a + b, 0)}`);
    expect(files).toHaveLength(DATA_FILES);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(60 * 1024);
    const paste = readFileSync(new URL('../fixtures/explain/ss-tuna.txt', import.meta.url), 'utf8') + readFileSync(new URL('../fixtures/explain/ss-tulpn.txt', import.meta.url), 'utf8');
    const needed = new Set(parsePaste(paste).sockets.flatMap((socket) => [socket.local.port, socket.remote?.port ?? null]).filter((port) => port !== null).map((port) => dataFileOf(port!)));
    expect([...needed].reduce((total, file) => total + sizes[file], 0)).toBeLessThanOrEqual(80 * 1024);
  });

  it('splits into files that together say what the whole says about every port', () => {
    const whole = new ExplainData(json);
    const split = new ExplainData(...explainDataFilesFrom(input));
    for (const port of [0, 22, 443, 4095, 4096, 6001, 30080, 49152, 65535]) {
      expect(split.knowledge(port, 'tcp'), `port ${port}`).toEqual(whole.knowledge(port, 'tcp'));
    }
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
