import type { EphemeralRange } from '../src/lib/schemas/ephemeral-range';
import { source } from './sources.ts';

const linuxSysctlDocs = source.kernelNetworkingIpSysctl;

const linuxRangeCommit = {
  url: 'https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git/commit/?id=07f4c90062f8fc7c8c26f8f95324cbe8fa3145a5',
  title: 'Linux commit 07f4c90062f8: default ip_local_port_range ends at 60999 (2015)',
  kind: 'os-source',
} as const;

const windowsKb929851 = source.microsoftNetworkingDefaultDynamicPortRangeTcpipC;

/**
 * Default ranges for automatically chosen source ports, per system. The facts were checked against the
 * sources listed with each entry (see also ../shared/docs/facts.md at the time of writing).
 */
export const ephemeralRanges: EphemeralRange[] = [
  {
    id: 'linux',
    system: 'Linux',
    versions: 'kernel 4.2 and later',
    start: 32768,
    end: 60999,
    current: true,
    readCommand: 'cat /proc/sys/net/ipv4/ip_local_port_range',
    note: 'Set with the net.ipv4.ip_local_port_range sysctl; distributions and container hosts often change it.',
    sources: [linuxSysctlDocs, linuxRangeCommit],
  },
  {
    id: 'linux-before-4-2',
    system: 'Linux',
    versions: 'kernels before 4.2',
    start: 32768,
    end: 61000,
    current: false,
    readCommand: 'cat /proc/sys/net/ipv4/ip_local_port_range',
    sources: [linuxRangeCommit],
  },
  {
    id: 'windows',
    system: 'Windows',
    versions: 'Vista and Server 2008 and later',
    start: 49152,
    end: 65535,
    current: true,
    readCommand: 'netsh int ipv4 show dynamicport tcp',
    note: 'Separate settings exist for tcp and udp, and for ipv4 and ipv6.',
    sources: [windowsKb929851],
  },
  {
    id: 'windows-xp',
    system: 'Windows',
    versions: 'XP and Server 2003 and earlier',
    start: 1025,
    end: 5000,
    current: false,
    readCommand: 'reg query HKLM\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters /v MaxUserPort',
    note: 'The upper end came from the MaxUserPort registry value.',
    sources: [windowsKb929851],
  },
  {
    id: 'macos',
    system: 'macOS and iOS',
    versions: 'XNU kernel',
    start: 49152,
    end: 65535,
    current: true,
    readCommand: 'sysctl net.inet.ip.portrange.first net.inet.ip.portrange.last',
    sources: [
      source.githubInPcbC,
    ],
  },
  {
    id: 'freebsd',
    system: 'FreeBSD',
    versions: 'current releases',
    start: 10000,
    end: 65535,
    current: true,
    readCommand: 'sysctl net.inet.ip.portrange.first net.inet.ip.portrange.last',
    note: 'The separate "high" range (portrange.hifirst–hilast) is 49152–65535.',
    sources: [
      source.freebsdInH,
    ],
  },
  {
    id: 'netbsd',
    system: 'NetBSD',
    versions: 'current releases',
    start: 49152,
    end: 65535,
    current: true,
    readCommand: 'sysctl net.inet.ip.anonportmin net.inet.ip.anonportmax',
    sources: [
      source.githubInH,
    ],
  },
  {
    id: 'solaris',
    system: 'Solaris 11 and illumos',
    versions: 'Solaris 11, illumos distributions',
    start: 32768,
    end: 65535,
    current: true,
    readCommand: 'ipadm show-prop -p smallest_anon_port,largest_anon_port tcp',
    sources: [
      source.githubTcpTunablesC,
    ],
  },
  {
    id: 'aix',
    system: 'AIX',
    versions: 'recent releases',
    start: 32768,
    end: 65535,
    current: true,
    readCommand: 'no -a | grep ephemeral',
    note: 'Only secondary sources state this default; we found no IBM document that does.',
    sources: [
      {
        url: 'https://en.wikipedia.org/wiki/Ephemeral_port',
        title: 'Wikipedia: Ephemeral port (secondary source)',
        kind: 'secondary',
      },
    ],
  },
];
