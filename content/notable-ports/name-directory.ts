import type { NotablePortInput } from '../../src/lib/schemas/notable-port';
import { source } from '../sources.ts';

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
    unofficialUses: [
      {
        user: 'Sliver WireGuard C2 listener',
        description: 'The Sliver command-and-control framework starts its WireGuard implant listener on UDP 53 when no port is given, so its encrypted implant traffic goes to the port that DNS normally uses.',
        protocols: ['udp'],
        sources: [
          source.githubSliverGenerateGo,
        ],
      },
    ],
    security: [
      {
        note: 'Open resolvers that answer anyone on the internet are abused to reflect and amplify floods with spoofed queries; answer recursive queries only for your own clients and rate-limit responses.',
        sources: [
          source.cisa17UdpBasedAmplificationAttacks,
        ],
      },
    ],
    related: [853, 5353, 953],
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
      source.rfcEditorRfcRfc1002,
      source.microsoftNetworkingServiceOverviewAndNetworkPort,
    ],
    security: [
      {
        note: 'Like LLMNR, NetBIOS name queries are broadcast and any host can answer them, so attackers spoof replies to capture or relay Windows credentials; disable NetBIOS over TCP/IP where it is not needed.',
        sources: [
          source.mitreT1557001,
        ],
      },
    ],
    related: [139, 445, 5355],
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
      source.microsoftNetworkingServiceOverviewAndNetworkPort,
    ],
    security: [
      {
        note: 'Connectionless LDAP on UDP 389 answers small queries with large replies, so domain controllers reachable from the internet have been used in reflection floods; never expose LDAP outside the network, and prefer LDAPS or StartTLS with signing for binds.',
        sources: [
          source.cisa17UdpBasedAmplificationAttacks,
        ],
      },
    ],
    related: [636, 3268, 88],
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
      source.microsoftNetworkingServiceOverviewAndNetworkPort,
    ],
    related: [389, 3269],
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
    security: [
      {
        note: 'Multicast DNS is meant for the local link only; devices that also answer unicast mDNS queries from the internet leak host details and can be used as amplifiers, so block UDP 5353 at the network edge.',
        sources: [
          source.cisa17UdpBasedAmplificationAttacks,
        ],
      },
    ],
    related: [5355, 53],
  },
  {
    port: 853,
    protocols: ['tcp', 'udp'],
    name: 'DNS over TLS / DNS over QUIC',
    summary: 'Encrypted DNS uses this port: DNS over TLS (DoT) on TCP, and DNS over QUIC (DoQ) or the experimental DNS over DTLS on UDP.',
    category: 'name-directory',
    aliases: ['dot', 'dns-over-tls', 'doq', 'dns-over-quic', 'domain-s'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc7858',
        title: 'RFC 7858: Specification for DNS over Transport Layer Security (TLS)',
        kind: 'standard',
      },
      {
        url: 'https://www.rfc-editor.org/rfc/rfc9250',
        title: 'RFC 9250: DNS over Dedicated QUIC Connections',
        kind: 'standard',
      },
    ],
    related: [53, 443],
  },
  {
    port: 5355,
    protocols: ['tcp', 'udp'],
    name: 'LLMNR',
    summary: 'Link-Local Multicast Name Resolution lets Windows hosts resolve each other\'s names on the local link by multicast when DNS has no answer.',
    category: 'name-directory',
    aliases: ['llmnr'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc4795',
        title: 'RFC 4795: Link-Local Multicast Name Resolution (LLMNR)',
        kind: 'standard',
      },
    ],
    security: [
      {
        note: 'Any host on the link can answer an LLMNR query, so attackers spoof replies to capture Windows credential hashes or relay them; turning off LLMNR (and NetBIOS name service) by group policy removes the risk.',
        sources: [
          source.mitreT1557001,
        ],
      },
    ],
    related: [5353, 137],
  },
  {
    port: 3268,
    protocols: ['tcp'],
    name: 'Active Directory Global Catalog',
    summary: 'Active Directory domain controllers that hold the global catalog answer LDAP searches across every domain of the forest on this port.',
    category: 'name-directory',
    aliases: ['global-catalog', 'msft-gc', 'gc'],
    status: 'official',
    sources: [
      source.microsoftActiveDirectoryConfigFirewallForAdDomai,
      source.microsoftNetworkingServiceOverviewAndNetworkPort,
    ],
    related: [3269, 389, 636],
  },
  {
    port: 3269,
    protocols: ['tcp'],
    name: 'Active Directory Global Catalog over TLS',
    summary: 'The same forest-wide global catalog searches as port 3268, carried over LDAP protected by TLS.',
    category: 'name-directory',
    aliases: ['global-catalog-ssl', 'msft-gc-ssl', 'gc-ssl'],
    status: 'official',
    sources: [
      source.microsoftActiveDirectoryConfigFirewallForAdDomai,
    ],
    related: [3268, 636],
  },
  {
    port: 464,
    protocols: ['tcp', 'udp'],
    name: 'Kerberos password change (kpasswd)',
    summary: 'Kerberos key distribution centres, including Active Directory domain controllers, accept password change and set requests here.',
    category: 'name-directory',
    aliases: ['kpasswd', 'kerberos-password'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc3244',
        title: 'RFC 3244: Microsoft Windows 2000 Kerberos Change Password and Set Password Protocols',
        kind: 'standard',
      },
      source.microsoftActiveDirectoryConfigFirewallForAdDomai,
    ],
    related: [88, 749],
  },
  {
    port: 749,
    protocols: ['tcp', 'udp'],
    name: 'Kerberos administration (kadmin)',
    summary: 'The MIT Kerberos admin server, kadmind, takes remote principal and policy administration requests from kadmin clients on this port.',
    category: 'name-directory',
    aliases: ['kadmin', 'kadmind', 'kerberos-adm'],
    status: 'official',
    sources: [
      {
        url: 'https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xhtml?search=749',
        title: 'IANA Service Name and Port Number Registry: port 749',
        kind: 'standard',
      },
      {
        url: 'https://web.mit.edu/kerberos/krb5-latest/doc/admin/conf_files/kdc_conf.html',
        title: 'MIT Kerberos Documentation: kdc.conf (kadmind_port)',
        kind: 'project',
      },
    ],
    related: [88, 464],
  },
  {
    port: 43,
    protocols: ['tcp'],
    name: 'WHOIS',
    summary: 'WHOIS servers run by registries and registrars answer plain-text queries about who holds a domain name, IP block or autonomous system number.',
    category: 'name-directory',
    aliases: ['whois', 'nicname'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc3912',
        title: 'RFC 3912: WHOIS Protocol Specification',
        kind: 'standard',
      },
    ],
    related: [443],
  },
  {
    port: 953,
    protocols: ['tcp'],
    name: 'BIND rndc control channel',
    summary: 'The BIND name server named accepts signed administrative commands from the rndc utility on this port, by default only from the local host.',
    category: 'name-directory',
    aliases: ['rndc'],
    status: 'official',
    sources: [
      {
        url: 'https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xhtml?search=953',
        title: 'IANA Service Name and Port Number Registry: port 953',
        kind: 'standard',
      },
      source.readthedocsReference,
    ],
    security: [
      {
        note: 'Whoever can send authenticated commands here can reload, freeze or stop the name server, so keep the channel on the loopback address and protect the rndc key.',
        sources: [
          source.readthedocsReference,
        ],
      },
    ],
    related: [53],
  },
  {
    port: 427,
    protocols: ['tcp', 'udp'],
    name: 'Service Location Protocol (SLP)',
    summary: 'SLP agents on printers, hypervisors such as VMware ESXi and other equipment advertise and look up network services on this port.',
    category: 'name-directory',
    aliases: ['slp', 'svrloc', 'openslp'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc2608',
        title: 'RFC 2608: Service Location Protocol, Version 2',
        kind: 'standard',
      },
    ],
    security: [
      {
        note: 'SLP needs no authentication, so an attacker can register large fake services and bounce spoofed UDP requests off a server to flood a victim (CVE-2023-29552, amplification reported up to about 2,200 times); disable SLP or block UDP 427 on untrusted networks.',
        sources: [
          {
            url: 'https://nvd.nist.gov/vuln/detail/CVE-2023-29552',
            title: 'NVD: CVE-2023-29552 (Service Location Protocol denial of service)',
            kind: 'secondary',
          },
        ],
      },
    ],
  },
  {
    port: 3702,
    protocols: ['udp', 'tcp'],
    name: 'WS-Discovery',
    summary: 'Web Services Dynamic Discovery finds printers, cameras and Windows network devices on the local network with multicast SOAP messages over UDP.',
    category: 'name-directory',
    aliases: ['ws-discovery', 'wsd', 'ws-disco'],
    status: 'official',
    sources: [
      {
        url: 'https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xhtml?search=3702',
        title: 'IANA Service Name and Port Number Registry: port 3702',
        kind: 'standard',
      },
    ],
    unofficialUses: [
      {
        user: 'Visual Studio remote debugger discovery',
        description: 'The Visual Studio Remote Debugger answers discovery on UDP 3702 so that the Attach to Process dialog can find machines running it; msvsmon /nodiscovery turns this off.',
        protocols: ['udp'],
        sources: [
          source.devVsRemoteDebuggerPorts,
        ],
      },
    ],
    related: [5357, 1900],
  },
  {
    port: 9389,
    protocols: ['tcp'],
    name: 'Active Directory Web Services',
    summary: 'Domain controllers run Active Directory Web Services here, the interface the Active Directory PowerShell module and Administrative Center use to manage the directory.',
    category: 'name-directory',
    aliases: ['adws'],
    status: 'official',
    sources: [
      source.microsoftNetworkingServiceOverviewAndNetworkPort,
    ],
    related: [389, 3268],
  },
  {
    port: 79,
    protocols: ['tcp'],
    name: 'Finger',
    summary: 'The finger daemon answers queries about the users of a host (login name, real name, when they last logged in, their .plan file) on TCP 79. It hands that information to anyone who asks, which is why it is rarely left on.',
    category: 'name-directory',
    aliases: ['finger', 'fingerd'],
    status: 'official',
    sources: [
      source.ianaServiceNamesPortNumbersXml,
      {
        url: 'https://www.ietf.org/rfc/rfc1288.txt',
        title: 'RFC 1288: The Finger User Information Protocol',
        kind: 'standard',
        checked: '2026-11-30',
      },
      {
        url: 'https://unix.com/man-page/linux/1m/in.fingerd/',
        title: 'in.fingerd(1M) manual page: fingerd waits for connections on TCP port 79',
        kind: 'secondary',
        checked: '2026-11-30',
      },
    ],
  },
  {
    port: 625,
    protocols: ['tcp'],
    name: 'macOS Server Workgroup Manager (remote directory access)',
    summary: 'Mac OS X Server listened on TCP 625 for Workgroup Manager and remote directory access, and kept it open by default with the firewall on; IANA\'s record for 625 is the unrelated dec-dlm (DEC DLM).',
    category: 'name-directory',
    aliases: ['workgroup-manager', 'dirserv-apple'],
    status: 'unofficial',
    sources: [
      source.azmanualPage127,
      source.ianaServiceNamesPortNumbersXml,
    ],
    related: [311, 389],
  },
  {
    port: 42,
    protocols: ['tcp', 'udp'],
    name: 'WINS replication (nameserver)',
    summary: 'IANA\'s port 42 is the old Host Name Server protocol, but on Windows networks TCP 42 is where Windows Internet Name Service (WINS) servers replicate with each other.',
    category: 'name-directory',
    aliases: ['wins-replication', 'nameserver', 'host-name-server'],
    status: 'official',
    sources: [
      source.ianaServiceNamesPortNumbersXml,
      {
        url: 'https://gist.github.com/sec-js/c02a57a6f92992cbf21b5ab04802b6b5',
        title: 'Windows ports list (copy of Microsoft\'s service overview table): 42 TCP WINS replication',
        kind: 'secondary',
        checked: '2026-11-30',
      },
    ],
    related: [137],
  },
  {
    port: 138,
    protocols: ['udp'],
    name: 'NetBIOS datagram service',
    summary: 'The NetBIOS datagram service carries connectionless NetBIOS messages on UDP 138, next to the name service on 137 and the session service on 139; Windows hosts, and Samba\'s nmbd with its part in the browsing behind the old "Network Neighborhood" list, use this family of ports.',
    category: 'name-directory',
    aliases: ['netbios-dgm', 'netbios-datagram', 'browser-service'],
    status: 'official',
    sources: [
      source.ianaServiceNamesPortNumbersXml,
      {
        url: 'https://manpages.ubuntu.com/manpages/xenial/man8/nmbd.8.html',
        title: 'nmbd(8) manual page (Samba): NetBIOS over IP naming and the browsing protocols behind Network Neighborhood',
        kind: 'project',
        checked: '2026-11-30',
      },
      {
        url: 'https://book.hacktricks.wiki/es/network-services-pentesting/137-138-139-pentesting-netbios.html',
        title: 'HackTricks: NetBIOS ports (137 name service, 138/udp datagram distribution, 139/tcp session)',
        kind: 'secondary',
        checked: '2026-11-30',
      },
    ],
    related: [137, 139, 445],
  },
  {
    port: 517,
    protocols: ['udp'],
    name: 'talk',
    summary: 'The talk daemon takes chat invitations on UDP 517, the port of the talk service; once both users agree, their two talk programs hold the conversation over a separate TCP connection.',
    category: 'messaging',
    aliases: ['talk', 'talkd'],
    status: 'official',
    sources: [
      source.ianaServiceNamesPortNumbersXml,
      source.oracle81922406n4htdn97,
      source.opensuseExpand0,
    ],
    related: [518],
  },
  {
    port: 518,
    protocols: ['udp'],
    name: 'ntalk (new talk)',
    summary: 'The newer talk protocol, used by in.ntalkd and GNU inetutils talkd, takes chat invitations on UDP 518 and then lets the two talk clients converse over TCP; 517 is the talk service\'s port.',
    category: 'messaging',
    aliases: ['ntalk', 'ntalkd'],
    status: 'official',
    sources: [
      source.ianaServiceNamesPortNumbersXml,
      source.oracle81922406n4htdn97,
      source.opensuseExpand0,
      {
        url: 'https://man.archlinux.org/man/talkd.8.pl',
        title: 'GNU inetutils talkd(8): talk daemon using service ntalk',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    related: [517],
  },
  {
    port: 8953,
    protocols: ['tcp'],
    name: 'Unbound remote control (unbound-control)',
    summary: 'When remote control is enabled in the Unbound DNS resolver, unbound-control sends its commands over TLS to this port, on localhost (127.0.0.1 and ::1) unless control-interface says otherwise.',
    category: 'name-directory',
    aliases: ['unbound-control', 'ub-dns-control'],
    status: 'official',
    sources: [
      {
        url: 'https://github.com/NLnetLabs/unbound/blob/master/doc/unbound.conf.rst',
        title: 'Unbound documentation: unbound.conf, remote-control section (control-enable default no, control-interface default localhost, control-port default 8953)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    related: [53, 953],
  },
  {
    port: 5380,
    protocols: ['tcp'],
    name: 'Technitium DNS Server web console',
    summary: 'Technitium DNS Server, an open-source authoritative and recursive DNS server that people self-host to block ads and malware for a whole network, serves its web console and HTTP API on TCP 5380, with HTTPS on 53443 when enabled; the DNS service itself runs on port 53.',
    category: 'name-directory',
    aliases: ['technitium', 'technitium-dns'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/TechnitiumSoftware/DnsServer/blob/master/docker-compose.yml',
        title: 'Technitium DNS Server docker-compose.yml (5380/tcp DNS web console over HTTP; 53443/tcp over HTTPS)',
        kind: 'project',
        checked: '2026-11-30',
      },
      {
        url: 'https://github.com/TechnitiumSoftware/DnsServer/blob/master/APIDOCS.md',
        title: 'Technitium DNS Server HTTP API documentation (examples at http://localhost:5380/api/...)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    related: [53],
  },
];
