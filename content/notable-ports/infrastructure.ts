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
    related: [68, 547],
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
    related: [67, 546],
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
    related: [593, 445, 139],
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
    security: [
      {
        note: 'BGP sessions can be reset or hijacked by forged TCP segments, so operators accept port 179 only from configured peers and protect sessions with TCP-AO or MD5 signatures and the TTL security check (GTSM).',
        sources: [
          {
            url: 'https://www.rfc-editor.org/rfc/rfc7454',
            title: 'RFC 7454: BGP Operations and Security',
            kind: 'standard',
          },
        ],
      },
    ],
    related: [3784, 646],
  },
  {
    port: 546,
    protocols: ['udp'],
    name: 'DHCPv6 client',
    summary: 'IPv6 hosts listen on this UDP port for DHCPv6 advertisements and replies from servers and relay agents.',
    category: 'infrastructure',
    aliases: ['dhcpv6-client', 'dhcp6c'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc8415',
        title: 'RFC 8415: Dynamic Host Configuration Protocol for IPv6 (DHCPv6)',
        kind: 'standard',
      },
    ],
    related: [547, 68],
  },
  {
    port: 547,
    protocols: ['udp'],
    name: 'DHCPv6 server and relay',
    summary: 'DHCPv6 servers and relay agents receive client solicitations, sent to a multicast address, on this UDP port.',
    category: 'infrastructure',
    aliases: ['dhcpv6', 'dhcpv6-server', 'dhcp6'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc8415',
        title: 'RFC 8415: Dynamic Host Configuration Protocol for IPv6 (DHCPv6)',
        kind: 'standard',
      },
    ],
    related: [546, 67],
  },
  {
    port: 520,
    protocols: ['udp'],
    name: 'RIP',
    summary: 'Routers running the Routing Information Protocol (RIPv1 and RIPv2) broadcast or multicast their routing tables to neighbours on this UDP port.',
    category: 'infrastructure',
    aliases: ['rip', 'ripv2', 'router'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc2453',
        title: 'RFC 2453: RIP Version 2',
        kind: 'standard',
      },
    ],
    security: [
      {
        note: 'RIPv1 responders reachable from the internet have been used as reflectors in UDP amplification DDoS attacks; use RIPv2 with authentication and filter the port at the network edge.',
        sources: [
          {
            url: 'https://www.cisa.gov/news-events/alerts/2014/01/17/udp-based-amplification-attacks',
            title: 'CISA Alert TA14-017A: UDP-Based Amplification Attacks',
            kind: 'observed',
          },
        ],
      },
    ],
    related: [521],
  },
  {
    port: 521,
    protocols: ['udp'],
    name: 'RIPng',
    summary: 'IPv6 routers running RIPng exchange routing updates with their neighbours on this UDP port.',
    category: 'infrastructure',
    aliases: ['ripng'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc2080',
        title: 'RFC 2080: RIPng for IPv6',
        kind: 'standard',
      },
    ],
    related: [520],
  },
  {
    port: 3799,
    protocols: ['udp'],
    name: 'RADIUS Dynamic Authorization (CoA)',
    summary: 'Network access servers accept RADIUS Change-of-Authorization and Disconnect requests, used to alter or end a user\'s session mid-way, on this UDP port.',
    category: 'infrastructure',
    aliases: ['radius-coa', 'radius-dynauth', 'coa'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc5176',
        title: 'RFC 5176: Dynamic Authorization Extensions to RADIUS',
        kind: 'standard',
      },
    ],
    related: [1812, 1813],
  },
  {
    port: 2083,
    protocols: ['tcp'],
    name: 'RadSec (RADIUS over TLS)',
    summary: 'RADIUS servers and proxies exchange RADIUS traffic inside TLS connections on this port.',
    category: 'infrastructure',
    aliases: ['radsec', 'radius-tls'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc6614',
        title: 'RFC 6614: Transport Layer Security (TLS) Encryption for RADIUS',
        kind: 'standard',
      },
    ],
    related: [1812, 1813],
  },
  {
    port: 646,
    protocols: ['tcp', 'udp'],
    name: 'MPLS LDP',
    summary: 'MPLS routers discover Label Distribution Protocol neighbours with UDP hellos and then exchange label bindings over TCP sessions on this port.',
    category: 'infrastructure',
    aliases: ['ldp', 'mpls-ldp'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc5036',
        title: 'RFC 5036: LDP Specification',
        kind: 'standard',
      },
    ],
    related: [179],
  },
  {
    port: 3784,
    protocols: ['udp'],
    name: 'BFD (single hop)',
    summary: 'Routers send Bidirectional Forwarding Detection control packets to directly connected neighbours on this UDP port to detect link or peer failure in milliseconds.',
    category: 'infrastructure',
    aliases: ['bfd', 'bfd-control'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc5881',
        title: 'RFC 5881: BFD for IPv4 and IPv6 (Single Hop)',
        kind: 'standard',
      },
    ],
    related: [4784, 179],
  },
  {
    port: 4784,
    protocols: ['udp'],
    name: 'BFD (multihop)',
    summary: 'Routers run Bidirectional Forwarding Detection sessions with peers several hops away, such as multihop BGP neighbours, on this UDP port.',
    category: 'infrastructure',
    aliases: ['bfd-multihop'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc5883',
        title: 'RFC 5883: BFD for Multihop Paths',
        kind: 'standard',
      },
    ],
    related: [3784, 179],
  },
  {
    port: 1985,
    protocols: ['udp'],
    name: 'HSRP',
    summary: 'Cisco routers running the Hot Standby Router Protocol multicast hello messages on this UDP port to decide which one answers for a shared default-gateway address.',
    category: 'infrastructure',
    aliases: ['hsrp'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc2281',
        title: 'RFC 2281: Cisco Hot Standby Router Protocol (HSRP)',
        kind: 'standard',
      },
    ],
    security: [
      {
        note: 'HSRP provides no real security: its authentication field is a cleartext string meant only to catch misconfiguration, and RFC 2281 notes that an active attacker on the LAN can easily subvert the protocol and take over the gateway address.',
        sources: [
          {
            url: 'https://www.rfc-editor.org/rfc/rfc2281',
            title: 'RFC 2281: Cisco Hot Standby Router Protocol (HSRP), security considerations',
            kind: 'standard',
          },
        ],
      },
    ],
  },
  {
    port: 5351,
    protocols: ['udp'],
    name: 'NAT-PMP and PCP',
    summary: 'Home routers and firewalls accept NAT Port Mapping Protocol and Port Control Protocol requests from LAN hosts on this UDP port to open inbound port mappings.',
    category: 'infrastructure',
    aliases: ['nat-pmp', 'pcp', 'natpmp'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc6887',
        title: 'RFC 6887: Port Control Protocol (PCP)',
        kind: 'standard',
      },
      {
        url: 'https://www.rfc-editor.org/rfc/rfc6886',
        title: 'RFC 6886: NAT Port Mapping Protocol (NAT-PMP)',
        kind: 'standard',
      },
    ],
    security: [
      {
        note: 'A gateway must only accept NAT-PMP requests on its internal interface; one that answers on its WAN side lets outsiders map ports into the network.',
        sources: [
          {
            url: 'https://www.rfc-editor.org/rfc/rfc6886',
            title: 'RFC 6886: NAT Port Mapping Protocol (NAT-PMP)',
            kind: 'standard',
          },
        ],
      },
    ],
    related: [1900],
  },
  {
    port: 1900,
    protocols: ['udp'],
    name: 'SSDP (UPnP discovery)',
    summary: 'UPnP devices such as routers, smart TVs and DLNA media servers announce themselves and answer discovery searches with the Simple Service Discovery Protocol on this UDP port.',
    category: 'infrastructure',
    aliases: ['ssdp', 'upnp', 'dlna'],
    status: 'official',
    sources: [
      {
        url: 'https://support.plex.tv/hc/en-us/articles/201543147-What-network-ports-do-I-need-to-allow-through-my-firewall-',
        title: 'Plex Support: What network ports do I need to allow through my firewall? (DLNA discovery)',
        kind: 'vendor',
      },
    ],
    security: [
      {
        note: 'Devices that answer SSDP searches from the internet are abused as reflectors for amplification DDoS, returning about 30 times more data than the spoofed request; SSDP should never be reachable from outside the LAN.',
        sources: [
          {
            url: 'https://www.cisa.gov/news-events/alerts/2014/01/17/udp-based-amplification-attacks',
            title: 'CISA Alert TA14-017A: UDP-Based Amplification Attacks',
            kind: 'observed',
          },
        ],
      },
    ],
    related: [5351, 5353, 32400],
  },
  {
    port: 593,
    protocols: ['tcp'],
    name: 'RPC over HTTP endpoint mapper',
    summary: 'Windows servers that offer RPC over HTTP run an HTTP version of the RPC endpoint mapper on this port, which tells clients where the requested RPC service listens.',
    category: 'infrastructure',
    aliases: ['http-rpc-epmap', 'ncacn-http', 'rpc-over-http'],
    status: 'official',
    sources: [
      {
        url: 'https://learn.microsoft.com/en-us/troubleshoot/windows-server/networking/service-overview-and-network-port-requirements',
        title: 'Microsoft Learn: Service overview and network port requirements for Windows',
        kind: 'vendor',
      },
    ],
    related: [135],
  },
  {
    port: 7,
    protocols: ['tcp', 'udp'],
    name: 'Echo',
    summary: 'The Echo service sends back whatever it receives, a simple network test that is rarely enabled today.',
    category: 'infrastructure',
    aliases: ['echo'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc862',
        title: 'RFC 862: Echo Protocol',
        kind: 'standard',
      },
    ],
    related: [9, 19],
  },
  {
    port: 9,
    protocols: ['tcp', 'udp'],
    name: 'Discard',
    summary: 'The Discard service silently throws away anything sent to it, a legacy network test service that is rarely enabled today.',
    category: 'infrastructure',
    aliases: ['discard'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc863',
        title: 'RFC 863: Discard Protocol',
        kind: 'standard',
      },
    ],
    related: [7],
  },
  {
    port: 19,
    protocols: ['tcp', 'udp'],
    name: 'Character Generator (chargen)',
    summary: 'The chargen test service answers every connection or datagram with a stream of printable characters.',
    category: 'infrastructure',
    aliases: ['chargen'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc864',
        title: 'RFC 864: Character Generator Protocol',
        kind: 'standard',
      },
    ],
    security: [
      {
        note: 'UDP chargen answers a tiny spoofed request with hundreds of times as much data, making exposed devices powerful DDoS reflectors; disable the service.',
        sources: [
          {
            url: 'https://www.cisa.gov/news-events/alerts/2014/01/17/udp-based-amplification-attacks',
            title: 'CISA Alert TA14-017A: UDP-Based Amplification Attacks',
            kind: 'observed',
          },
        ],
      },
    ],
    related: [7, 17],
  },
  {
    port: 17,
    protocols: ['tcp', 'udp'],
    name: 'Quote of the Day (QOTD)',
    summary: 'The Quote of the Day service returns a short message to anyone who connects or sends a datagram, a legacy test service.',
    category: 'infrastructure',
    aliases: ['qotd'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc865',
        title: 'RFC 865: Quote of the Day Protocol',
        kind: 'standard',
      },
    ],
    security: [
      {
        note: 'Open UDP QOTD services are used as amplifiers in reflection DDoS attacks, so the service should be disabled.',
        sources: [
          {
            url: 'https://www.cisa.gov/news-events/alerts/2014/01/17/udp-based-amplification-attacks',
            title: 'CISA Alert TA14-017A: UDP-Based Amplification Attacks',
            kind: 'observed',
          },
        ],
      },
    ],
    related: [19],
  },
  {
    port: 113,
    protocols: ['tcp'],
    name: 'Ident',
    summary: 'An ident server tells a remote host which local user owns a given TCP connection.',
    category: 'infrastructure',
    aliases: ['ident', 'identd', 'auth'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc1413',
        title: 'RFC 1413: Identification Protocol',
        kind: 'standard',
      },
    ],
    security: [
      {
        note: 'Ident reveals local user names to remote hosts and its answers cannot be trusted for authentication, as RFC 1413 itself warns.',
        sources: [
          {
            url: 'https://www.rfc-editor.org/rfc/rfc1413',
            title: 'RFC 1413: Identification Protocol',
            kind: 'standard',
          },
        ],
      },
    ],
    related: [6667],
  },
  {
    port: 5246,
    protocols: ['udp'],
    name: 'CAPWAP control',
    summary: 'Wireless access points and their controllers exchange CAPWAP control messages, protected with DTLS, on this UDP port.',
    category: 'infrastructure',
    aliases: ['capwap', 'capwap-control'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc5415',
        title: 'RFC 5415: Control And Provisioning of Wireless Access Points (CAPWAP) Protocol Specification',
        kind: 'standard',
      },
    ],
    related: [5247],
  },
  {
    port: 5247,
    protocols: ['udp'],
    name: 'CAPWAP data',
    summary: 'Access points tunnel client traffic to their wireless controller in CAPWAP data packets on this UDP port.',
    category: 'infrastructure',
    aliases: ['capwap-data'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc5415',
        title: 'RFC 5415: Control And Provisioning of Wireless Access Points (CAPWAP) Protocol Specification',
        kind: 'standard',
      },
    ],
    related: [5246],
  },
  {
    port: 4786,
    protocols: ['tcp'],
    name: 'Cisco Smart Install',
    summary: 'Cisco switches acting as Smart Install clients listen on this port for zero-touch configuration and image instructions from a director switch.',
    category: 'infrastructure',
    aliases: ['smart-install', 'smi', 'vstack'],
    status: 'official',
    sources: [
      {
        url: 'https://sec.cloudapps.cisco.com/security/center/content/CiscoSecurityAdvisory/cisco-sa-20170214-smi',
        title: 'Cisco Security Response: Cisco Smart Install Protocol Misuse',
        kind: 'vendor',
      },
    ],
    security: [
      {
        note: 'Smart Install has no authentication, so anyone reaching this port can download or replace a switch\'s configuration and firmware, and CVE-2018-0171 allowed remote code execution; disable it with "no vstack" where it is not used.',
        sources: [
          {
            url: 'https://sec.cloudapps.cisco.com/security/center/content/CiscoSecurityAdvisory/cisco-sa-20170214-smi',
            title: 'Cisco Security Response: Cisco Smart Install Protocol Misuse',
            kind: 'vendor',
          },
          {
            url: 'https://nvd.nist.gov/vuln/detail/CVE-2018-0171',
            title: 'NVD: CVE-2018-0171 (Cisco Smart Install)',
            kind: 'secondary',
          },
        ],
      },
    ],
  },
  {
    port: 5405,
    protocols: ['udp'],
    name: 'Corosync cluster communication',
    summary: 'Corosync, the messaging layer under Pacemaker high-availability clusters, exchanges membership and heartbeat traffic between nodes on this UDP port by default.',
    category: 'infrastructure',
    aliases: ['corosync', 'pacemaker'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/corosync/corosync/blob/main/man/corosync.conf.5',
        title: 'Corosync source: corosync.conf(5) manual page (mcastport)',
        kind: 'project',
      },
    ],
  },
  {
    port: 9100,
    protocols: ['tcp'],
    name: 'Raw printing (JetDirect/AppSocket)',
    summary: 'Network printers accept raw print jobs streamed straight to the printer on this port, the protocol HP called JetDirect and CUPS calls AppSocket.',
    category: 'infrastructure',
    aliases: ['jetdirect', 'appsocket', 'raw-printing', 'pdl-datastream'],
    status: 'official',
    sources: [
      {
        url: 'https://www.cups.org/doc/network.html',
        title: 'CUPS documentation: Using Network Printers',
        kind: 'project',
      },
    ],
    unofficialUses: [
      {
        user: 'Prometheus node_exporter',
        description: 'The Prometheus node_exporter serves host metrics such as CPU, memory and disk usage for scraping on this port.',
        protocols: ['tcp'],
        sources: [
          {
            url: 'https://github.com/prometheus/prometheus/wiki/Default-port-allocations',
            title: 'Prometheus wiki: Default port allocations',
            kind: 'project',
          },
        ],
      },
    ],
    related: [631, 515, 9090],
  },
  {
    port: 631,
    protocols: ['tcp', 'udp'],
    name: 'IPP and CUPS',
    summary: 'The Internet Printing Protocol runs over HTTP on TCP 631: network printers accept print jobs here, and CUPS, the print system of Linux and macOS, serves its scheduler and web interface here, listening only on localhost in its default configuration. On UDP 631, old CUPS versions and the cups-browsed helper exchanged printer announcements ("CUPS browsing").',
    category: 'infrastructure',
    aliases: ['ipp', 'cups', 'ipps', 'cups-browsing'],
    status: 'official',
    sources: [
      {
        url: 'https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xml',
        title: 'IANA Service Name and Port Number Registry: 631/tcp ipp, ipps; 631/udp ipp (RFC 8011)',
        kind: 'standard',
        checked: '2026-11-30',
      },
      {
        url: 'https://github.com/OpenPrinting/cups/blob/master/conf/cupsd.conf.in',
        title: 'CUPS source: conf/cupsd.conf.in (Listen localhost on the IPP port)',
        kind: 'project',
        checked: '2026-11-30',
      },
      {
        url: 'https://github.com/OpenPrinting/cups/blob/master/config-scripts/cups-defaults.m4',
        title: 'CUPS source: config-scripts/cups-defaults.m4 (default IPP port 631)',
        kind: 'project',
        checked: '2026-11-30',
      },
      {
        url: 'https://github.com/OpenPrinting/cups-browsed/commit/1d1072a0de573b7850958df614e9ec5b73ea0e0d',
        title: 'cups-browsed commit 1d1072a: remove legacy CUPS browsing (UDP 631, CVE-2024-47176)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    security: [
      {
        note: 'cups-browsed accepted printer announcements on UDP 631 from any source, which let attackers on the network plant forged printers (CVE-2024-47176); the legacy browsing code was removed in October 2024, and hosts that still listen on UDP 631 should be updated or have cups-browsed turned off.',
        sources: [
          {
            url: 'https://github.com/OpenPrinting/cups-browsed/commit/1d1072a0de573b7850958df614e9ec5b73ea0e0d',
            title: 'cups-browsed commit 1d1072a: remove legacy CUPS browsing (UDP 631, CVE-2024-47176)',
            kind: 'project',
            checked: '2026-11-30',
          },
        ],
      },
    ],
    related: [515, 9100, 5353],
  },
  {
    port: 515,
    protocols: ['tcp'],
    name: 'LPD (line printer daemon)',
    summary: 'The Berkeley line printer protocol (RFC 1179) takes print jobs on TCP 515. Many network printers and print servers still accept it, and CUPS ships cups-lpd, a small LPD server started by the init system on this port, for legacy clients.',
    category: 'infrastructure',
    aliases: ['lpd', 'lpr', 'printer', 'cups-lpd'],
    status: 'official',
    sources: [
      {
        url: 'https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xml',
        title: 'IANA Service Name and Port Number Registry: 515/tcp printer (spooler)',
        kind: 'standard',
        checked: '2026-11-30',
      },
      {
        url: 'https://github.com/OpenPrinting/cups/blob/master/scheduler/cups-lpd.socket',
        title: 'CUPS source: scheduler/cups-lpd.socket (ListenStream=515)',
        kind: 'project',
        checked: '2026-11-30',
      },
      {
        url: 'https://github.com/OpenPrinting/cups/blob/master/man/cups-lpd.8',
        title: 'CUPS source: cups-lpd(8) manual page (LPD mini-server, RFC 1179)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    related: [631, 9100],
  },
  {
    port: 5357,
    protocols: ['tcp'],
    name: 'WSDAPI (Web Services on Devices)',
    summary: 'Windows\' Web Services on Devices API (WSDAPI) serves device metadata over HTTP on TCP 5357, and over HTTPS on 5358, by default; devices and computers first find each other by WS-Discovery multicast on UDP 3702. Linux hosts running the wsdd daemon open the same port so that Windows lists their Samba shares.',
    category: 'infrastructure',
    aliases: ['wsdapi', 'wsdd'],
    status: 'official',
    sources: [
      {
        url: 'https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xml',
        title: 'IANA Service Name and Port Number Registry: 5357/tcp wsdapi (Web Services for Devices)',
        kind: 'standard',
        checked: '2026-11-30',
      },
      {
        url: 'https://learn.microsoft.com/en-us/windows/win32/wsdapi/additional-ws-discovery-functionality',
        title: 'Microsoft Learn: Additional WS-Discovery functionality (WSDAPI uses TCP 5357 for HTTP and 5358 for HTTPS)',
        kind: 'vendor',
        checked: '2026-11-30',
      },
      {
        url: 'https://build.opensuse.org/projects/openSUSE:Leap:15.5/packages/wsdd/files/wsdd.xml?expand=0',
        title: 'openSUSE wsdd package: firewalld service file (TCP 5357 plus WS-Discovery on UDP 3702)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    related: [5358, 3702],
  },
  {
    port: 626,
    protocols: ['udp'],
    name: 'macOS Server serial number support',
    summary: 'Mac OS X Server kept UDP 626 open even with its firewall on, for what Apple calls serial number support; IANA lists 626 for ASIA.',
    category: 'infrastructure',
    aliases: ['serialnumberd', 'macos-serial'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://azmanual.top/manuals/36241/apple-mac-os-x-server-version-106-snow-leopard.html?page=127',
        title: 'Apple Mac OS X Server 10.6 Getting Started (copy), p. 127: ports open by default (626 UDP serial number support)',
        kind: 'secondary',
        checked: '2026-11-30',
      },
      {
        url: 'https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xml',
        title: 'IANA Service Name and Port Number Registry: 626 asia',
        kind: 'standard',
        checked: '2026-11-30',
      },
    ],
    related: [311, 625],
  },
  {
    port: 62078,
    protocols: ['tcp'],
    name: 'iOS lockdown service (Wi-Fi sync)',
    summary: 'iPhones and iPads listen on TCP 62078 for the lockdown protocol, which paired computers use over Wi-Fi (and over USB through usbmuxd) to sync the device, query its properties and start other device services.',
    category: 'infrastructure',
    aliases: ['lockdownd', 'iphone-sync', 'ios-lockdown'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/sundial-org/awesome-openclaw-skills/blob/main/skills/working-with-lockdownd/SKILL.md',
        title: 'working-with-lockdownd skill notes: talking to iOS devices over Wi-Fi with the lockdown protocol on port 62078',
        kind: 'secondary',
        checked: '2026-11-30',
      },
    ],
  },
  {
    port: 32768,
    protocols: ['tcp', 'udp'],
    name: 'First port of the Linux ephemeral range',
    summary: 'On Linux, 32768 is the first port of the default local port range (32768 to 60999) from which the kernel picks a port for any program that binds or connects without naming one; RPC services such as rpc.statd take such a port when they start unless given a fixed one with --port, which is how a listener can land here. IANA\'s registration of the number, FileNet TMS, is unrelated.',
    category: 'infrastructure',
    aliases: ['linux-ephemeral-start'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://docs.kernel.org/networking/ip-sysctl.html',
        title: 'Linux kernel documentation: IP sysctl (ip_local_port_range, 32768-60999 by default)',
        kind: 'os-source',
        checked: '2026-11-30',
      },
      {
        url: 'https://www.unix.com/man_page/redhat/8/statd',
        title: 'rpc.statd(8) manual page (Red Hat, unix.com copy): --port sets the listening port, otherwise one is assigned at start',
        kind: 'secondary',
        checked: '2026-11-30',
      },
      {
        url: 'https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xml',
        title: 'IANA Service Name and Port Number Registry (XML): 32768 filenet-tms',
        kind: 'standard',
        checked: '2026-11-30',
      },
    ],
    related: [111],
  },
];
