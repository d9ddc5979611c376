import type { NotablePortInput } from '../../src/lib/schemas/notable-port';
import { source } from '../sources.ts';

/** Notable ports in the "time" category. Summaries are our own words; every entry has a source. */
export const notablePorts: NotablePortInput[] = [
  {
    port: 123,
    protocols: ['udp'],
    name: 'NTP',
    summary: 'Network Time Protocol clients and servers swap timestamps over UDP here to keep system clocks in step.',
    category: 'time',
    aliases: ['ntp', 'ntpd', 'chrony', 'timesync'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc5905',
        title: 'RFC 5905: Network Time Protocol Version 4',
        kind: 'standard',
      },
    ],
    security: [
      {
        note: 'Public NTP servers that still answer old monitoring queries such as monlist send back far more data than they receive, so attackers use them with spoofed source addresses to flood victims; restrict mode 6 and 7 queries or upgrade.',
        sources: [
          source.cisa17UdpBasedAmplificationAttacks,
        ],
      },
    ],
    related: [4460, 319, 323],
  },
  {
    port: 13,
    protocols: ['tcp', 'udp'],
    name: 'Daytime',
    summary: 'The old Daytime service answers any connection or datagram with the current date and time as a line of human-readable text.',
    category: 'time',
    aliases: ['daytime'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc867',
        title: 'RFC 867: Daytime Protocol',
        kind: 'standard',
      },
    ],
    related: [37, 123],
  },
  {
    port: 37,
    protocols: ['tcp', 'udp'],
    name: 'Time Protocol',
    summary: 'The old Time Protocol returns the current time as a 32-bit count of seconds since 1900, as used by rdate; NTP has replaced it.',
    category: 'time',
    aliases: ['time', 'rdate'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc868',
        title: 'RFC 868: Time Protocol',
        kind: 'standard',
      },
    ],
    related: [13, 123],
  },
  {
    port: 319,
    protocols: ['udp'],
    name: 'PTP event messages',
    summary: 'Precision Time Protocol (IEEE 1588) clocks send their time-stamped event messages, such as Sync and Delay_Req, over UDP on this port.',
    category: 'time',
    aliases: ['ptp', 'ptp-event', 'ieee1588', 'ptp4l'],
    status: 'official',
    sources: [
      {
        url: 'https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xhtml?search=319',
        title: 'IANA Service Name and Port Number Registry: port 319',
        kind: 'standard',
      },
    ],
    related: [320, 123],
  },
  {
    port: 320,
    protocols: ['udp'],
    name: 'PTP general messages',
    summary: 'Precision Time Protocol (IEEE 1588) carries its general messages, such as Announce and Follow_Up, which need no precise time-stamping, over UDP on this port.',
    category: 'time',
    aliases: ['ptp-general'],
    status: 'official',
    sources: [
      {
        url: 'https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xhtml?search=320',
        title: 'IANA Service Name and Port Number Registry: port 320',
        kind: 'standard',
      },
    ],
    related: [319],
  },
  {
    port: 4460,
    protocols: ['tcp'],
    name: 'NTS Key Establishment',
    summary: 'Network Time Security clients open a TLS connection to this port to agree keys and cookies before sending authenticated NTP packets to port 123.',
    category: 'time',
    aliases: ['nts', 'nts-ke', 'ntske'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc8915',
        title: 'RFC 8915: Network Time Security for the Network Time Protocol',
        kind: 'standard',
      },
    ],
    related: [123],
  },
  {
    port: 323,
    protocols: ['udp'],
    name: 'chrony command port',
    summary: 'The chronyd time daemon takes monitoring commands from chronyc over UDP on this port, from the local host only unless cmdallow allows more; IANA registers TCP 323 to the unrelated RPKI-to-Router protocol.',
    category: 'time',
    aliases: ['chronyc', 'chrony-cmd'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://manpages.ubuntu.com/manpages/plucky/man5/chrony.conf.5.html',
        title: 'chrony.conf(5) manual page (cmdport)',
        kind: 'project',
      },
      {
        url: 'https://manpages.ubuntu.com/manpages/plucky/man1/chronyc.1.html',
        title: 'chronyc(1) manual page',
        kind: 'project',
      },
    ],
    related: [123],
  },
];
