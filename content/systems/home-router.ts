import type { SystemInput } from '../../src/lib/schemas/system';


const openwrtFirewall = {
  url: 'https://github.com/openwrt/firewall4/blob/b6e5157527d361f99ad52eaa6da273cb0f2dfd59/root/etc/config/firewall',
  title: 'OpenWrt firewall4 source: default /etc/config/firewall (lan input ACCEPT, wan input REJECT)',
  kind: 'project',
  checked: '2026-11-30',
} as const;

const openwrtDropbear = {
  url: 'https://github.com/openwrt/openwrt/blob/478635be8f8ce3462fb66fc8c32632e5c632e148/package/network/services/dropbear/files/dropbear.config',
  title: 'OpenWrt source: default dropbear configuration (enabled, port 22, password login)',
  kind: 'project',
  checked: '2026-11-30',
} as const;

const openwrtUhttpd = {
  url: 'https://github.com/openwrt/openwrt/blob/061904d7e339db9cbc966506e1d72b9433bdf353/package/network/services/uhttpd/files/uhttpd.config',
  title: 'OpenWrt source: default uhttpd configuration (0.0.0.0:80 and :443, LuCI web interface)',
  kind: 'project',
  checked: '2026-11-30',
} as const;

const openwrtDnsmasq = {
  url: 'https://github.com/openwrt/openwrt/blob/1a1f361123d678a963bec73dccccdf70986a0c34/package/network/services/dnsmasq/files/dhcp.conf',
  title: 'OpenWrt source: default dnsmasq configuration (DHCP on lan, ignored on wan; local-service DNS)',
  kind: 'project',
  checked: '2026-11-30',
} as const;

const ianaCwmp = {
  url: 'https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xhtml?search=7547',
  title: 'IANA Service Name and Port Number Registry: 7547, cwmp (Broadband Forum CWMP)',
  kind: 'standard',
  checked: '2026-11-30',
} as const;

const connectionRequestBasics = {
  url: 'https://qacafe.com./resources/connection-request-basics',
  title: 'QA Cafe: TR-069 Connection Request basics (the ACS reaches an HTTP URL served by the CPE)',
  kind: 'secondary',
  checked: '2026-11-30',
} as const;

const lanOnly = 'The LAN zone accepts input and the WAN zone rejects it by default, so devices at home can connect and the internet cannot.';

export const system: SystemInput = {
  slug: 'home-router',
  name: 'A typical home router',
  kind: 'device',
  versions: 'OpenWrt 23.05 and 24.10 defaults; TR-069 on ISP-supplied routers',
  summary:
    'A home router serves its local network: DNS, DHCP, a web admin page and often SSH on the LAN side, with the WAN side closed, except that ISP-managed routers also wait for TR-069 requests from the provider.',
  baseline:
    '"Typical" here rests on OpenWrt, an open-source router firmware whose default configuration can be read in its source; the makers\' own firmware differs in detail and is not documented port by port. The TR-069 row applies to routers an internet provider supplies and manages.',
  firewall: {
    summary: 'OpenWrt\'s default firewall accepts input from the LAN zone and rejects it from the WAN zone, with exceptions on the WAN side only for DHCP and DHCPv6 replies, ping, IGMP and essential ICMPv6.',
    sources: [openwrtFirewall],
  },
  listeners: [
    {
      ports: [22],
      protocols: ['tcp'],
      service: 'SSH for administration',
      process: 'dropbear',
      interfaces: 'all',
      reachable: 'depends',
      reachableWhy: lanOnly,
      turnOff: 'If you manage the router only through its web interface, disable the dropbear service.',
      turnOffCommand: '/etc/init.d/dropbear disable && /etc/init.d/dropbear stop',
      sources: [openwrtDropbear, openwrtFirewall],
    },
    {
      ports: [53],
      protocols: ['udp', 'tcp'],
      service: 'DNS resolver and cache for the home network',
      process: 'dnsmasq',
      interfaces: 'all',
      interfacesNote: 'answers only clients on local subnets (localservice)',
      reachable: 'depends',
      reachableWhy: lanOnly,
      turnOff: 'Only if another server provides DNS and DHCP for the network: dnsmasq serves both, so disabling it stops both.',
      turnOffCommand: '/etc/init.d/dnsmasq disable && /etc/init.d/dnsmasq stop',
      sources: [openwrtDnsmasq, openwrtFirewall],
    },
    {
      ports: [67],
      protocols: ['udp'],
      service: 'DHCP server handing out addresses on the LAN',
      process: 'dnsmasq',
      interfaces: 'specific',
      interfacesNote: 'the LAN interface; DHCP is ignored on WAN',
      reachable: 'depends',
      reachableWhy: 'Serves DHCP on the LAN only: the default configuration ignores DHCP on the WAN interface, and the WAN zone rejects input.',
      turnOff: 'When another DHCP server runs on the network, set option ignore \'1\' in the lan section of /etc/config/dhcp, as the default already does for wan.',
      sources: [openwrtDnsmasq, openwrtFirewall],
    },
    {
      ports: [80, 443],
      protocols: ['tcp'],
      service: 'Web administration interface (LuCI), HTTP redirected to HTTPS',
      process: 'uhttpd',
      interfaces: 'all',
      reachable: 'depends',
      reachableWhy: lanOnly,
      turnOff: 'Bind uhttpd to the LAN address only (listen_http and listen_https in /etc/config/uhttpd), or stop it and manage the router over SSH.',
      turnOffCommand: '/etc/init.d/uhttpd disable && /etc/init.d/uhttpd stop',
      sources: [openwrtUhttpd, openwrtFirewall],
    },
    {
      ports: [7547],
      protocols: ['tcp'],
      service: 'TR-069 (CWMP) connection requests, by which the provider\'s management server asks the router to check in',
      process: 'the firmware\'s CWMP client (name varies by maker)',
      interfaces: 'specific',
      interfacesNote: 'the WAN side, so that the provider can reach it',
      reachable: 'depends',
      reachableWhy: 'Only on routers that an internet provider manages over TR-069; there it has to be reachable from the provider\'s side of the connection.',
      turnOff: 'Usually not possible on a provider-managed router; ask the provider, or put your own router behind theirs.',
      sources: [ianaCwmp, connectionRequestBasics],
    },
  ],
};
