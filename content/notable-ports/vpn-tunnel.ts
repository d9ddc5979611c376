import type { NotablePortInput } from '../../src/lib/schemas/notable-port';
import { source } from '../sources.ts';

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
    related: [51820, 443],
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
    related: [1194, 41641],
  },
  {
    port: 500,
    protocols: ['udp'],
    name: 'IKE (IPsec key exchange)',
    summary: 'IPsec VPN gateways and clients negotiate security associations with the Internet Key Exchange protocol (IKEv1 or IKEv2) over this UDP port.',
    category: 'vpn-tunnel',
    aliases: ['ike', 'isakmp', 'ikev2', 'ipsec', 'strongswan'],
    status: 'official',
    sources: [
      source.rfcEditorRfcRfc7296,
    ],
    unofficialUses: [
      {
        user: 'IKE over TCP (Check Point)',
        description: 'Some gateways can carry IKE over TCP instead of UDP: the ike-scan tool has a TCP mode for the raw IKE over TCP that Check Point uses (and Cisco\'s encapsulated variant), probing port 500 unless told otherwise, and Wireshark decodes TCP 500 as ISAKMP.',
        protocols: ['tcp'],
        sources: [
          {
            url: 'https://github.com/royhills/ike-scan/blob/master/ike-scan.1',
            title: 'ike-scan(1) manual: --tcp (1 = raw IKE over TCP as used by Checkpoint, 2 = encapsulated IKE over TCP as used by Cisco)',
            kind: 'project',
            checked: '2026-11-30',
          },
          {
            url: 'https://github.com/royhills/ike-scan/blob/master/ike-scan.h',
            title: 'ike-scan source: ike-scan.h (DEFAULT_DEST_PORT 500)',
            kind: 'project',
            checked: '2026-11-30',
          },
          {
            url: 'https://github.com/wireshark/wireshark/blob/007a0b28aec261bf54559d5ac84672c67f82e8b0/epan/dissectors/packet-isakmp.c',
            title: 'Wireshark ISAKMP dissector, packet-isakmp.c (registers UDP_PORT_ISAKMP 500 and TCP_PORT_ISAKMP 500)',
            kind: 'project',
            checked: '2026-11-30',
          },
        ],
      },
    ],
    related: [4500, 1701],
  },
  {
    port: 4500,
    protocols: ['udp'],
    name: 'IPsec NAT traversal',
    summary: 'When a NAT sits between IPsec peers, IKE moves from port 500 to this UDP port and ESP traffic is wrapped in UDP datagrams on it as well.',
    category: 'vpn-tunnel',
    aliases: ['ipsec-nat-t', 'nat-t', 'udp-encap'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc3948',
        title: 'RFC 3948: UDP Encapsulation of IPsec ESP Packets',
        kind: 'standard',
      },
      source.rfcEditorRfcRfc7296,
    ],
    related: [500],
  },
  {
    port: 1701,
    protocols: ['udp'],
    name: 'L2TP',
    summary: 'Layer 2 Tunnelling Protocol endpoints exchange control messages and tunnelled PPP frames over this UDP port, usually inside IPsec as L2TP/IPsec.',
    category: 'vpn-tunnel',
    aliases: ['l2tp', 'l2tp-ipsec', 'xl2tpd'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc2661',
        title: 'RFC 2661: Layer Two Tunneling Protocol "L2TP"',
        kind: 'standard',
      },
      source.rfcEditorRfcRfc3193,
    ],
    security: [
      {
        note: 'L2TP itself neither encrypts nor strongly authenticates the tunnelled traffic, so it should only be run protected by IPsec (L2TP/IPsec) rather than as plain UDP.',
        sources: [
          source.rfcEditorRfcRfc3193,
        ],
      },
    ],
    related: [500, 4500, 1723],
  },
  {
    port: 1723,
    protocols: ['tcp'],
    name: 'PPTP',
    summary: 'Point-to-Point Tunnelling Protocol VPN servers take the TCP control connection on this port, while the tunnelled data itself travels in GRE (IP protocol 47).',
    category: 'vpn-tunnel',
    aliases: ['pptp', 'pptpd'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc2637',
        title: 'RFC 2637: Point-to-Point Tunneling Protocol (PPTP)',
        kind: 'standard',
      },
    ],
    related: [1701, 500],
  },
  {
    port: 1080,
    protocols: ['tcp', 'udp'],
    name: 'SOCKS proxy',
    summary: 'SOCKS proxy servers accept client connections on this port and relay TCP streams (and, with SOCKS5, UDP datagrams) onward on the client\'s behalf.',
    category: 'vpn-tunnel',
    aliases: ['socks', 'socks5', 'socks4', 'dante'],
    status: 'official',
    sources: [
      source.rfcEditorRfcRfc1928,
    ],
    unofficialUses: [
      {
        user: 'MailCatcher web interface',
        description: 'MailCatcher, a fake SMTP server for development, shows the mail it catches in a web interface at http://127.0.0.1:1080/.',
        protocols: ['tcp'],
        sources: [
          source.devMailcatcherReadme,
        ],
      },
      {
        user: 'MockServer',
        description: 'MockServer, an HTTP mock and proxy for testing, is published on 1080 in its Docker quick start.',
        protocols: ['tcp'],
        sources: [
          {
            url: 'https://github.com/mock-server/mockserver/blob/master/README.md',
            title: 'MockServer README: Quick Start (docker run -p 1080:1080 mockserver/mockserver)',
            kind: 'project',
            checked: '2026-11-30',
          },
        ],
      },
    ],
    security: [
      {
        note: 'SOCKS5 can require username/password or GSS-API authentication; a proxy that accepts unauthenticated clients from the internet becomes an open relay that others can use to hide the origin of their traffic.',
        sources: [
          source.rfcEditorRfcRfc1928,
          {
            url: 'https://www.rfc-editor.org/rfc/rfc1929',
            title: 'RFC 1929: Username/Password Authentication for SOCKS V5',
            kind: 'standard',
          },
        ],
      },
    ],
    related: [9050],
  },
  {
    port: 4789,
    protocols: ['udp'],
    name: 'VXLAN',
    summary: 'VXLAN overlay networks carry Ethernet frames between hypervisors, switches and container hosts inside UDP datagrams sent to this port.',
    category: 'vpn-tunnel',
    aliases: ['vxlan'],
    status: 'official',
    sources: [
      source.rfcEditorRfcRfc7348,
    ],
    unofficialUses: [
      {
        user: 'Docker Swarm overlay networks',
        description: 'Docker Swarm carries traffic between containers on different nodes of an overlay network as VXLAN on this port.',
        protocols: ['udp'],
        sources: [
          source.dockerSwarmSwarmTutorial,
        ],
      },
    ],
    security: [
      {
        note: 'VXLAN has no authentication or encryption of its own, so anyone who can send UDP to this port can inject frames into an overlay; keep it on a trusted underlay network or filter it by source.',
        sources: [
          source.rfcEditorRfcRfc7348,
        ],
      },
    ],
    related: [6081, 8472],
  },
  {
    port: 6081,
    protocols: ['udp'],
    name: 'Geneve',
    summary: 'Generic Network Virtualization Encapsulation tunnels carry overlay network traffic between virtualisation endpoints in UDP datagrams on this port.',
    category: 'vpn-tunnel',
    aliases: ['geneve'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc8926',
        title: 'RFC 8926: Geneve: Generic Network Virtualization Encapsulation',
        kind: 'standard',
      },
    ],
    unofficialUses: [
      {
        user: 'OpenStack Compute VNC proxy for VNC clients',
        description: 'On TCP, 6081 is OpenStack Compute\'s VNC proxy for traditional VNC clients (openstack-nova-xvpvncproxy).',
        protocols: ['tcp'],
        sources: [
          source.openstackFirewallsDefaultPorts,
        ],
      },
      {
        user: 'Varnish Cache (default listener)',
        description: 'Varnish Cache, the caching HTTP reverse proxy, takes client requests on TCP 6081 in its stock configuration until an administrator moves it to port 80.',
        protocols: ['tcp'],
        sources: [
          source.githubVarnishPortEighty,
        ],
      },
    ],
    related: [4789],
  },
  {
    port: 3544,
    protocols: ['udp'],
    name: 'Teredo',
    summary: 'Teredo clients tunnel IPv6 packets through IPv4 NATs by talking UDP to Teredo servers and relays on this port.',
    category: 'vpn-tunnel',
    aliases: ['teredo', 'miredo'],
    status: 'official',
    sources: [
      source.rfcEditorRfcRfc4380,
    ],
    security: [
      {
        note: 'Teredo makes hosts behind a NAT reachable over IPv6, which can let traffic bypass perimeter filters written only for IPv4; block it where it is not needed.',
        sources: [
          source.rfcEditorRfcRfc4380,
        ],
      },
    ],
  },
  {
    port: 41641,
    protocols: ['udp'],
    name: 'Tailscale',
    summary: 'The Tailscale daemon listens on this UDP port by default for direct WireGuard connections between devices, falling back to relays when they cannot connect directly.',
    category: 'vpn-tunnel',
    aliases: ['tailscale', 'tailscaled'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://tailscale.com/kb/1082/firewall-ports',
        title: 'Tailscale documentation: What firewall ports should I open to use Tailscale?',
        kind: 'vendor',
      },
    ],
    related: [51820, 3478],
  },
  {
    port: 9050,
    protocols: ['tcp'],
    name: 'Tor SOCKS proxy',
    summary: 'The Tor client opens a local SOCKS proxy on this port by default, through which applications send traffic into the Tor network.',
    category: 'vpn-tunnel',
    aliases: ['tor', 'tor-socks'],
    status: 'unofficial',
    sources: [
      source.torprojectSampleIn,
    ],
    security: [
      {
        note: 'Tor binds its SOCKS port to localhost by default; if it is opened to other hosts, the Tor sample configuration warns that untrusted users who reach it may learn about the connections you make.',
        sources: [
          source.torprojectSampleIn,
        ],
      },
    ],
    related: [9051, 9001, 1080],
  },
  {
    port: 9051,
    protocols: ['tcp'],
    name: 'Tor control port',
    summary: 'Controller applications such as Nyx or Stem talk to a running Tor process over its control protocol on this port, the value used in Tor\'s sample configuration.',
    category: 'vpn-tunnel',
    aliases: ['tor-control'],
    status: 'unofficial',
    sources: [
      source.torprojectSampleIn,
    ],
    security: [
      {
        note: 'Whoever reaches the control port can reconfigure Tor, so Tor\'s sample configuration asks you to enable cookie or hashed-password authentication whenever it is switched on.',
        sources: [
          source.torprojectSampleIn,
        ],
      },
    ],
    related: [9050],
  },
  {
    port: 9001,
    protocols: ['tcp'],
    name: 'Tor relay (ORPort)',
    summary: 'Tor relays commonly accept connections from other relays and clients on this port, the ORPort value suggested in Tor\'s sample configuration.',
    category: 'vpn-tunnel',
    aliases: ['tor-relay', 'orport'],
    status: 'unofficial',
    sources: [
      source.torprojectSampleIn,
    ],
    unofficialUses: [
      {
        user: 'Lighthouse QUIC',
        description: 'Lighthouse (since v4.5.0) also tries QUIC peer connections on UDP 9001 by default, next to its TCP/UDP 9000.',
        protocols: ['udp'],
        sources: [
          source.lighthouseAdvancedNetworking,
        ],
      },
      {
        user: 'Portainer Agent',
        description: 'The Portainer Agent, run on each Docker or Swarm host that a Portainer server manages, listens on TCP 9001 for that server.',
        protocols: ['tcp'],
        sources: [
          { url: 'https://github.com/portainer/portainer-docs/blob/2.19/admin/environments/add/docker/agent.md', title: 'Portainer documentation source: Add a Docker Standalone environment with the Portainer Agent (port 9001)', kind: 'project', checked: '2026-11-30' },
        ],
      },
      {
        user: 'Etherpad',
        description: 'Etherpad, the collaborative real-time text editor, serves its pads and admin pages on TCP 9001 out of the box.',
        protocols: ['tcp'],
        sources: [
          { url: 'https://github.com/ether/etherpad-lite/blob/develop/README.md', title: 'Etherpad README (editor at http://localhost:9001, Docker publishes 9001)', kind: 'project', checked: '2026-11-30' },
        ],
      },
    ],
    related: [9050],
  },
  {
    port: 9993,
    protocols: ['udp', 'tcp'],
    name: 'ZeroTier',
    summary: 'ZeroTier One uses this as its primary UDP port for peer-to-peer and root-server traffic, and serves its local control API on the same number over TCP on localhost.',
    category: 'vpn-tunnel',
    aliases: ['zerotier', 'zerotier-one'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://docs.zerotier.com/whitelist',
        title: 'ZeroTier documentation: Root Server IP Whitelist',
        kind: 'vendor',
      },
      {
        url: 'https://man.archlinux.org/man/zerotier-one.8.en.txt',
        title: 'zerotier-one(8) manual page',
        kind: 'project',
      },
    ],
    unofficialUses: [
      {
        user: 'WildFly management interface over HTTPS',
        description: 'WildFly (formerly JBoss AS) binds its management interface over HTTPS to 9993 (management-https) in its standard socket binding group, next to plain HTTP on 9990.',
        protocols: ['tcp'],
        sources: [
          source.wildflyInterfacesAndPorts,
        ],
      },
    ],
    related: [9990],
  },
  {
    port: 7657,
    protocols: ['tcp'],
    name: 'I2P router console',
    summary: 'The I2P anonymising router serves its web console (setup wizard, tunnels, settings) on 127.0.0.1:7657.',
    category: 'vpn-tunnel',
    aliases: ['i2p-console', 'i2p'],
    status: 'unofficial',
    sources: [
      source.githubDockerMd,
    ],
    related: [7656, 7654, 4444],
  },
  {
    port: 7656,
    protocols: ['tcp'],
    name: 'I2P SAM bridge',
    summary: 'The SAM (Simple Anonymous Messaging) bridge, through which other applications use the I2P network, listens on 127.0.0.1:7656 when it is enabled.',
    category: 'vpn-tunnel',
    aliases: ['i2p-sam'],
    status: 'unofficial',
    sources: [
      source.githubDockerMd,
    ],
    related: [7657, 7654],
  },
  {
    port: 7654,
    protocols: ['tcp'],
    name: 'I2P I2CP',
    summary: 'Client applications talk to the I2P router over I2CP, its client protocol, on 127.0.0.1:7654.',
    category: 'vpn-tunnel',
    aliases: ['i2cp'],
    status: 'unofficial',
    sources: [
      source.githubDockerMd,
    ],
    related: [7657, 7656],
  },
  {
    port: 7658,
    protocols: ['tcp'],
    name: 'I2P site (eepsite) web server',
    summary: 'The I2P router\'s built-in web server for hosting an I2P site (eepsite) uses 127.0.0.1:7658.',
    category: 'vpn-tunnel',
    aliases: ['eepsite'],
    status: 'unofficial',
    sources: [
      source.githubDockerMd,
    ],
    related: [7657],
  },
  {
    port: 7659,
    protocols: ['tcp'],
    name: 'I2P SMTP proxy',
    summary: 'The I2P router offers an SMTP proxy for mail inside the I2P network on 127.0.0.1:7659.',
    category: 'vpn-tunnel',
    aliases: ['i2p-smtp'],
    status: 'unofficial',
    sources: [
      source.githubDockerMd,
    ],
    related: [7660, 7657],
  },
  {
    port: 7660,
    protocols: ['tcp'],
    name: 'I2P POP3 proxy',
    summary: 'The I2P router offers a POP3 proxy for mail inside the I2P network on 127.0.0.1:7660.',
    category: 'vpn-tunnel',
    aliases: ['i2p-pop3'],
    status: 'unofficial',
    sources: [
      source.githubDockerMd,
    ],
    related: [7659, 7657],
  },
  {
    port: 7652,
    protocols: ['tcp'],
    name: 'I2P UPnP (TCP)',
    summary: 'The I2P router listens on this TCP port on its LAN interface for UPnP, next to UDP 7653.',
    category: 'vpn-tunnel',
    aliases: ['i2p-upnp'],
    status: 'unofficial',
    sources: [
      source.githubDockerMd,
    ],
    related: [7653, 1900],
  },
  {
    port: 7653,
    protocols: ['udp'],
    name: 'I2P UPnP (UDP)',
    summary: 'The I2P router uses this UDP port on its LAN interface for UPnP, next to TCP 7652.',
    category: 'vpn-tunnel',
    aliases: ['i2p-upnp-udp'],
    status: 'unofficial',
    sources: [
      source.githubDockerMd,
    ],
    related: [7652, 1900],
  },
  {
    port: 51821,
    protocols: ['tcp'],
    name: 'wg-easy web UI',
    summary: 'wg-easy, a popular Docker image that bundles WireGuard with a web admin interface, serves that interface on TCP 51821 by default while WireGuard itself uses UDP 51820.',
    category: 'vpn-tunnel',
    aliases: ['wg-easy'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/wg-easy/wg-easy/blob/master/docker-compose.yml',
        title: 'wg-easy: docker-compose.yml (51820/udp and 51821/tcp)',
        kind: 'project',
      },
      {
        url: 'https://github.com/wg-easy/wg-easy/blob/master/wg-easy.service',
        title: 'wg-easy: wg-easy.service (TCP port for Web UI, default 51821)',
        kind: 'project',
      },
    ],
    unofficialUses: [
      {
        user: 'RKE2 Canal with WireGuard (IPv6 and dual-stack)',
        description: 'RKE2 clusters using the Canal network plugin with WireGuard encryption exchange IPv6 or dual-stack pod traffic between nodes on UDP 51821, next to 51820 for IPv4.',
        protocols: ['udp'],
        sources: [
          source.rke2Requirements,
        ],
      },
      {
        user: 'K3s Flannel WireGuard backend (IPv6)',
        description: 'K3s nodes using Flannel\'s WireGuard backend need UDP 51821 between them when IPv6 is used, besides 51820 for IPv4.',
        protocols: ['udp'],
        sources: [
          source.k3sRequirements,
        ],
      },
    ],
    related: [51820],
  },
  {
    port: 264,
    protocols: ['tcp'],
    name: 'Check Point FireWall-1 SecuRemote topology service',
    summary: 'Check Point FireWall-1 gateways answer on this port with their SecuRemote topology service, a Check Point protocol unrelated to BGMP, the protocol IANA registered here.',
    category: 'vpn-tunnel',
    aliases: ['fw1-topology', 'securemote-topology'],
    status: 'unofficial',
    sources: [
      source.githubCheckpointHostnameRb,
    ],
    security: [
      {
        note: "Before any login the service hands out the names of the firewall and of its SmartCenter management server, taken from Check Point's internal certificate authority; such names often reveal where a device sits, so the port should not face the internet.",
        sources: [
          source.githubCheckpointHostnameRb,
        ],
      },
    ],
    related: [256, 259],
  },
  {
    port: 256,
    protocols: ['tcp'],
    name: 'Check Point FireWall-1 management ports (256-258)',
    summary: 'Check Point FireWall-1 firewalls listen on TCP 256, 257 and 258 for Check Point\'s own firewall protocol, so a host that shows all three open is very likely a Check Point firewall.',
    category: 'vpn-tunnel',
    aliases: ['fw1', 'firewall-1', 'checkpoint-fw1'],
    status: 'unofficial',
    sources: [
      source.githubCheckpointNasl,
    ],
    security: [
      {
        note: 'Open management ports tell attackers which firewall they face; the firewall itself should accept only its own protocol, and only from trusted management hosts.',
        sources: [
          source.githubCheckpointNasl,
        ],
      },
    ],
    related: [259, 264],
  },
  {
    port: 259,
    protocols: ['tcp'],
    name: 'Check Point FireWall-1 client authentication (telnet)',
    summary: 'Check Point FireWall-1 can run a Client Authentication server on TCP 259: a user connects with telnet, logs in, and the firewall then opens access to hosts it was blocking for that user.',
    category: 'vpn-tunnel',
    aliases: ['fw1-clntauth', 'checkpoint-client-auth'],
    status: 'unofficial',
    sources: [
      { url: 'https://github.com/rhuitl/uClinux/blob/0486e80a025dccbe4a2213715a2ab8a5063ea86b/user/nessus/nessus-plugins/scripts/cp-firewall-auth.nasl', title: 'Nessus plugin 10675 by Tenable: CheckPoint Firewall-1 Telnet Client Authentication Detection (copy in a uClinux source tree)', kind: 'secondary', checked: '2026-11-30' },
    ],
    related: [256, 264],
  },
  {
    port: 4445,
    protocols: ['tcp'],
    name: 'I2P HTTPS proxy',
    summary: 'The I2P anonymising router offers an HTTPS proxy on 127.0.0.1:4445, next to its plain HTTP proxy on 4444.',
    category: 'vpn-tunnel',
    aliases: ['i2p-https-proxy'],
    status: 'unofficial',
    sources: [
      source.githubDockerMd,
    ],
    related: [4444, 7657],
  },
  {
    port: 5252,
    protocols: ['tcp'],
    name: 'Tailscale web client',
    summary: 'When a node runs the Tailscale web interface from tailscaled (tailscale set --webclient), it serves it to other devices of the tailnet on the node\'s Tailscale address at port 5252.',
    category: 'vpn-tunnel',
    aliases: ['tailscale-web', 'tailscale-webclient'],
    status: 'unofficial',
    sources: [
      source.tailscaleWebClient,
      {
        url: 'https://github.com/tailscale/tailscale/blob/main/cmd/tailscale/cli/set.go',
        title: 'Tailscale source: cmd/tailscale/cli/set.go (--webclient exposes the web interface over Tailscale at port 5252)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    related: [41641],
  },
  {
    port: 943,
    protocols: ['tcp'],
    name: 'OpenVPN Access Server web interface',
    summary: 'OpenVPN Access Server serves its Admin Web UI (at /admin) and its Client Web UI on TCP 943, next to the VPN daemons on TCP 443 and UDP 1194.',
    category: 'vpn-tunnel',
    aliases: ['openvpn-as', 'openvpn-access-server'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/OpenVPN/as-docker',
        title: 'OpenVPN Access Server Docker image README (-p 943 Admin GUI port, 443 TCP, 1194/udp)',
        kind: 'vendor',
        checked: '2026-11-30',
      },
      {
        url: 'https://openvpn.net/as-docs/advanced-options.md',
        title: 'OpenVPN Access Server docs: Advanced options (daemons listen on UDP 1194 and TCP 443 by default)',
        kind: 'vendor',
        checked: '2026-11-30',
      },
      {
        url: 'https://github.com/linode/docs/pull/2207/files',
        title: 'Linode docs: Install OpenVPN Access Server on Linux (ovpn-init output: Admin UI https://host:943/admin, Client UI https://host:943/)',
        kind: 'secondary',
        checked: '2026-11-30',
      },
    ],
    related: [1194, 443],
  },
  {
    port: 4242,
    protocols: ['udp'],
    name: 'Nebula overlay network',
    summary: 'Nebula, a peer-to-peer overlay network, carries its encrypted tunnel traffic on UDP 4242 by default, and its lighthouse hosts must be reachable on that port from the internet.',
    category: 'vpn-tunnel',
    aliases: ['nebula', 'nebula-lighthouse'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/slackhq/nebula/blob/master/README.md',
        title: 'Nebula README (default port udp/4242 must reach the lighthouse)',
        kind: 'project',
        checked: '2026-11-30',
      },
      {
        url: 'https://github.com/slackhq/nebula/blob/master/examples/config.yml',
        title: 'Nebula example config.yml (lighthouse at real-ip:4242, listen port 4242)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    related: [51820, 41641],
  },
  {
    port: 20241,
    protocols: ['tcp'],
    name: 'cloudflared metrics server',
    summary: 'cloudflared, the connector behind Cloudflare Tunnel, starts its metrics and readiness server on localhost:20241 when no --metrics address is given, moving on to 20242 through 20245 if that port is busy (0.0.0.0 inside containers and other virtual runtimes).',
    category: 'vpn-tunnel',
    aliases: ['cloudflared', 'cloudflare-tunnel'],
    status: 'unofficial',
    sources: [
      source.cloudflaredMetrics,
      {
        url: 'https://github.com/cloudflare/cloudflared/blob/master/CHANGES.md',
        title: 'cloudflared CHANGES.md (metrics server binds the first free port of 20241 to 20245, else a random port)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    related: [],
  },
  {
    port: 33073,
    protocols: ['tcp'],
    name: 'NetBird management service',
    summary: 'A self-hosted NetBird mesh VPN runs its management service, which controls and synchronises the configuration of the peers, on TCP 33073 by default.',
    category: 'vpn-tunnel',
    aliases: ['netbird-management', 'netbird'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/netbirdio/netbird/blob/main/management/README.md',
        title: 'NetBird management service README (--port default 33073)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    related: [10000, 3478],
  },
  {
    port: 7070,
    protocols: ['tcp'],
    name: 'i2pd web console',
    summary: 'i2pd, the C++ I2P router, serves its status web console on port 7070, bound to 127.0.0.1 in its sample configuration.',
    category: 'vpn-tunnel',
    aliases: ['i2pd'],
    status: 'unofficial',
    sources: [
      source.geti2pPorts,
    ],
    related: [4444, 7657],
  },
  {
    port: 2827,
    protocols: ['tcp'],
    name: 'I2P BOB bridge',
    summary: 'BOB (Basic Open Bridge) is an older I2P application interface on port 2827 through which programs asked the router to create tunnels; SAM on 7656 took over this job.',
    category: 'vpn-tunnel',
    aliases: ['i2p-bob'],
    status: 'unofficial',
    sources: [
      source.geti2pPorts,
    ],
    related: [7656],
  },
  {
    port: 9150,
    protocols: ['tcp'],
    name: 'Tor Browser SOCKS proxy',
    summary: 'The Tor process bundled with Tor Browser offers its SOCKS proxy on localhost 9150 rather than the system Tor daemon\'s 9050, so programs meant to go through Tor Browser\'s Tor point at 9150.',
    category: 'vpn-tunnel',
    aliases: ['tor-browser'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://www.oreilly.com/library/view/security-with-go/9781788627917/f794f88a-da63-491a-80d7-64b4221f0143.xhtml',
        title: 'Security with Go (O\'Reilly): using Tor as a SOCKS5 proxy (9050, or 9150 with the Tor Browser bundle)',
        kind: 'secondary',
        checked: '2026-11-30',
      },
    ],
    related: [9050, 9051],
  },
  {
    port: 7667,
    protocols: ['tcp'],
    name: 'I2P router console over TLS',
    summary: 'The Java I2P router can serve its router console over HTTPS on port 7667, the TLS counterpart of the plain console on 7657; like most I2P ports it is optional.',
    category: 'vpn-tunnel',
    aliases: ['i2p-console-ssl'],
    status: 'unofficial',
    sources: [
      source.geti2pPorts,
    ],
    related: [7657],
  },
  {
    port: 7650,
    protocols: ['tcp'],
    name: 'I2PControl',
    summary: 'I2PControl, a JSON-RPC interface to the I2P router used by monitoring tools and remote controllers, listens on port 7650 when the plugin or built-in webapp is enabled.',
    category: 'vpn-tunnel',
    aliases: ['i2pcontrol'],
    status: 'unofficial',
    sources: [
      source.geti2pPorts,
    ],
    related: [7657],
  },
  {
    port: 9030,
    protocols: ['tcp'],
    name: 'Tor relay directory port (DirPort)',
    summary: 'Tor relays that mirror the network directory traditionally advertise it on DirPort 9030, the value Tor\'s sample torrc has long suggested next to ORPort 9001.',
    category: 'vpn-tunnel',
    aliases: ['tor-dirport'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://gitlab.torproject.org/jarl/tor/-/commit/0c583a6cf295f6de3154a45ae17113b2b9506473',
        title: 'Tor source history (GitLab): torrc.sample.in with "#DirPort 9030 # what port to advertise for directory connections"',
        kind: 'secondary',
        checked: '2026-11-30',
      },
    ],
    related: [9001, 9050],
  },
  {
    port: 9040,
    protocols: ['tcp'],
    name: 'Tor transparent proxy (TransPort)',
    summary: "Besides its SOCKS port, a Tor client can take connections that a firewall redirects to it without the application's knowledge, through the listener set by its TransPort option, and 9040 is a number picked for it. Whonix does so: the Tor configuration on Whonix-Gateway opens TransPort on 10.152.152.10:9040, its address on the internal network, as a catch-all for applications that users install on Whonix-Workstation themselves (nothing preinstalled uses it), so their traffic still leaves through Tor. Bound to that internal address, the port serves the machines behind the gateway rather than the outside network.",
    category: 'vpn-tunnel',
    aliases: ['tor-transport', 'tor-trans', 'transport-9040'],
    status: 'unofficial',
    sources: [
      source.whonixTorrcAnondistBase,
    ],
    related: [9050, 9051],
  },
];
