import type { NotablePortInput } from '../../src/lib/schemas/notable-port';

/** Notable ports in the "vpn-tunnel" category. Summaries are our own words; every entry has a source. */
export const notablePorts: NotablePortInput[] = [
  {
    port: 1194,
    protocols: ['udp', 'tcp'],
    name: 'OpenVPN',
    summary: 'OpenVPN servers listen here by default, over UDP unless configured to tunnel over TCP.',
    category: 'vpn-tunnel',
    aliases: ['openvpn', 'ovpn'],
    status: 'official',
    sources: [
      {
        url: 'https://github.com/OpenVPN/openvpn/blob/master/doc/man-sections/link-options.rst',
        title: 'OpenVPN manual: link options (--port, --proto)',
        kind: 'project',
      },
    ],
  },
  {
    port: 51820,
    protocols: ['udp'],
    name: 'WireGuard',
    summary: 'WireGuard VPN endpoints conventionally listen for encrypted tunnel packets on this UDP port, the value used in its documentation examples.',
    category: 'vpn-tunnel',
    aliases: ['wireguard', 'wg', 'wg-quick'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/WireGuard/wireguard-tools/blob/master/src/man/wg.8',
        title: 'wg(8) manual page: configuration file example',
        kind: 'project',
      },
      {
        url: 'https://www.wireguard.com/quickstart/',
        title: 'WireGuard Quick Start',
        kind: 'project',
      },
    ],
  },
];
