import type { PortRange } from '../src/lib/schemas/port-range';
import { source } from './sources.ts';

const rfc6335 = {
  url: 'https://www.rfc-editor.org/rfc/rfc6335#section-6',
  title: 'RFC 6335 §6: Port Number Ranges',
  kind: 'standard',
} as const;

/**
 * The three ranges RFC 6335 defines, and notable spans inside them. Each has a page at `/ranges/<slug>/`;
 * slugs are part of the URL contract and must never change once published.
 */
export const ranges: PortRange[] = [
  {
    slug: 'well-known',
    name: 'System ports (well-known)',
    shortName: 'system (well-known)',
    start: 0,
    end: 1023,
    kind: 'iana',
    summary:
      'The lowest 1,024 numbers, which IANA assigns only through IETF Review or IESG Approval; most Unix-like systems let only privileged processes listen on them.',
    sources: [rfc6335],
  },
  {
    slug: 'registered',
    name: 'User ports (registered)',
    shortName: 'user (registered)',
    start: 1024,
    end: 49151,
    kind: 'iana',
    summary:
      'The middle band, which IANA assigns to applications on request after expert review; most server software that is not a core Internet protocol lives here.',
    sources: [rfc6335],
  },
  {
    slug: 'dynamic',
    name: 'Dynamic and/or private ports (ephemeral)',
    shortName: 'dynamic (private)',
    start: 49152,
    end: 65535,
    kind: 'iana',
    summary:
      'The top 16,384 numbers, which IANA never assigns: they are left for local use and for ports the operating system picks on the fly for outgoing connections.',
    sources: [
      rfc6335,
      { url: 'https://www.rfc-editor.org/rfc/rfc6335#section-8.1.2', title: 'RFC 6335 §8.1.2: Dynamic ports are not assigned', kind: 'standard' },
    ],
  },
  {
    slug: 'x11',
    name: 'X Window System displays',
    start: 6000,
    end: 6063,
    kind: 'sub-range',
    listeners: ['tcp'],
    summary:
      'An X server for display :N listens on TCP port 6000 + N; IANA registers the whole block of 64 ports to X11.',
    sources: [
      { url: 'https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xhtml?search=x11', title: 'IANA registry: x11, 6000-6063', kind: 'standard' },
      { url: 'https://www.x.org/releases/current/doc/man/man7/X.7.xhtml', title: 'X.Org: X(7) manual, display names', kind: 'project' },
    ],
  },
  {
    slug: 'linux-ephemeral',
    name: 'Linux default ephemeral range',
    start: 32768,
    end: 60999,
    kind: 'sub-range',
    ephemeralDefault: 'linux',
    summary:
      'Where Linux 4.2 and later pick source ports for outgoing connections unless net.ipv4.ip_local_port_range says otherwise; it reaches down into the registered range.',
    sources: [
      source.kernelNetworkingIpSysctl,
    ],
  },
  {
    slug: 'windows-ephemeral',
    name: 'Windows default dynamic port range',
    start: 49152,
    end: 65535,
    kind: 'sub-range',
    ephemeralDefault: 'windows',
    summary:
      'Since Vista and Server 2008, Windows takes automatic source ports from the same span RFC 6335 calls dynamic; RPC services also listen there.',
    sources: [
      source.microsoftNetworkingDefaultDynamicPortRangeTcpipC,
    ],
  },
  {
    slug: 'windows-xp-rpc-dynamic',
    name: 'Windows RPC dynamic endpoints (XP and Server 2003)',
    start: 1025,
    end: 5000,
    kind: 'sub-range',
    listeners: ['tcp', 'udp'],
    summary:
      'On Windows 2000, XP and Server 2003, RPC servers that ask for a dynamic endpoint (server applications and remote administration tools such as DHCP Manager and WINS Manager) get a TCP or UDP port from the dynamic range, which on those systems ran from 1025 to 5000; Microsoft describes the port as random within that range. So a listener between 1025 and 5000 on an old Windows host, such as the 1025, 1026 and 1027 that scans of those systems often report, is most likely one of these RPC services, and the endpoint mapper on port 135 tells clients which service sits where.',
    sources: [
      source.microsoftNetworkingConfigureRpcDynamicPortAlloca,
      source.microsoftNetworkingDefaultDynamicPortRangeTcpipC,
      { url: 'https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-server-2003/cc758002(v=ws.10)', title: 'Microsoft Learn: MaxUserPort (Windows Server 2003; user ports allocated up to 5000 by default)', kind: 'vendor', checked: '2026-11-30' },
    ],
  },
  {
    slug: 'windows-xp-ephemeral',
    name: 'Windows XP and Server 2003 ephemeral range',
    start: 1025,
    end: 5000,
    kind: 'sub-range',
    ephemeralDefault: 'windows-xp',
    summary:
      'Before Vista, Windows picked automatic source ports from 1025 to 5000, a small pool inside the registered range that busy servers could exhaust.',
    sources: [
      source.microsoftNetworkingDefaultDynamicPortRangeTcpipC,
    ],
  },
  {
    slug: 'freebsd-ephemeral',
    name: 'FreeBSD default ephemeral range',
    start: 10000,
    end: 65535,
    kind: 'sub-range',
    ephemeralDefault: 'freebsd',
    summary:
      'FreeBSD picks automatic source ports from 10000 upwards by default, a far wider span than the dynamic range, set by the net.inet.ip.portrange sysctls.',
    sources: [
      source.freebsdInH,
    ],
  },
  {
    slug: 'solaris-ephemeral',
    name: 'Solaris and illumos default ephemeral range',
    start: 32768,
    end: 65535,
    kind: 'sub-range',
    ephemeralDefault: 'solaris',
    summary:
      'Solaris 11 and illumos pick automatic TCP and UDP source ports between smallest_anon_port and largest_anon_port, 32768 to 65535 by default.',
    sources: [
      source.githubTcpTunablesC,
    ],
  },
  {
    slug: 'kubernetes-nodeport',
    name: 'Kubernetes NodePort services',
    start: 30000,
    end: 32767,
    kind: 'sub-range',
    listeners: ['tcp', 'udp'],
    summary:
      'Kubernetes opens a port from this span on every node for each Service of type NodePort, unless the API server is started with another --service-node-port-range.',
    sources: [
      { url: 'https://kubernetes.io/docs/concepts/services-networking/service/#type-nodeport', title: 'Kubernetes documentation: Service type NodePort', kind: 'project' },
    ],
  },
  {
    slug: 'mosh',
    name: 'Mosh (mobile shell) sessions',
    start: 60000,
    end: 61000,
    kind: 'sub-range',
    listeners: ['udp'],
    summary:
      'After logging in over SSH, mosh-server binds a UDP port between 60000 and 61000 by default, so firewalls in front of mosh hosts open this span.',
    sources: [
      { url: 'https://manpages.debian.org/bookworm/mosh/mosh-server.1.en.html', title: 'mosh-server(1) manual page', kind: 'project' },
    ],
  },
  {
    slug: 'asterisk-rtp',
    name: 'Asterisk RTP media',
    start: 10000,
    end: 20000,
    kind: 'sub-range',
    listeners: ['udp'],
    summary:
      'The sample rtp.conf shipped with the Asterisk PBX sends call audio over UDP ports 10000 to 20000; without that file the built-in default is the wider 5000 to 31000.',
    sources: [
      { url: 'https://github.com/asterisk/asterisk/blob/master/configs/samples/rtp.conf.sample', title: 'Asterisk source: configs/samples/rtp.conf.sample', kind: 'project' },
    ],
  },
  {
    slug: 'macos-ephemeral',
    name: 'macOS and iOS default ephemeral range',
    start: 49152,
    end: 65535,
    kind: 'sub-range',
    ephemeralDefault: 'macos',
    summary:
      "Apple's XNU kernel, which runs macOS and iOS, hands out automatic source ports from 49152 to 65535, matching the RFC 6335 dynamic range; the net.inet.ip.portrange.first and .last sysctls move it.",
    sources: [
      source.githubInPcbC,
    ],
  },
  {
    slug: 'netbsd-ephemeral',
    name: 'NetBSD default ephemeral range',
    start: 49152,
    end: 65535,
    kind: 'sub-range',
    ephemeralDefault: 'netbsd',
    summary:
      'When a program binds or connects with port zero, NetBSD picks a free port between IPPORT_ANONMIN and IPPORT_ANONMAX, 49152 to 65535, adjustable through the net.inet.ip.anonportmin and anonportmax sysctls.',
    sources: [
      source.githubInH,
    ],
  },
  {
    slug: 'linux-ephemeral-legacy',
    name: 'Linux ephemeral range before 4.2',
    start: 32768,
    end: 61000,
    kind: 'sub-range',
    ephemeralDefault: 'linux-before-4-2',
    summary:
      'Kernels before Linux 4.2 defaulted ip_local_port_range to 32768–61000. A 2015 change cut the top to 60999 so that the two ends differ in parity; older hosts, and firewall rules written for them, still use the wider span.',
    sources: [
      { url: 'https://github.com/torvalds/linux/commit/07f4c90062f8fc7c8c26f8f95324cbe8fa3145a5', title: 'Linux commit 07f4c90062f8: tcp/dccp: try to not exhaust ip_local_port_range in connect()', kind: 'os-source' },
      source.kernelNetworkingIpSysctl,
    ],
  },
  {
    slug: 'bsd-low-port-range',
    name: 'BSD low (privileged) automatic port range',
    start: 600,
    end: 1023,
    kind: 'sub-range',
    summary:
      'On BSD-derived stacks a privileged program that asks for IP_PORTRANGE_LOW gets an automatic port between 600 and 1023 instead of a high one, for peers that only trust source ports below 1024.',
    sources: [
      source.githubInH,
      source.githubInPcbC,
    ],
  },
  {
    slug: 'glibc-bindresvport',
    name: 'glibc bindresvport() privileged source ports',
    start: 512,
    end: 1023,
    kind: 'sub-range',
    summary:
      "On Linux, glibc's bindresvport() binds a privileged process's socket to a free port picked from 512 to 1023, for talking to servers that only accept clients on a privileged source port.",
    sources: [
      { url: 'https://man7.org/linux/man-pages/man3/bindresvport.3.html', title: 'bindresvport(3), Linux manual page', kind: 'os-source' },
    ],
  },
  {
    slug: 'traceroute-udp',
    name: 'Traceroute UDP probe ports',
    start: 33434,
    end: 33523,
    kind: 'sub-range',
    summary:
      'UDP traceroute sends its probes to 33434 and upward, ports nothing should be listening on. BSD manuals describe a span of one port per hop, while the Linux traceroute moves to a new port on every probe, which with its defaults of 30 hops and 3 probes a hop ends at 33523; IANA registers only 33434.',
    sources: [
      { url: 'https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xhtml?search=33434', title: 'IANA registry: traceroute, 33434', kind: 'standard' },
      { url: 'https://man.freebsd.org/cgi/man.cgi?query=traceroute&sektion=8', title: 'FreeBSD traceroute(8) manual page', kind: 'os-source' },
      { url: 'https://manpages.debian.org/stretch/traceroute/traceroute.db.1.en.html', title: 'Linux traceroute(1) manual page (Debian)', kind: 'os-source' },
    ],
  },
  {
    slug: 'ceph-daemons',
    name: 'Ceph OSD, MDS and manager daemons',
    start: 6800,
    end: 7568,
    kind: 'sub-range',
    listeners: ['tcp'],
    summary:
      'Ceph OSDs, metadata servers and managers bind to the first free ports from 6800 upward (ms_bind_port_min); each OSD can take several, so storage hosts usually open the whole span while monitors sit apart on 3300 and 6789. The upper limit, ms_bind_port_max, was long 7300, and vendor guides such as Red Hat\'s still give 6800–7300, but current Ceph source sets it to 7568, and firewalld\'s ceph service opened 6800–7568 from 2024 to match, so daemons on a crowded host can also turn up between 7301 and 7568.',
    sources: [
      { url: 'https://docs.ceph.com/en/latest/rados/configuration/network-config-ref/', title: 'Ceph documentation: Network Configuration Reference', kind: 'project' },
      source.redhatConfigurationGuideConfigCephFirewallPortsC,
      { url: 'https://github.com/ceph/ceph/blob/001c834793bc1b8136ea8308c90d1cb2c42eca50/src/common/options/global.yaml.in', title: 'Ceph source: src/common/options/global.yaml.in (ms_bind_port_min 6800, ms_bind_port_max 7568: the port range OSD and MDS daemons bind to)', kind: 'project', checked: '2026-11-30' },
      { url: 'https://github.com/firewalld/firewalld/blob/2745d6f0ab9e4a43abe97872ed52e62157996166/config/services/ceph.xml', title: 'firewalld source: config/services/ceph.xml (TCP 6800-7568 for OSD, MDS and MGR daemons; the top was raised from 7300 in April 2024 after Ceph pull request 42210)', kind: 'project', checked: '2026-11-30' },
    ],
  },
  {
    slug: 'microsoft-teams-media',
    name: 'Microsoft Teams client media ports (QoS)',
    start: 50000,
    end: 50059,
    kind: 'sub-range',
    summary:
      "Microsoft's suggested Teams client source ports for QoS: UDP 50000–50019 for audio, 50020–50039 for video and 50040–50059 for screen sharing. Clients keep to them only when client media port ranges are switched on in the tenant's meeting settings; otherwise they may use any port from 1024 to 65535.",
    sources: [
      { url: 'https://learn.microsoft.com/en-us/microsoftteams/qos-in-teams', title: 'Microsoft Learn: Implement Quality of Service (QoS) in Microsoft Teams', kind: 'vendor' },
      { url: 'https://learn.microsoft.com/en-us/training/modules/plan-optimize-network-performance-for-teams-phone-system/4-design-implement-quality-of-service', title: 'Microsoft Learn training: Design and implement QoS (default port range 1024-65535)', kind: 'vendor' },
      { url: 'https://microsoft.github.io/Microsoft365DSC/resources/teams/TeamsMeetingConfiguration/', title: 'Microsoft365DSC: TeamsMeetingConfiguration (ClientAudioPort, ClientVideoPort, ClientAppSharingPort defaults)', kind: 'vendor' },
    ],
  },
  {
    slug: 'coturn-relay',
    name: 'coturn TURN relay ports',
    start: 49152,
    end: 65535,
    kind: 'sub-range',
    listeners: ['udp'],
    summary:
      'The coturn TURN server allocates relayed UDP endpoints for WebRTC and VoIP clients between min-port 49152 and max-port 65535 unless told otherwise, so a firewall in front of it must pass that whole span as well as the listening port 3478.',
    sources: [
      { url: 'https://github.com/coturn/coturn/blob/master/examples/etc/turnserver.conf', title: 'coturn source: examples/etc/turnserver.conf (min-port, max-port)', kind: 'project' },
    ],
  },
  {
    slug: 'freeswitch-rtp',
    name: 'FreeSWITCH RTP media',
    start: 16384,
    end: 32768,
    kind: 'sub-range',
    listeners: ['udp'],
    summary:
      'FreeSWITCH carries call audio and video over UDP ports 16384 to 32768 by default; the vanilla switch.conf.xml lists rtp-start-port and rtp-end-port commented out with those values, for anyone who needs a narrower span.',
    sources: [
      { url: 'https://github.com/signalwire/freeswitch/blob/master/conf/vanilla/autoload_configs/switch.conf.xml', title: 'FreeSWITCH source: conf/vanilla/autoload_configs/switch.conf.xml', kind: 'project' },
    ],
  },
  {
    slug: 'irc',
    name: 'IRC server ports (ircu)',
    start: 6665,
    end: 6669,
    kind: 'sub-range',
    listeners: ['tcp'],
    summary:
      'IANA registers TCP 6665 to 6669 under the name ircu, and IRC networks commonly take plain-text client connections in this block, 6667 most of all; IRC over TLS has its own registration on 6697 (RFC 7194), and UDP on 6665–6669 is reserved.',
    sources: [
      { url: 'https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xhtml?search=ircu', title: 'IANA registry: ircu, 6665-6669', kind: 'standard' },
      source.rfcEditorRfcRfc7194,
    ],
  },
  {
    slug: 'elasticsearch-http',
    name: 'Elasticsearch HTTP (REST) ports',
    start: 9200,
    end: 9300,
    kind: 'sub-range',
    listeners: ['tcp'],
    summary:
      'An Elasticsearch node binds its REST interface to the first free port in http.port, 9200 to 9300 by default, so a second node on the same host lands on 9201; the top of the span overlaps the transport range.',
    sources: [
      source.elastic17ModulesNetwork,
      source.elastic2ModulesNetwork,
    ],
  },
  {
    slug: 'elasticsearch-transport',
    name: 'Elasticsearch transport (node-to-node) ports',
    start: 9300,
    end: 9400,
    kind: 'sub-range',
    listeners: ['tcp'],
    summary:
      'Elasticsearch nodes talk to each other, and to remote clusters, over the binary transport protocol on the first free port from 9300 to 9400 by default; this traffic should stay inside the cluster network.',
    sources: [
      source.elastic17ModulesNetwork,
      source.elastic2ModulesNetwork,
    ],
  },
  {
    slug: 'vnc-displays',
    name: 'VNC (RFB) displays',
    start: 5900,
    end: 5999,
    kind: 'sub-range',
    listeners: ['tcp'],
    summary:
      'A VNC server for display :N listens on TCP 5900 + N by default, so the first hundred displays fill 5900–5999, just below the X11 block; IANA registers only 5900 itself, as rfb.',
    sources: [
      { url: 'https://manpages.ubuntu.com/manpages/focal/man1/Xtigervnc.1.html', title: 'Xtigervnc(1) manual page (TigerVNC, -rfbport)', kind: 'project' },
      source.rfcEditorRfcRfc6143,
    ],
  },
  {
    slug: 'vnc-http',
    name: 'VNC web (Java viewer) ports',
    start: 5800,
    end: 5899,
    kind: 'sub-range',
    listeners: ['tcp'],
    summary:
      'VNC servers such as Xvnc used to run a small web server on 5800 plus the display number, handing browsers a Java applet that then connected to the desktop on 5900 plus the same number; TigerVNC removed this in 2018 because browsers no longer ran applets, and only older servers still listen in this block.',
    sources: [
      source.githubCommit4a4453fc69cf56f9991a13a62023969dcf5b,
    ],
  },
  {
    slug: 'google-meet-media',
    name: 'Google Meet media ports',
    start: 19302,
    end: 19309,
    kind: 'sub-range',
    summary:
      'Google asks Workspace administrators to allow outbound UDP 19302 to 19309, together with 3478, for Meet audio and video; if UDP is blocked, Meet falls back to TCP at some cost in call quality.',
    sources: [
      { url: 'https://support.google.com/a/answer/1279090', title: 'Google Workspace Admin Help: Prepare your network for Meet meetings and live streams', kind: 'vendor' },
    ],
  },
  {
    slug: 'livekit-webrtc',
    name: 'LiveKit WebRTC media (ICE/UDP)',
    start: 50000,
    end: 60000,
    kind: 'sub-range',
    listeners: ['udp'],
    summary:
      'A self-hosted LiveKit server advertises UDP ports 50000 to 60000 as WebRTC host candidates, two per participant, set by rtc.port_range_start and rtc.port_range_end; configuring a single muxed UDP port replaces the range.',
    sources: [
      { url: 'https://docs.livekit.io/transport/self-hosting/ports-firewall', title: 'LiveKit documentation: Ports and firewall', kind: 'project' },
    ],
  },
  {
    slug: 'nomad-dynamic-ports',
    name: 'HashiCorp Nomad dynamic ports',
    start: 20000,
    end: 32000,
    kind: 'sub-range',
    listeners: ['tcp', 'udp'],
    summary:
      'When a Nomad job asks for a port without naming one, the scheduler picks it from 20000 to 32000 on the client node unless the client sets min_dynamic_port and max_dynamic_port, so node firewalls must pass that span for such services.',
    sources: [
      { url: 'https://github.com/hashicorp/nomad/blob/main/nomad/structs/network.go', title: 'Nomad source: nomad/structs/network.go (DefaultMinDynamicPort, DefaultMaxDynamicPort)', kind: 'project' },
    ],
  },
  {
    slug: 'bittorrent',
    name: 'BitTorrent classic peer ports',
    start: 6881,
    end: 6889,
    kind: 'sub-range',
    listeners: ['tcp'],
    summary:
      'The BitTorrent specification describes the common habit of trying to listen on 6881, then 6882 and so on, giving up after 6889; it is a convention, not a requirement, since each peer tells the tracker whatever port it actually listens on.',
    sources: [
      source.bittorrentBepsBep0003,
    ],
  },
  {
    slug: 'zoom-media',
    name: 'Zoom meeting media',
    start: 8801,
    end: 8810,
    kind: 'sub-range',
    listeners: ['udp'],
    summary:
      "Zoom's meeting servers take client audio and video on UDP ports from 8801 up: Zoom's firewall-rules article has long told administrators to allow UDP 8801–8810 (with TCP 8801 and 8802 as fallbacks), while its newer Mesh article names only UDP 8801, plus 8802 and 8803 when media port separation is on. When UDP is blocked, clients fall back to TCP 443.",
    sources: [
      source.zoomArticles201362683NetworkFirewallOrProxyServe,
      source.zoomSysparmArticleKb0061864,
    ],
  },
  {
    slug: 'windows-dns-socket-pool',
    name: 'Windows DNS Server socket pool',
    start: 49152,
    end: 65535,
    kind: 'sub-range',
    listeners: ['udp'],
    summary:
      'On a Windows server running the DNS Server role, the service sends recursive queries from 2,500 UDP sockets by default, on ports drawn at random from the ephemeral port range (49152–65535 by default) each time it starts, so any one of these ports may be held by the DNS service without a fixed reservation.',
    sources: [
      { url: 'https://support.microsoft.com/kb/956188', title: 'Microsoft KB 956188: DNS Server socket pool and other UDP services', kind: 'vendor' },
      { url: 'https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-server-2008-R2-and-2008/ee649174%28v=ws.10%29', title: 'Microsoft Learn: Configure the Socket Pool (DNS Server)', kind: 'vendor' },
      { url: 'https://learn.microsoft.com/en-us/security-updates/securitybulletins/2008/ms08-037', title: 'Microsoft Security Bulletin MS08-037', kind: 'vendor' },
    ],
  },
  {
    slug: 'flexnet-lmgrd',
    name: 'FlexNet (FLEXlm) license servers',
    start: 27000,
    end: 27009,
    kind: 'sub-range',
    listeners: ['tcp'],
    summary:
      'The lmgrd license manager of FlexNet Publisher (formerly FLEXlm), which serves floating licenses for MATLAB, IBM Rational, Intel compilers and many other engineering tools, listens on TCP 27000 by default; vendors move it within 27000–27009 to avoid clashes (Intel picks 27009), and the vendor daemon it starts takes a second, often random, port. IANA registers the whole block as flex-lm.',
    sources: [
      source.mathworksAnswers96756WhatPortsDoesTheNetworkLice,
      source.ibmTopicsRLicDaemon,
      { url: 'https://www.intel.com/content/www/cn/zh/developer/articles/guide/ports-of-software-license-manager.html', title: 'Intel: Ports of Software License Manager (lmgrd on 27009 by default)', kind: 'vendor', checked: '2026-11-30' },
    ],
  },
  {
    slug: 'steam-remote-play',
    name: 'Steam Remote Play',
    start: 27031,
    end: 27036,
    kind: 'sub-range',
    listeners: ['udp', 'tcp'],
    summary:
      'Steam clients find each other on the local network with broadcasts on UDP 27036, set up Remote Play over TCP 27036, and stream the game over UDP 27031 to 27035; these are the ports the NixOS Steam module opens when Remote Play is allowed through the firewall.',
    sources: [
      source.githubSteamNix,
    ],
  },
  {
    slug: 'kde-connect',
    name: 'KDE Connect',
    start: 1716,
    end: 1764,
    kind: 'sub-range',
    listeners: ['tcp'],
    summary:
      'KDE Connect, which links phones with Linux and Windows desktops, sends and receives identity broadcasts on UDP 1716 and accepts device links on the first free TCP port from 1716 to 1764, so a host running it usually shows a listener at the bottom of this block.',
    sources: [
      source.githubLanlinkproviderH,
    ],
  },
  {
    slug: 'sunshine-game-streaming',
    name: 'Sunshine game streaming (Moonlight host)',
    start: 47984,
    end: 48010,
    kind: 'sub-range',
    listeners: ['tcp', 'udp'],
    summary:
      'Sunshine, the self-hosted game-streaming host that Moonlight clients connect to, derives all its ports from one base port (47989 by default): with the default its Docker guide publishes TCP 47984 to 47990 and 48010 and UDP 47998 to 48000.',
    sources: [
      source.githubDockerReadmeMd,
      source.githubConfigurationMd,
    ],
  },
  {
    slug: 'consul-sidecar-proxies',
    name: 'Consul service mesh sidecar proxies',
    start: 21000,
    end: 21255,
    kind: 'sub-range',
    listeners: ['tcp'],
    summary:
      'When a Consul service registers a sidecar proxy without naming its port, Consul assigns one automatically from 21000 to 21255 by default, so service mesh sidecars on a Consul node listen in this block.',
    sources: [
      source.hashicorpConsul116Ports,
    ],
  },
  {
    slug: 'nomachine-udp',
    name: 'NoMachine UDP multimedia ports',
    start: 4011,
    end: 4999,
    kind: 'sub-range',
    listeners: ['udp'],
    summary:
      'A NoMachine server that may use UDP for session multimedia needs UDP ports from 4011 to 4999 open besides TCP 4000, according to the firewall note in its server.cfg.',
    sources: [
      source.noMachineForumUfwSettings,
    ],
  },
  {
    slug: 'darwin-streaming-rtp',
    name: 'QuickTime and Darwin Streaming Server media (RTP/RTCP)',
    start: 6970,
    end: 6999,
    kind: 'sub-range',
    listeners: ['udp'],
    summary:
      "Apple's QuickTime Streaming Server and its open-source twin, Darwin Streaming Server, bind a pair of adjacent UDP ports for each media stream, one for RTP and the next for RTCP, searching upward from 6970; the project's FAQ tells firewall administrators to open port 554 and, preferably, UDP 6970–6999 as well. The RTSP client library shipped with the server numbers its receiving ports from 6970 too, so both ends of a stream tend to sit in this block.",
    sources: [
      { url: 'https://macosforge.github.io/dss/faq/', title: 'Darwin Streaming Server FAQ: How do I get through a firewall? (UDP 6970-6999)', kind: 'project', checked: '2026-11-30' },
      { url: 'https://github.com/macosforge/dss/blob/master/CommonUtilitiesLib/UDPSocketPool.h', title: 'Darwin Streaming Server source: UDPSocketPool.h (kLowestUDPPort = 6970, RTP/RTCP socket pairs)', kind: 'project', checked: '2026-11-30' },
      { url: 'https://github.com/macosforge/dss/blob/master/RTSPClientLib/ClientSession.cpp', title: 'Darwin Streaming Server source: ClientSession.cpp (client RTP ports start at 6970)', kind: 'project', checked: '2026-11-30' },
    ],
  },
  {
    slug: 'solaris-rpc-services',
    name: 'Solaris RPC services started at boot',
    start: 32768,
    end: 32787,
    kind: 'sub-range',
    listeners: ['tcp', 'udp'],
    summary:
      "Solaris starts its ONC RPC services at boot on free ports from its anonymous range, which begins at 32768, and registers them with rpcbind on port 111, so an older Solaris host scanned from outside shows a cluster of TCP and UDP listeners just above 32768. Nmap's service list records what its author found there on a Solaris machine: rusersd, status (statd), rquotad, sprayd, walld and rstatd between 32770 and 32780, and mountd and dmispd at 32786 and 32787. The illumos kernel now picks anonymous ports at random unless tcp_random_anon_port is set to 0, so on such systems these services can sit anywhere from 32768 to 65535.",
    sources: [
      { url: 'https://gurudatta-solaris.blogspot.com/2009/12/how-rpc-will-work.html', title: 'Solaris administration notes: How RPC will work (boot-time RPC services use ports above 32768)', kind: 'secondary', checked: '2026-11-30' },
      source.nmapNmapServices,
      source.githubTcpTunablesC,
      { url: 'https://github.com/illumos/illumos-gate/blob/master/usr/src/uts/common/inet/tcp/tcp_bind.c', title: 'illumos source: tcp_bind.c (tcp_random_anon_port: anonymous ports picked at random unless set to 0)', kind: 'os-source', checked: '2026-11-30' },
    ],
  },
  {
    slug: 'sunrpc-privileged-listeners',
    name: 'ONC RPC daemons on random privileged ports (older Linux)',
    start: 600,
    end: 1023,
    kind: 'sub-range',
    listeners: ['tcp', 'udp'],
    summary:
      "On older Linux hosts, ONC RPC daemons that had no fixed port, such as the NFS helpers rpc.mountd, rpc.statd and rpc.rquotad, let bindresvport() pick their listening port when started as root: glibc's svcudp_create and svctcp_create, and libtirpc's svc_tli_create until 2018, try a free port from 600 to 1023 and fall back to 512–599 only when all of those are taken. That is why a scan of such a host finds one or two unexplained UDP or TCP ports in this span, different after each restart; the portmapper on port 111 knows which RPC program holds each. nfs-utils stopped putting its listeners below 1024 in 2007, and libtirpc has picked them from 49152–65534 since 2018, so current systems show these daemons on high ports instead.",
    sources: [
      { url: 'https://github.com/bminor/glibc/blob/master/inet/bindresvport.c', title: 'glibc source: inet/bindresvport.c (tries 600–1023, then 512–599)', kind: 'os-source', checked: '2026-11-30' },
      { url: 'https://github.com/bminor/glibc/blob/master/sunrpc/svc_udp.c', title: 'glibc source: sunrpc/svc_udp.c (svcudp_create binds with bindresvport)', kind: 'os-source', checked: '2026-11-30' },
      { url: 'https://github.com/bminor/glibc/blob/master/sunrpc/svc_tcp.c', title: 'glibc source: sunrpc/svc_tcp.c (svctcp_create binds with bindresvport)', kind: 'os-source', checked: '2026-11-30' },
      { url: 'https://github.com/jcaamano/libtirpc/commit/96cfb10067cb2175f1949644b63587ff0fdc21b5', title: 'libtirpc commit 96cfb10, "Avoid choosing reserved ports in svc_tli_create(3)" (2018; GitHub copy of the libtirpc history)', kind: 'project', checked: '2026-11-30' },
      { url: 'https://github.com/jcaamano/libtirpc/commit/08c1fbb9bb0e0745a23cc9c554bd6915816a17dd', title: 'libtirpc commit 08c1fbb: helper that binds RPC listeners to a port from 49152 to 65534 (2018; GitHub copy)', kind: 'project', checked: '2026-11-30' },
      { url: 'https://github.com/linux-nfs/nfs-utils/commit/0210f16cf1bd2f87b7fe4336311c6dfd88030f8b', title: 'nfs-utils commit 0210f16c, "Be more cautious about use for privilege ports (<1024)" (2007)', kind: 'project', checked: '2026-11-30' },
      { url: 'https://github.com/linux-nfs/nfs-utils/blob/master/utils/statd/statd.man', title: 'nfs-utils source: rpc.statd(8) manual (random ephemeral listener port unless -p is given)', kind: 'project', checked: '2026-11-30' },
      source.rfcEditorRfcRfc1833,
    ],
  },
  {
    slug: 'bpfdoor-shells',
    name: 'BPFDoor backdoor shell ports',
    start: 42391,
    end: 43391,
    kind: 'sub-range',
    listeners: ['tcp'],
    summary:
      'BPFDoor, a passive Linux backdoor used by China-based actors since 2021, opens its shell on a high TCP port between 42391 and 43391 once a magic packet wakes it, then adds iptables rules that redirect the attacker\'s packets to that port, per MITRE ATT&CK citing Sandfly Security.',
    sources: [
      {
        url: 'https://attack.mitre.org/software/S1161',
        title: 'MITRE ATT&CK S1161 BPFDoor: starts a shell on a high TCP port from 42391 up to 43391 and redirects the attacker\'s packets to it with iptables (citing Sandfly Security, 2022)',
        kind: 'secondary',
        checked: '2026-11-30',
      },
    ],
  },
  {
    slug: 'veeam-data-transfer',
    name: 'Veeam Backup & Replication data transfer ports',
    start: 2500,
    end: 3300,
    kind: 'sub-range',
    listeners: ['tcp'],
    summary:
      "Veeam Backup & Replication moves job and restore data between its components over TCP ports taken from 2500 to 3300 by default: every TCP connection a job uses is given one port from this span, on backup repositories and gateway servers among others, next to the Data Mover on 6162.",
    sources: [
      source.veeamAhvUsedPorts,
      source.veeamProxmoxUsedPorts,
    ],
  },
  {
    slug: 'sap-dispatcher',
    name: 'SAP dispatcher (sapdp00-sapdp99)',
    start: 3200,
    end: 3299,
    kind: 'sub-range',
    listeners: ['tcp'],
    summary:
      'Every SAP ABAP application server runs a dispatcher that SAP GUI connects to on port 3200 plus the two-digit instance number (service sapdp<nn>), so an instance 00 listens on 3200 and an instance 01 on 3201.',
    sources: [
      source.sapHelpR3CommunicationConnections,
    ],
  },
  {
    slug: 'sap-gateway',
    name: 'SAP gateway (sapgw00-sapgw99)',
    start: 3300,
    end: 3399,
    kind: 'sub-range',
    listeners: ['tcp'],
    summary:
      "The SAP gateway, which carries RFC and CPI-C communication, listens on 3300 plus the instance number (sapgw<nn>); SAP's port list gives 4800 plus the instance number for the SNC-secured gateway.",
    sources: [
      { url: 'https://sapzx.com/12604-html', title: 'TCP/IP Ports Used by SAP Applications (SAP document as reproduced by sapzx.com)', kind: 'secondary', checked: '2026-11-30' },
    ],
  },
  {
    slug: 'sap-message-server',
    name: 'SAP message server (sapms<SID>)',
    start: 3600,
    end: 3699,
    kind: 'sub-range',
    listeners: ['tcp'],
    summary:
      "The message server of an SAP system, which runs on its central instance and spreads SAP GUI logons over the application servers, listens on the port of service sapms<SID>; SAP's documentation says these ports usually start at 3600 and go up by one for each further system.",
    sources: [
      source.sapHelpR3CommunicationConnections,
    ],
  },
  {
    slug: 'proxmox-live-migration',
    name: 'Proxmox VE live migration',
    start: 60000,
    end: 60050,
    kind: 'sub-range',
    listeners: ['tcp'],
    summary:
      'During a live migration a Proxmox VE node receives the virtual machine\'s memory and local-disk data over TCP ports from 60000 to 60050, which is why the Proxmox firewall documentation lists this span beside the web interface on 8006.',
    sources: [
      source.pveDocsFirewall,
    ],
  },
  {
    slug: 'proxmox-corosync',
    name: 'Corosync cluster traffic (Proxmox VE)',
    start: 5405,
    end: 5412,
    kind: 'sub-range',
    listeners: ['udp'],
    summary:
      'Proxmox VE cluster nodes exchange Corosync cluster traffic over UDP ports 5405 to 5412, as the Proxmox firewall documentation lists among the ports a node uses.',
    sources: [
      source.pveDocsFirewall,
    ],
  },
  {
    slug: 'ibm-i-host-servers-tls',
    name: 'IBM i host servers over TLS',
    start: 9470,
    end: 9476,
    kind: 'sub-range',
    listeners: ['tcp'],
    summary:
      'IBM i runs the TLS variants of its host servers on 9470 to 9476, each 1000 above its plain twin: central 9470, database 9471, data queue 9472, file 9473, network print 9474, remote command 9475 and sign-on 9476.',
    sources: [
      source.ibmToolboxForJavaServerPorts,
    ],
  },
  {
    slug: 'citrix-hdx-audio-udp',
    name: 'Citrix HDX real-time audio over UDP',
    start: 16500,
    end: 16509,
    kind: 'sub-range',
    listeners: ['udp'],
    summary:
      "Citrix's port list gives UDP 16500 to 16509 as the range a Virtual Delivery Agent uses for ICA/HDX audio sent over UDP, beside the ICA session itself on 1494 or 2598.",
    sources: [
      source.citrixTechZoneCommunicationPorts,
    ],
  },
  {
    slug: 'configmgr-multicast',
    name: 'Configuration Manager multicast distribution',
    start: 63000,
    end: 64000,
    kind: 'sub-range',
    listeners: ['udp'],
    summary:
      'Clients of a Configuration Manager distribution point configured for multicast use the multicast protocol on UDP ports 63000 to 64000, besides SMB on 445.',
    sources: [
      source.configMgrPortsUsed,
    ],
  },
  {
    slug: 'citrix-provisioning-inter-server',
    name: 'Citrix Provisioning inter-server communication',
    start: 6890,
    end: 6909,
    kind: 'sub-range',
    listeners: ['udp'],
    summary:
      'Citrix Provisioning (Provisioning Services) servers talk to each other over UDP ports 6890 to 6909, according to Citrix\'s list of communication ports.',
    sources: [
      source.citrixTechZoneCommunicationPorts,
    ],
  },
  {
    slug: 'citrix-provisioning-streaming',
    name: 'Citrix Provisioning vDisk streaming',
    start: 6910,
    end: 6930,
    kind: 'sub-range',
    listeners: ['udp'],
    summary:
      'Target devices of Citrix Provisioning log on to the Provisioning Server on UDP 6910 and then stream their vDisk from it over UDP ports 6910 to 6930, a configurable range.',
    sources: [
      source.citrixTechZoneCommunicationPorts,
    ],
  },
  {
    slug: 'veeam-agent-windows',
    name: 'Veeam Agent for Microsoft Windows service',
    start: 6184,
    end: 6194,
    kind: 'sub-range',
    listeners: ['tcp'],
    summary:
      'A computer managed with Veeam Agent for Microsoft Windows runs the agent service on TCP 6184, which the Veeam backup server connects to; if 6184 is taken the service moves to the next free port up to 6194 and keeps it from then on.',
    sources: [
      source.veeamAgentUsedPorts,
    ],
  },
  {
    slug: 'jetbrains-ide-builtin-server',
    name: 'JetBrains IDE built-in web server',
    start: 63342,
    end: 63361,
    kind: 'sub-range',
    listeners: ['tcp'],
    summary:
      'Every running JetBrains IDE built on the IntelliJ Platform starts its built-in web server on the first free port from 63342, trying twenty ports before it settles for any free one, so a second or third IDE open at the same time shows up on 63343, 63344 and so on.',
    sources: [
      source.jetbrainsBuiltInServerManagerImpl,
      source.jetbrainsBuiltInServerOptions,
    ],
  },
  {
    slug: 'tp-link-omada-device-ports',
    name: 'TP-Link Omada controller device ports',
    start: 29810,
    end: 29817,
    kind: 'sub-range',
    listeners: ['udp', 'tcp'],
    summary:
      'A TP-Link Omada controller finds Omada access points and other Omada devices with UDP 29810 and adopts, manages and upgrades them over TCP 29811 to 29814, most of which the Omada Discovery Utility uses as well; newer controller releases add 29815 for device information and packet-capture files, 29816 for remote terminal sessions and 29817, whose full purpose the widely used container image says is unknown and which its settings name device monitor.',
    sources: [
      source.tplinkOmadaPortsFaq,
      source.omadaDockerReadme,
    ],
  },
  {
    slug: 'whonix-gateway-socks-ports',
    name: 'Whonix-Gateway per-application Tor SOCKS ports',
    start: 9100,
    end: 9189,
    kind: 'sub-range',
    listeners: ['tcp'],
    summary:
      'Whonix gives each kind of application on Whonix-Workstation its own Tor SOCKS port so that their traffic travels over separate circuits: the Tor configuration on Whonix-Gateway opens about sixty SocksPorts between 9100 and 9189 on its internal address 10.152.152.10 (apt updates on 9104, git on 9107, systemcheck on 9110, Bitcoin on 9111, Tor Browser on 9150, and 9152 to 9189 opened as custom ports for the user\'s own programs), with a few of them also on the gateway\'s own loopback interface. A scan from the Workstation side of a Whonix setup therefore finds many of these ports open; bound to the internal address, they serve the Workstation rather than the outside network.',
    sources: [
      source.whonixTorrcAnondistBase,
    ],
  },
];
