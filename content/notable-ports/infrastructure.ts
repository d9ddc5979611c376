import type { NotablePortInput } from '../../src/lib/schemas/notable-port';

/** Notable ports in the "infrastructure" category. Summaries are our own words; every entry has a source. */
export const notablePorts: NotablePortInput[] = [
  {
    port: 67,
    protocols: ['udp'],
    name: 'DHCP server (BOOTP)',
    summary: 'DHCP and BOOTP servers listen on this UDP port for requests from machines that want an IP address and network settings.',
    category: 'infrastructure',
    aliases: ['dhcp', 'bootps', 'bootp', 'dhcpd', 'dhcp-server'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc2131',
        title: 'RFC 2131: Dynamic Host Configuration Protocol',
        kind: 'standard',
      },
      {
        url: 'https://www.rfc-editor.org/rfc/rfc951',
        title: 'RFC 951: Bootstrap Protocol (BOOTP)',
        kind: 'standard',
      },
    ],
  },
  {
    port: 68,
    protocols: ['udp'],
    name: 'DHCP client (BOOTP)',
    summary: 'DHCP and BOOTP clients receive address offers and acknowledgements from the server on this UDP port.',
    category: 'infrastructure',
    aliases: ['bootpc', 'dhcp-client', 'dhclient'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc2131',
        title: 'RFC 2131: Dynamic Host Configuration Protocol',
        kind: 'standard',
      },
      {
        url: 'https://www.rfc-editor.org/rfc/rfc951',
        title: 'RFC 951: Bootstrap Protocol (BOOTP)',
        kind: 'standard',
      },
    ],
  },
  {
    port: 135,
    protocols: ['tcp', 'udp'],
    name: 'Microsoft RPC endpoint mapper',
    summary: 'The DCE/Microsoft RPC endpoint mapper tells clients which dynamic port a given Windows RPC or DCOM service is listening on.',
    category: 'infrastructure',
    aliases: ['msrpc', 'epmap', 'rpc', 'dcom', 'endpoint-mapper'],
    status: 'official',
    sources: [
      {
        url: 'https://learn.microsoft.com/en-us/troubleshoot/windows-server/networking/service-overview-and-network-port-requirements',
        title: 'Microsoft Learn: Service overview and network port requirements for Windows',
        kind: 'vendor',
      },
      {
        url: 'https://pubs.opengroup.org/onlinepubs/9629399/apdxh.htm',
        title: 'The Open Group DCE 1.1 RPC: Endpoint Mapper Well-known Ports',
        kind: 'standard',
      },
    ],
  },
  {
    port: 179,
    protocols: ['tcp'],
    name: 'BGP',
    summary: 'Routers exchange internet routing information with their Border Gateway Protocol peers over TCP sessions on this port.',
    category: 'infrastructure',
    aliases: ['bgp', 'bgpd'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc4271',
        title: 'RFC 4271: A Border Gateway Protocol 4 (BGP-4)',
        kind: 'standard',
      },
    ],
  },
];
