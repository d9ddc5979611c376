import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addressScope, parseEndpoint } from '../../src/lib/explain/address';
import { parsePaste, type ParsedPaste } from '../../src/lib/explain/parse';
import type { Socket } from '../../src/lib/explain/types';

/** A fixture without its "#|" source comment, which is documentation and not tool output. */
function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/explain/${name}.txt`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => !line.startsWith('#|'))
    .join('\n');
}

/** "tcp/22 0.0.0.0 sshd" for each listening socket, to compare whole fixtures at a glance. */
function listeners(parsed: ParsedPaste): string[] {
  return parsed.sockets.filter((socket) => socket.role === 'listen').map(describeSocket);
}

function describeSocket(socket: Socket): string {
  return [`${socket.protocol}/${socket.local.port}`, socket.local.address, ...socket.processes].join(' ');
}

function understood(name: string): ParsedPaste {
  const parsed = parsePaste(fixture(name));
  expect(parsed.notUnderstoodExamples, `${name}: lines not understood`).toEqual([]);
  return parsed;
}

describe('addresses', () => {
  it.each([
    ['0.0.0.0:22', ':', '0.0.0.0', 22, undefined],
    ['[::]:443', ':', '::', 443, undefined],
    ['*:443', ':', '*', 443, undefined],
    [':::22', ':', '::', 22, undefined],
    ['::1:323', ':', '::1', 323, undefined],
    ['127.0.0.53%lo:53', ':', '127.0.0.53', 53, 'lo'],
    ['[fe80::1%eth0]:546', ':', 'fe80::1', 546, 'eth0'],
    ['::1.631', '.', '::1', 631, undefined],
    ['*.22', '.', '*', 22, undefined],
    ['192.168.1.20.50312', '.', '192.168.1.20', 50312, undefined],
    ['fe80::1c2a:5f%en0.60123', '.', 'fe80::1c2a:5f', 60123, 'en0'],
  ] as const)('reads %s', (text, separator, address, port, zone) => {
    expect(parseEndpoint(text, separator)).toEqual(zone ? { address, port, zone } : { address, port });
  });

  it('reads a wildcard port as no port', () => {
    expect(parseEndpoint('0.0.0.0:*')).toEqual({ address: '0.0.0.0', port: null });
    expect(parseEndpoint('*.*', '.')).toEqual({ address: '*', port: null });
    expect(parseEndpoint('*:*')).toEqual({ address: '*', port: null });
  });

  it('refuses service names and ports above 65535', () => {
    expect(parseEndpoint('localhost:ipp')).toBeNull();
    expect(parseEndpoint('0.0.0.0:65536')).toBeNull();
  });

  it('tells the wildcard, loopback and one interface apart', () => {
    expect(['*', '0.0.0.0', '::'].map(addressScope)).toEqual(['any', 'any', 'any']);
    expect(['127.0.0.1', '127.0.0.53', '::1', '::ffff:127.0.0.1'].map(addressScope)).toEqual(['loopback', 'loopback', 'loopback', 'loopback']);
    expect(['192.168.1.10', 'fe80::1'].map(addressScope)).toEqual(['specific', 'specific']);
  });
});

describe('ss', () => {
  it('reads ss -tulpn with its processes, zones and IPv6 listeners', () => {
    const parsed = understood('ss-tulpn');
    expect(parsed.formats).toEqual(['ss']);
    expect(listeners(parsed)).toEqual([
      'udp/53 127.0.0.53 systemd-resolve',
      'udp/123 0.0.0.0 chronyd',
      'udp/546 fe80::1 systemd-network',
      'tcp/53 127.0.0.53 systemd-resolve',
      'tcp/22 0.0.0.0 sshd',
      'tcp/5432 127.0.0.1 postgres',
      'tcp/80 192.168.1.10 nginx',
      'tcp/22 :: sshd',
      'tcp/6379 * redis-server',
    ]);
  });

  it('reads ss -tuna, telling listeners from connections', () => {
    const parsed = understood('ss-tuna');
    expect(listeners(parsed)).toEqual(['udp/5353 0.0.0.0', 'tcp/631 127.0.0.1', 'tcp/631 ::1']);
    const connections = parsed.sockets.filter((socket) => socket.role === 'connection');
    expect(connections.map((socket) => `${socket.state} ${socket.local.port}->${socket.remote?.port}`)).toEqual([
      'ESTAB 41873->53',
      'ESTAB 46412->443',
      'ESTAB 52110->443',
      'TIME-WAIT 39950->80',
      'ESTAB 58822->22',
      'ESTAB 631->40112',
      'ESTAB 40112->631',
    ]);
  });

  it('reads ss -tlnp without the Netid column as TCP', () => {
    const parsed = understood('ss-tlnp-no-netid');
    expect(listeners(parsed)).toEqual(['tcp/22 0.0.0.0 sshd', 'tcp/8080 127.0.0.1 java', 'tcp/22 :: sshd']);
  });
});

describe('netstat on Linux and BSD', () => {
  it('reads net-tools netstat -tulpn with PID/Program names', () => {
    const parsed = understood('netstat-linux');
    expect(parsed.formats).toEqual(['netstat-linux']);
    expect(listeners(parsed)).toEqual([
      'tcp/22 0.0.0.0 sshd',
      'tcp/3306 127.0.0.1 mysqld',
      'tcp/53 127.0.0.53 systemd-resolve',
      'tcp/22 :: sshd',
      'tcp/80 :: apache2',
      'udp/53 127.0.0.53 systemd-resolve',
      'udp/68 0.0.0.0 dhclient',
      'udp/323 ::1',
    ]);
  });

  it('reads macOS netstat -an with dot-separated ports, tcp46 and zones', () => {
    const parsed = understood('netstat-bsd');
    expect(parsed.formats).toEqual(['netstat-bsd']);
    expect(listeners(parsed)).toEqual(['tcp/631 127.0.0.1', 'tcp/631 ::1', 'tcp/5000 *', 'tcp/22 *', 'udp/5353 *', 'udp/5353 *']);
    const zoned = parsed.sockets.find((socket) => socket.local.zone === 'en0');
    expect(zoned?.remote).toEqual({ address: 'fe80::8a:2b', port: 49157, zone: 'en0' });
  });
});

describe('lsof', () => {
  it('reads lsof -iTCP -sTCP:LISTEN with escaped command names', () => {
    const parsed = understood('lsof-listen');
    expect(listeners(parsed)).toEqual([
      'tcp/22 * launchd',
      'tcp/22 * launchd',
      'tcp/7000 * ControlCe',
      'tcp/5000 * ControlCe',
      'tcp/5432 ::1 postgres',
      'tcp/5432 127.0.0.1 postgres',
      'tcp/45623 127.0.0.1 Code H',
    ]);
  });

  it('reads lsof -i with UDP sockets and IPv4 and IPv6 connections', () => {
    const parsed = understood('lsof-all');
    expect(listeners(parsed)).toEqual(['udp/53 127.0.0.53 systemd-r', 'tcp/53 127.0.0.53 systemd-r', 'tcp/22 * sshd', 'tcp/22 * sshd', 'udp/123 * chronyd']);
    const connections = parsed.sockets.filter((socket) => socket.role === 'connection');
    expect(connections.map((socket) => `${socket.local.port}->${socket.remote?.address}:${socket.remote?.port}`)).toEqual([
      '22->203.0.113.77:51544',
      '43512->93.184.215.14:443',
      '50110->2606:4700::6810:85e5:443',
    ]);
  });
});

describe('Windows netstat', () => {
  it('reads netstat -ano with PIDs, IPv6 and scoped addresses', () => {
    const parsed = understood('netstat-windows-ano');
    expect(parsed.formats).toEqual(['netstat-windows']);
    expect(listeners(parsed)).toEqual([
      'tcp/135 0.0.0.0',
      'tcp/445 0.0.0.0',
      'tcp/3389 0.0.0.0',
      'tcp/6463 127.0.0.1',
      'tcp/139 192.168.1.10',
      'tcp/135 ::',
      'tcp/445 ::',
      'tcp/49670 ::1',
      'udp/5353 0.0.0.0',
      'udp/5355 0.0.0.0',
      'udp/1900 fe80::9c1a:2b3c:4d5e:6f70',
    ]);
    expect(parsed.sockets.find((socket) => socket.local.port === 3389)?.pid).toBe(1288);
    expect(parsed.sockets.filter((socket) => socket.role === 'connection')).toHaveLength(3);
  });

  it('names the executable netstat -anb prints below each socket', () => {
    const parsed = understood('netstat-windows-anb');
    expect(parsed.sockets.map(describeSocket)).toEqual([
      'tcp/135 0.0.0.0 svchost.exe',
      'tcp/445 0.0.0.0',
      'tcp/5040 0.0.0.0 svchost.exe',
      'tcp/27017 127.0.0.1 mongod.exe',
      'tcp/50130 192.168.1.10 OUTLOOK.EXE',
      'udp/500 0.0.0.0 svchost.exe',
    ]);
  });

  it('skips a title and headers in any language, even a translated Proto', () => {
    const parsed = understood('netstat-windows-russian');
    expect(listeners(parsed)).toEqual(['tcp/135 0.0.0.0', 'tcp/445 0.0.0.0', 'udp/500 0.0.0.0']);
  });

  it('reads German netstat -ano by its columns, whatever the words', () => {
    const parsed = understood('netstat-windows-german');
    expect(listeners(parsed)).toEqual(['tcp/135 0.0.0.0', 'tcp/7680 0.0.0.0', 'tcp/5354 127.0.0.1', 'udp/123 0.0.0.0']);
    expect(parsed.sockets.filter((socket) => socket.role === 'connection').map((socket) => socket.state)).toEqual(['HERGESTELLT', 'WARTEND']);
  });
});

describe('PowerShell', () => {
  it('reads the Get-NetTCPConnection and Get-NetUDPEndpoint tables, blank AppliedSetting included', () => {
    const parsed = understood('powershell-table');
    expect(parsed.formats).toEqual(['powershell-table']);
    expect(listeners(parsed)).toEqual([
      'tcp/445 ::',
      'tcp/135 ::',
      'tcp/49668 0.0.0.0',
      'tcp/3389 0.0.0.0',
      'tcp/6463 127.0.0.1',
      'udp/5353 ::',
      'udp/5353 0.0.0.0',
      'udp/1900 127.0.0.1',
    ]);
    expect(parsed.sockets.find((socket) => socket.local.port === 3389)?.pid).toBe(1288);
    expect(parsed.sockets.find((socket) => socket.local.port === 50123)?.pid).toBe(5168);
    expect(parsed.sockets.filter((socket) => socket.role === 'connection').map((socket) => socket.state)).toEqual(['Established', 'Established', 'Bound']);
  });

  it('reads Format-List blocks of TCP connections and UDP endpoints', () => {
    const parsed = understood('powershell-list');
    expect(parsed.formats).toEqual(['powershell-list']);
    expect(listeners(parsed)).toEqual(['tcp/445 ::', 'tcp/5939 127.0.0.1', 'udp/500 0.0.0.0']);
    expect(parsed.sockets.map((socket) => socket.pid)).toEqual([4, 3560, 3380]);
  });
});

describe('docker ps', () => {
  it('reads published ports with their host address, spans and exposed-only ports', () => {
    const parsed = understood('docker-ps');
    expect(parsed.sockets.map((socket) => `${describeSocket(socket)} ${socket.view}${socket.containerPort ? `->${socket.containerPort}` : ''}`)).toEqual([
      'tcp/8080 0.0.0.0 container web local->80',
      'tcp/8080 :: container web local->80',
      'tcp/5432 127.0.0.1 container db local->5432',
      'tcp/6379 container container cache container',
      'tcp/1234 0.0.0.0 container test local->9876',
      'tcp/4321 0.0.0.0 container test local->7890',
      'udp/10000 0.0.0.0 container media local->10000',
      'udp/10001 0.0.0.0 container media local->10001',
      'udp/10002 0.0.0.0 container media local->10002',
      'tcp/9000 :: container media local->9000',
    ]);
  });
});

describe('nmap', () => {
  it('reads open ports from normal output, per scanned host, and skips closed and filtered ones', () => {
    const parsed = understood('nmap-normal');
    expect(parsed.formats).toEqual(['nmap']);
    expect(listeners(parsed)).toEqual([
      'tcp/22 192.0.2.10 ssh',
      'tcp/80 192.0.2.10 http',
      'tcp/445 192.0.2.10 microsoft-ds',
      'tcp/2375 192.0.2.10 docker',
      'udp/53 192.0.2.11 domain',
    ]);
  });

  it('reads open ports from grepable output', () => {
    const parsed = understood('nmap-grepable');
    expect(parsed.formats).toEqual(['nmap-grepable']);
    expect(listeners(parsed)).toEqual(['tcp/22 192.0.2.1 ssh', 'tcp/53 192.0.2.1 domain', 'tcp/80 192.0.2.1 http', 'tcp/9100 192.0.2.2 jetdirect', 'tcp/631 192.0.2.2 ipp']);
  });
});

describe('pastes', () => {
  it('reads a paste that mixes several tools', () => {
    const parsed = parsePaste([fixture('ss-tulpn'), fixture('nmap-grepable'), fixture('powershell-list'), fixture('docker-ps'), fixture('netstat-windows-anb')].join('\n'));
    expect(parsed.notUnderstood).toBe(0);
    expect(parsed.formats).toEqual(['ss', 'nmap-grepable', 'powershell-list', 'docker-ps', 'netstat-windows']);
    expect(parsed.sockets).toHaveLength(9 + 5 + 3 + 10 + 6);
  });

  it('counts lines it does not understand and keeps the first few, cut short', () => {
    const noise = Array.from({ length: 20 }, (_, index) => `noise ${index} ${'x'.repeat(500)}`);
    const output = fixture('ss-tlnp-no-netid');
    const parsed = parsePaste([output, ...noise].join('\n'));
    expect(parsed.sockets).toHaveLength(3);
    expect(parsed.notUnderstood).toBe(20);
    expect(parsed.notUnderstoodExamples).toHaveLength(5);
    expect(parsed.notUnderstoodExamples[0]).toEqual({ line: output.split('\n').length + 1, text: `noise 0 ${'x'.repeat(192)}` });
  });

  it('ignores blank lines and the command line that produced the output', () => {
    const parsed = parsePaste(`$ sudo ss -tlnp\n\n${fixture('ss-tlnp-no-netid')}\n\nPS C:\\Users\\me> Get-NetUDPEndpoint\n${fixture('powershell-list')}`);
    expect(parsed.notUnderstoodExamples).toEqual([]);
    expect(parsed.sockets).toHaveLength(6);
  });

  it('treats markup as text that matches nothing', () => {
    const parsed = parsePaste('<img src=x onerror=alert(1)>\n<script>alert(1)</script>');
    expect(parsed.sockets).toEqual([]);
    expect(parsed.notUnderstoodExamples.map((example) => example.text)).toEqual(['<img src=x onerror=alert(1)>', '<script>alert(1)</script>']);
  });
});

describe('hostile pastes', () => {
  it('reads a megabyte of lines built to make patterns backtrack in about linear time', { timeout: 20_000 }, () => {
    const traps = [
      `TCP a b ${' '.repeat(3_900)}x`,
      `tcp 0 0 a b ${' '.repeat(3_900)}x`,
      `x 1 ${' IPv4'.repeat(780)} x`,
      `LISTEN 0 0 a b ${' '.repeat(3_900)}x`,
      `22/tcp open ${' '.repeat(3_900)}x`,
      `Host: 192.0.2.1 Ports: ${' '.repeat(3_800)}x`,
      `LocalAddress : ${' '.repeat(3_900)}x`,
      `${'1'.repeat(4_000)}`,
    ];
    const paste = Array.from({ length: 256 }, (_, index) => traps[index % traps.length]).join('\n');
    expect(paste.length).toBeGreaterThan(1_000_000);
    const parsed = parsePaste(paste);
    expect(parsed.lines).toBe(256);
    expect(parsed.sockets.every((socket) => socket.format === 'nmap')).toBe(true);
  });
});
