import type { NotablePortInput } from '../../src/lib/schemas/notable-port';

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
  },
];
