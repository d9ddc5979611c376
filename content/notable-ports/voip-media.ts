import type { NotablePortInput } from '../../src/lib/schemas/notable-port';

/** Notable ports in the "voip-media" category. Summaries are our own words; every entry has a source. */
export const notablePorts: NotablePortInput[] = [
  {
    port: 5060,
    protocols: ['udp', 'tcp'],
    name: 'SIP',
    summary: 'VoIP phones, PBXs and SIP trunks send unencrypted Session Initiation Protocol signalling for call setup on this port, with 5061 used for SIP over TLS.',
    category: 'voip-media',
    aliases: ['sip', 'voip', 'asterisk'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc3261',
        title: 'RFC 3261: SIP: Session Initiation Protocol',
        kind: 'standard',
      },
    ],
  },
];
