import type { PortRange } from '../src/lib/schemas/port-range';

const rfc6335 = {
  url: 'https://www.rfc-editor.org/rfc/rfc6335#section-6',
  title: 'RFC 6335 §6: Port Number Ranges',
  kind: 'standard',
} as const;

/**
 * The three ranges RFC 6335 defines, and notable spans inside them. Each has a page at `/ranges/<slug>/`;
 * slugs are part of the URL contract and must never change once published.
 */
export const ranges: PortRange[] = [
  {
    slug: 'well-known',
    name: 'System ports (well-known)',
    start: 0,
    end: 1023,
    kind: 'iana',
    summary:
      'The lowest 1,024 numbers, which IANA assigns only through IETF Review or IESG Approval; most Unix-like systems let only privileged processes listen on them.',
    sources: [rfc6335],
  },
  {
    slug: 'registered',
    name: 'User ports (registered)',
    start: 1024,
    end: 49151,
    kind: 'iana',
    summary:
      'The middle band, which IANA assigns to applications on request after expert review; most server software that is not a core Internet protocol lives here.',
    sources: [rfc6335],
  },
  {
    slug: 'dynamic',
    name: 'Dynamic and/or private ports (ephemeral)',
    start: 49152,
    end: 65535,
    kind: 'iana',
    summary:
      'The top 16,384 numbers, which IANA never assigns: they are left for local use and for ports the operating system picks on the fly for outgoing connections.',
    sources: [
      rfc6335,
      { url: 'https://www.rfc-editor.org/rfc/rfc6335#section-8.1.2', title: 'RFC 6335 §8.1.2: Dynamic ports are not assigned', kind: 'standard' },
    ],
  },
  {
    slug: 'x11',
    name: 'X Window System displays',
    start: 6000,
    end: 6063,
    kind: 'sub-range',
    summary:
      'An X server for display :N listens on TCP port 6000 + N; IANA registers the whole block of 64 ports to X11.',
    sources: [
      { url: 'https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xhtml?search=x11', title: 'IANA registry: x11, 6000-6063', kind: 'standard' },
      { url: 'https://www.x.org/releases/current/doc/man/man7/X.7.xhtml', title: 'X.Org: X(7) manual, display names', kind: 'project' },
    ],
  },
  {
    slug: 'linux-ephemeral',
    name: 'Linux default ephemeral range',
    start: 32768,
    end: 60999,
    kind: 'sub-range',
    summary:
      'Where Linux 4.2 and later pick source ports for outgoing connections unless net.ipv4.ip_local_port_range says otherwise; it reaches down into the registered range.',
    sources: [
      { url: 'https://docs.kernel.org/networking/ip-sysctl.html', title: 'Linux kernel documentation: IP sysctl (ip_local_port_range)', kind: 'os-source' },
    ],
  },
  {
    slug: 'windows-ephemeral',
    name: 'Windows default dynamic port range',
    start: 49152,
    end: 65535,
    kind: 'sub-range',
    summary:
      'Since Vista and Server 2008, Windows takes automatic source ports from the same span RFC 6335 calls dynamic; RPC services also listen there.',
    sources: [
      { url: 'https://learn.microsoft.com/en-us/troubleshoot/windows-server/networking/default-dynamic-port-range-tcpip-chang', title: 'Microsoft KB 929851: the default dynamic port range for TCP/IP has changed', kind: 'vendor' },
    ],
  },
  {
    slug: 'windows-xp-ephemeral',
    name: 'Windows XP and Server 2003 ephemeral range',
    start: 1025,
    end: 5000,
    kind: 'sub-range',
    summary:
      'Before Vista, Windows picked automatic source ports from 1025 to 5000, a small pool inside the registered range that busy servers could exhaust.',
    sources: [
      { url: 'https://learn.microsoft.com/en-us/troubleshoot/windows-server/networking/default-dynamic-port-range-tcpip-chang', title: 'Microsoft KB 929851: the default dynamic port range for TCP/IP has changed', kind: 'vendor' },
    ],
  },
  {
    slug: 'freebsd-ephemeral',
    name: 'FreeBSD default ephemeral range',
    start: 10000,
    end: 65535,
    kind: 'sub-range',
    summary:
      'FreeBSD picks automatic source ports from 10000 upwards by default, a far wider span than the dynamic range, set by the net.inet.ip.portrange sysctls.',
    sources: [
      { url: 'https://cgit.freebsd.org/src/tree/sys/netinet/in.h', title: 'FreeBSD source: sys/netinet/in.h (IPPORT_EPHEMERALFIRST)', kind: 'os-source' },
    ],
  },
  {
    slug: 'solaris-ephemeral',
    name: 'Solaris and illumos default ephemeral range',
    start: 32768,
    end: 65535,
    kind: 'sub-range',
    summary:
      'Solaris 11 and illumos pick automatic TCP and UDP source ports between smallest_anon_port and largest_anon_port, 32768 to 65535 by default.',
    sources: [
      { url: 'https://github.com/illumos/illumos-gate/blob/master/usr/src/uts/common/inet/tcp/tcp_tunables.c', title: 'illumos source: tcp_tunables.c', kind: 'os-source' },
    ],
  },
  {
    slug: 'kubernetes-nodeport',
    name: 'Kubernetes NodePort services',
    start: 30000,
    end: 32767,
    kind: 'sub-range',
    summary:
      'Kubernetes opens a port from this span on every node for each Service of type NodePort, unless the API server is started with another --service-node-port-range.',
    sources: [
      { url: 'https://kubernetes.io/docs/concepts/services-networking/service/#type-nodeport', title: 'Kubernetes documentation: Service type NodePort', kind: 'project' },
    ],
  },
  {
    slug: 'mosh',
    name: 'Mosh (mobile shell) sessions',
    start: 60000,
    end: 61000,
    kind: 'sub-range',
    summary:
      'After logging in over SSH, mosh-server binds a UDP port between 60000 and 61000 by default, so firewalls in front of mosh hosts open this span.',
    sources: [
      { url: 'https://manpages.debian.org/bookworm/mosh/mosh-server.1.en.html', title: 'mosh-server(1) manual page', kind: 'project' },
    ],
  },
  {
    slug: 'asterisk-rtp',
    name: 'Asterisk RTP media',
    start: 10000,
    end: 20000,
    kind: 'sub-range',
    summary:
      'The sample rtp.conf shipped with the Asterisk PBX sends call audio over UDP ports 10000 to 20000; without that file the built-in default is the wider 5000 to 31000.',
    sources: [
      { url: 'https://github.com/asterisk/asterisk/blob/master/configs/samples/rtp.conf.sample', title: 'Asterisk source: configs/samples/rtp.conf.sample', kind: 'project' },
    ],
  },
];
