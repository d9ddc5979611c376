import type { NotablePortInput } from '../../src/lib/schemas/notable-port';

/** Notable ports in the "name-directory" category. Summaries are our own words; every entry has a source. */
export const notablePorts: NotablePortInput[] = [
  {
    port: 53,
    protocols: ['tcp', 'udp'],
    name: 'DNS',
    summary: 'Domain Name System servers answer name lookups here, mostly over UDP with TCP for large answers and zone transfers.',
    category: 'name-directory',
    aliases: ['dns', 'domain', 'bind', 'named', 'resolver'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc1035',
        title: 'RFC 1035: Domain Names - Implementation and Specification',
        kind: 'standard',
      },
      {
        url: 'https://www.rfc-editor.org/rfc/rfc7766',
        title: 'RFC 7766: DNS Transport over TCP - Implementation Requirements',
        kind: 'standard',
      },
    ],
  },
  {
    port: 137,
    protocols: ['tcp', 'udp'],
    name: 'NetBIOS Name Service',
    summary: 'Windows and Samba hosts register and resolve NetBIOS computer names with broadcasts and WINS queries on this port.',
    category: 'name-directory',
    aliases: ['netbios-ns', 'nbns', 'wins', 'nbt-ns'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc1002',
        title: 'RFC 1002: Protocol Standard for a NetBIOS Service on a TCP/UDP Transport: Detailed Specifications',
        kind: 'standard',
      },
      {
        url: 'https://learn.microsoft.com/en-us/troubleshoot/windows-server/networking/service-overview-and-network-port-requirements',
        title: 'Microsoft Learn: Service overview and network port requirements for Windows',
        kind: 'vendor',
      },
    ],
  },
  {
    port: 389,
    protocols: ['tcp', 'udp'],
    name: 'LDAP',
    summary: 'Directory servers such as OpenLDAP and Active Directory answer LDAP queries over TCP here, and Active Directory also uses connectionless LDAP on UDP to locate domain controllers.',
    category: 'name-directory',
    aliases: ['ldap', 'openldap', 'active-directory', 'cldap'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc4511',
        title: 'RFC 4511: Lightweight Directory Access Protocol (LDAP): The Protocol',
        kind: 'standard',
      },
      {
        url: 'https://learn.microsoft.com/en-us/troubleshoot/windows-server/networking/service-overview-and-network-port-requirements',
        title: 'Microsoft Learn: Service overview and network port requirements for Windows',
        kind: 'vendor',
      },
    ],
  },
  {
    port: 636,
    protocols: ['tcp'],
    name: 'LDAPS',
    summary: 'Directory servers offer LDAP wrapped in TLS from the start of the connection on this port.',
    category: 'name-directory',
    aliases: ['ldaps'],
    status: 'official',
    sources: [
      {
        url: 'https://learn.microsoft.com/en-us/troubleshoot/windows-server/networking/service-overview-and-network-port-requirements',
        title: 'Microsoft Learn: Service overview and network port requirements for Windows',
        kind: 'vendor',
      },
    ],
  },
  {
    port: 5353,
    protocols: ['udp'],
    name: 'Multicast DNS',
    summary: 'Devices on a local network announce and resolve .local names and advertise services with multicast DNS on this UDP port, as Bonjour and Avahi do.',
    category: 'name-directory',
    aliases: ['mdns', 'bonjour', 'avahi', 'zeroconf', 'dns-sd'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc6762',
        title: 'RFC 6762: Multicast DNS',
        kind: 'standard',
      },
    ],
  },
];
