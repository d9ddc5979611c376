import type { NotablePortInput } from '../../src/lib/schemas/notable-port';
import { source } from '../sources.ts';

/** Notable ports in the "file-transfer" category. Summaries are our own words; every entry has a source. */
export const notablePorts: NotablePortInput[] = [
  {
    port: 20,
    protocols: ['tcp'],
    name: 'FTP data',
    summary: 'In classic active-mode FTP, the server opens file and directory-listing transfers from this port back to the client.',
    category: 'file-transfer',
    aliases: ['ftp-data'],
    status: 'official',
    sources: [
      source.rfcEditorRfcRfc959,
    ],
    related: [21, 989],
  },
  {
    port: 21,
    protocols: ['tcp'],
    name: 'FTP',
    summary: 'The control channel of the File Transfer Protocol, where the client logs in and sends commands such as listing or fetching files.',
    category: 'file-transfer',
    aliases: ['ftp', 'ftpd'],
    status: 'official',
    sources: [
      source.rfcEditorRfcRfc959,
    ],
    security: [
      {
        note: 'Plain FTP sends the user name, password and files unencrypted; use SFTP over SSH, or FTP secured with TLS (FTPS), instead.',
        sources: [
          source.rfcEditorRfcRfc4217,
        ],
      },
    ],
    related: [20, 990, 22],
  },
  {
    port: 69,
    protocols: ['udp'],
    name: 'TFTP',
    summary: 'Trivial File Transfer Protocol servers hand out files without authentication, typically boot images for PXE clients and firmware for network devices.',
    category: 'file-transfer',
    aliases: ['tftp', 'tftpd', 'pxe'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc1350',
        title: 'RFC 1350: The TFTP Protocol (Revision 2)',
        kind: 'standard',
      },
    ],
    security: [
      {
        note: 'TFTP has no authentication at all, so anyone who can reach the server can fetch (and, if allowed, overwrite) files such as device configurations; public TFTP servers have also been used as reflectors in amplification attacks.',
        sources: [
          source.cisa17UdpBasedAmplificationAttacks,
        ],
      },
    ],
  },
  {
    port: 139,
    protocols: ['tcp'],
    name: 'NetBIOS Session Service',
    summary: 'Older Windows file and printer sharing runs SMB over NetBIOS sessions on this port, the predecessor of direct SMB on 445.',
    category: 'file-transfer',
    aliases: ['netbios-ssn', 'netbios', 'nbt'],
    status: 'official',
    sources: [
      source.rfcEditorRfcRfc1002,
      source.microsoftNetworkingServiceOverviewAndNetworkPort,
    ],
    related: [445, 137],
  },
  {
    port: 445,
    protocols: ['tcp', 'udp'],
    name: 'SMB',
    summary: "Windows file and printer sharing, and Samba servers, speak SMB directly over TCP on this port without the NetBIOS layer; Windows 2000, XP and Server 2003 also held UDP 445 open, as Microsoft's documentation of the time said direct-hosted SMB used both, while today's article names TCP only.",
    category: 'file-transfer',
    aliases: ['smb', 'cifs', 'samba', 'microsoft-ds'],
    status: 'official',
    sources: [
      source.microsoftNetworkingServiceOverviewAndNetworkPort,
      { url: 'https://go.microsoft.com/fwlink/p/?LinkId=76143', title: 'Microsoft Learn: Direct host SMB over TCP/IP (KB 204279; current text: port 445 over TCP)', kind: 'vendor', checked: '2026-11-30' },
      { url: 'https://www.betaarchive.com/wiki/index.php?title=Microsoft_KB_Archive/204279&oldid=366683', title: 'Microsoft KB 204279, 2007 text for Windows 2000, XP and Server 2003: direct-hosted SMB uses port 445 over TCP and UDP (BetaArchive copy)', kind: 'secondary', checked: '2026-11-30' },
      { url: 'https://github.com/nmap/nmap/blob/master/scripts/smb-psexec.nse', title: 'Nmap source: scripts/smb-psexec.nse (sample netstat -an of a Windows 2000 host, with UDP 0.0.0.0:445 bound)', kind: 'project', checked: '2026-11-30' },
    ],
    security: [
      {
        note: 'SMB should never be reachable from the internet: the SMBv1 flaws fixed in MS17-010 (the EternalBlue exploit) let the WannaCry and NotPetya worms spread from machine to machine in 2017.',
        sources: [
          {
            url: 'https://learn.microsoft.com/en-us/security-updates/securitybulletins/2017/ms17-010',
            title: 'Microsoft Security Bulletin MS17-010: Security Update for Microsoft Windows SMB Server',
            kind: 'vendor',
          },
        ],
      },
    ],
    related: [139, 137, 548],
  },
  {
    port: 873,
    protocols: ['tcp'],
    name: 'rsync daemon',
    summary: 'An rsync daemon listens here to serve or receive files for clients that use rsync:// URLs or the double-colon host syntax.',
    category: 'file-transfer',
    aliases: ['rsync', 'rsyncd'],
    status: 'official',
    sources: [
      {
        url: 'https://download.samba.org/pub/rsync/rsyncd.conf.5',
        title: 'rsyncd.conf(5) manual page',
        kind: 'project',
      },
    ],
  },
  {
    port: 2049,
    protocols: ['tcp', 'udp'],
    name: 'NFS',
    summary: 'Network File System servers export shared directories to clients on this port, over TCP only for NFSv4 and over TCP or UDP for older versions.',
    category: 'file-transfer',
    aliases: ['nfs', 'nfsd'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc7530',
        title: 'RFC 7530: Network File System (NFS) Version 4 Protocol',
        kind: 'standard',
      },
      {
        url: 'https://www.rfc-editor.org/rfc/rfc1813',
        title: 'RFC 1813: NFS Version 3 Protocol Specification',
        kind: 'standard',
      },
    ],
    related: [111, 20048],
  },
  {
    port: 115,
    protocols: ['tcp'],
    name: 'Simple File Transfer Protocol',
    summary: 'Registered for the Simple File Transfer Protocol of 1984, a tiny FTP alternative that is no longer in use and is unrelated to SSH\'s SFTP on port 22.',
    category: 'file-transfer',
    aliases: ['simple-ftp'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc913',
        title: 'RFC 913: Simple File Transfer Protocol',
        kind: 'standard',
      },
    ],
    related: [21, 22],
  },
  {
    port: 990,
    protocols: ['tcp'],
    name: 'FTPS (implicit TLS control)',
    summary: 'FTP servers that offer implicit FTPS accept the control connection here with TLS from the first byte, instead of upgrading a port 21 session with AUTH TLS.',
    category: 'file-transfer',
    aliases: ['ftps', 'implicit-ftps'],
    status: 'official',
    sources: [
      {
        url: 'https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xhtml?search=990',
        title: 'IANA Service Name and Port Number Registry: port 990',
        kind: 'standard',
      },
      source.rfcEditorRfcRfc4217,
    ],
    related: [989, 21],
  },
  {
    port: 989,
    protocols: ['tcp'],
    name: 'FTPS data (implicit TLS)',
    summary: 'Registered for the data connection of implicit FTPS, the TLS-wrapped counterpart of FTP\'s active-mode data port 20.',
    category: 'file-transfer',
    aliases: ['ftps-data'],
    status: 'official',
    sources: [
      {
        url: 'https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xhtml?search=989',
        title: 'IANA Service Name and Port Number Registry: port 989',
        kind: 'standard',
      },
    ],
    related: [990, 20],
  },
  {
    port: 111,
    protocols: ['tcp', 'udp'],
    name: 'rpcbind / portmapper',
    summary: 'The ONC RPC port mapper (rpcbind or portmap) tells clients which port each RPC program, such as NFS\'s mountd, lockd and statd, is listening on.',
    category: 'file-transfer',
    aliases: ['rpcbind', 'portmap', 'portmapper', 'sunrpc'],
    status: 'official',
    sources: [
      source.rfcEditorRfcRfc1833,
    ],
    security: [
      {
        note: 'A port mapper reachable from the internet leaks the list of RPC services and answers small UDP queries with larger replies, which attackers use for reflected floods; block it at the network edge.',
        sources: [
          source.cisa17UdpBasedAmplificationAttacks,
        ],
      },
    ],
    related: [2049, 20048],
  },
  {
    port: 20048,
    protocols: ['tcp', 'udp'],
    name: 'NFS mountd',
    summary: 'The NFS mount daemon, which NFSv3 clients ask for a file handle before mounting an export, is registered here and is often pinned to this port so firewalls can allow it.',
    category: 'file-transfer',
    aliases: ['mountd', 'rpc.mountd'],
    status: 'official',
    sources: [
      {
        url: 'https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xhtml?search=20048',
        title: 'IANA Service Name and Port Number Registry: port 20048',
        kind: 'standard',
      },
    ],
    related: [2049, 111],
  },
  {
    port: 3260,
    protocols: ['tcp'],
    name: 'iSCSI',
    summary: 'iSCSI targets such as SAN arrays and Linux LIO export block storage to initiators as SCSI commands over TCP on this port.',
    category: 'file-transfer',
    aliases: ['iscsi', 'iscsi-target'],
    status: 'official',
    sources: [
      source.rfcEditorRfcRfc7143,
    ],
    security: [
      {
        note: 'iSCSI hands out raw disks, so a target reachable by strangers can be read or overwritten; keep storage traffic on an isolated network and require CHAP authentication or IPsec as the standard describes.',
        sources: [
          source.rfcEditorRfcRfc7143,
        ],
      },
    ],
    related: [860],
  },
  {
    port: 860,
    protocols: ['tcp'],
    name: 'iSCSI (system port)',
    summary: 'A second port registered for iSCSI; the standard names 3260 as the usual target port, so 860 is seldom seen in practice.',
    category: 'file-transfer',
    aliases: ['iscsi-system'],
    status: 'official',
    sources: [
      source.rfcEditorRfcRfc7143,
    ],
    related: [3260],
  },
  {
    port: 9418,
    protocols: ['tcp'],
    name: 'Git protocol (git daemon)',
    summary: 'The git daemon serves repositories over Git\'s own unauthenticated, unencrypted protocol (git:// URLs) on this port, usually for anonymous read-only clones.',
    category: 'file-transfer',
    aliases: ['git', 'git-daemon'],
    status: 'official',
    sources: [
      {
        url: 'https://git-scm.com/book/en/v2/Git-on-the-Server-Git-Daemon',
        title: 'Pro Git: Git on the Server - Git Daemon',
        kind: 'project',
      },
      {
        url: 'https://git-scm.com/docs/git-daemon',
        title: 'Git documentation: git-daemon',
        kind: 'project',
      },
    ],
    security: [
      {
        note: 'The git protocol has no authentication or encryption, so content can be tampered with in transit; serve pushes and private repositories over SSH or HTTPS instead.',
        sources: [
          {
            url: 'https://git-scm.com/book/en/v2/Git-on-the-Server-The-Protocols',
            title: 'Pro Git: Git on the Server - The Protocols',
            kind: 'project',
          },
        ],
      },
    ],
    related: [22, 443],
  },
  {
    port: 6881,
    protocols: ['tcp', 'udp'],
    name: 'BitTorrent',
    summary: 'BitTorrent clients traditionally listen for peers on the first free port from 6881 to 6889, though most modern clients pick a random port instead.',
    category: 'file-transfer',
    aliases: ['bittorrent', 'torrent'],
    status: 'unofficial',
    sources: [
      source.bittorrentBepsBep0003,
    ],
    security: [
      {
        note: 'BitTorrent\'s UDP services (DHT and trackers) have been abused as reflectors in amplification attacks.',
        sources: [
          source.cisa17UdpBasedAmplificationAttacks,
        ],
      },
    ],
    related: [51413],
  },
  {
    port: 9091,
    protocols: ['tcp'],
    name: 'Transmission web interface and RPC',
    summary: 'Transmission\'s daemon serves its web interface and remote-control RPC API on this port by default.',
    category: 'file-transfer',
    aliases: ['transmission-rpc', 'transmission-web'],
    status: 'unofficial',
    sources: [
      source.githubEditingConfigurationFilesMd,
    ],
    security: [
      {
        note: 'By default the RPC server binds to all addresses and does not require a password, relying on a whitelist of 127.0.0.1; turn on authentication before widening that whitelist or exposing the port.',
        sources: [
          source.githubEditingConfigurationFilesMd,
        ],
      },
    ],
    related: [51413],
    unofficialUses: [
      {
        user: 'Prometheus Pushgateway',
        description: 'The Prometheus Pushgateway, which holds metrics pushed by short-lived batch jobs until Prometheus scrapes them, listens on this port by default.',
        protocols: ['tcp'],
        sources: [
          {
            url: 'https://github.com/prometheus/pushgateway',
            title: 'Prometheus Pushgateway README',
            kind: 'project',
          },
        ],
      },
      {
        user: 'Authelia',
        description: 'Authelia, a single-sign-on and two-factor portal that reverse proxies consult before letting requests through, listens on TCP 9091 by default.',
        protocols: ['tcp'],
        sources: [
          { url: 'https://github.com/authelia/authelia/blob/master/docs/content/configuration/miscellaneous/server.md', title: 'Authelia documentation source: Server configuration (address default tcp://:9091/)', kind: 'project', checked: '2026-11-30' },
        ],
      },
    ],
  },
  {
    port: 548,
    protocols: ['tcp'],
    name: 'AFP (Apple Filing Protocol)',
    summary: 'Macs and older network storage share files over the Apple Filing Protocol on this port, which Apple has deprecated in favour of SMB.',
    category: 'file-transfer',
    aliases: ['afp', 'afpovertcp', 'netatalk', 'appleshare'],
    status: 'official',
    sources: [
      source.apple103229,
    ],
    related: [445],
  },
  {
    port: 22000,
    protocols: ['tcp', 'udp'],
    name: 'Syncthing sync protocol',
    summary: 'Syncthing devices connect to each other on this port to exchange file changes, over TCP and, in recent versions, QUIC on UDP.',
    category: 'file-transfer',
    aliases: ['syncthing'],
    status: 'unofficial',
    sources: [
      source.syncthingUsersFirewall,
    ],
    related: [21027],
  },
  {
    port: 21027,
    protocols: ['udp'],
    name: 'Syncthing local discovery',
    summary: 'Syncthing finds other devices on the same network with IPv4 broadcasts and IPv6 multicasts on this UDP port.',
    category: 'file-transfer',
    aliases: ['syncthing-discovery'],
    status: 'unofficial',
    sources: [
      source.syncthingUsersFirewall,
    ],
    related: [22000],
  },
  {
    port: 51413,
    protocols: ['tcp', 'udp'],
    name: 'Transmission peer port',
    summary: 'The Transmission BitTorrent client listens for incoming peer connections on this port by default.',
    category: 'file-transfer',
    aliases: ['transmission'],
    status: 'unofficial',
    sources: [
      source.githubEditingConfigurationFilesMd,
    ],
    related: [6881, 9091],
  },
  {
    port: 888,
    protocols: ['tcp'],
    name: 'CDDB (CD track-listing lookups)',
    summary: 'CD players and rippers looked up album and track titles from CDDB servers such as freedb over the CD Database Protocol on TCP 888, the default of clients like xmcd\'s cddbcmd (with HTTP on port 80 as the alternative); IANA registers 888 as cddbp as well as accessbuilder.',
    category: 'file-transfer',
    aliases: ['cddb', 'cddbp', 'freedb'],
    status: 'official',
    sources: [
      {
        url: 'https://man.cx/cddbcmd(1)',
        title: 'cddbcmd(1) manual page (xmcd): CDDB server connections default to port 888 for cddbp and 80 for HTTP',
        kind: 'secondary',
        checked: '2026-11-30',
      },
      source.ianaServiceNamesPortNumbersXml,
    ],
    unofficialUses: [
      {
        user: 'aaPanel phpMyAdmin',
        description: 'Servers managed with the aaPanel hosting panel serve phpMyAdmin on TCP 888, next to the panel itself on 8888.',
        protocols: ['tcp'],
        sources: [
          source.githubAapanelReadme,
        ],
      },
    ],
  },
  {
    port: 8384,
    protocols: ['tcp'],
    name: 'Syncthing web GUI and REST API',
    summary: 'Syncthing serves its browser interface and REST API on 127.0.0.1:8384 by default, so only the local machine can reach it unless the address is changed. IANA reserves TCP 8384.',
    category: 'file-transfer',
    aliases: ['syncthing-gui'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/syncthing/docs/blob/main/users/config.rst',
        title: 'Syncthing documentation: Syncthing Configuration (gui address 127.0.0.1:8384)',
        kind: 'project',
        checked: '2026-11-30',
      },
      {
        url: 'https://github.com/syncthing/docs/blob/main/dev/rest.rst',
        title: 'Syncthing documentation: REST API (http://localhost:8384/rest/...)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    related: [22000, 21027],
  },
  {
    port: 1716,
    protocols: ['tcp', 'udp'],
    name: 'KDE Connect discovery and device link',
    summary: 'KDE Connect, which pairs phones with Linux and Windows desktops, broadcasts and receives identity packets on UDP 1716 and accepts device links on the first free TCP port from 1716 to 1764; IANA lists the number for xmsg.',
    category: 'file-transfer',
    aliases: ['kdeconnect', 'kde-connect'],
    status: 'unofficial',
    sources: [
      source.githubLanlinkproviderH,
    ],
    related: [1739],
  },
  {
    port: 1739,
    protocols: ['tcp'],
    name: 'KDE Connect file transfers (1739–1764)',
    summary: 'KDE Connect opens a port between 1739 and 1764 for its file uploads, so a firewall that allows KDE Connect has to open the whole 1716–1764 range its source uses. IANA lists the number for webaccess.',
    category: 'file-transfer',
    aliases: ['kdeconnect-transfer'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/KDE/kdeconnect-kde/blob/master/core/backends/lan/uploadjob.h',
        title: 'KDE Connect source: core/backends/lan/uploadjob.h (MIN_PORT = 1739, MAX_PORT = 1764)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    related: [1716],
  },
  {
    port: 8112,
    protocols: ['tcp'],
    name: 'Deluge Web UI',
    summary: 'The web interface of the Deluge BitTorrent client (deluge-web) listens on this port by default and talks to the Deluge daemon on 58846.',
    category: 'file-transfer',
    aliases: ['deluge-web'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/deluge-torrent/deluge/blob/develop/deluge/ui/web/server.py',
        title: 'Deluge source: deluge/ui/web/server.py (default config \'port\': 8112)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    related: [58846, 6881],
  },
  {
    port: 22067,
    protocols: ['tcp'],
    name: 'Syncthing relay server (strelaysrv)',
    summary: 'Syncthing relay servers, which carry encrypted traffic between devices that cannot connect directly, accept relay connections on this port by default.',
    category: 'file-transfer',
    aliases: ['strelaysrv', 'syncthing-relay'],
    status: 'unofficial',
    sources: [
      source.githubStrelaysrvRst,
    ],
    related: [22070, 22000],
  },
  {
    port: 22070,
    protocols: ['tcp'],
    name: 'Syncthing relay status service',
    summary: 'A Syncthing relay server reports its status and statistics over HTTP on this port unless the status service is disabled.',
    category: 'file-transfer',
    aliases: ['syncthing-relay-status'],
    status: 'unofficial',
    sources: [
      source.githubStrelaysrvRst,
    ],
    related: [22067],
  },
  {
    port: 6346,
    protocols: ['tcp', 'udp'],
    name: 'Gnutella',
    summary: 'Gnutella peer-to-peer clients traditionally listen on 6346, TCP for connections and transfers and UDP for GUESS queries on the same port; because ISPs throttle traffic on 6346, gtk-gnutella deliberately avoids it by default.',
    category: 'file-transfer',
    aliases: ['gnutella', 'gtk-gnutella', 'guess'],
    status: 'official',
    sources: [
      {
        url: 'https://github.com/gtk-gnutella/gtk-gnutella',
        title: 'gtk-gnutella source: doc/gnutella/GUESS (ultrapeers should listen on UDP 6346, the port registered for Gnutella over TCP) and the listen-port property description',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    related: [6347],
  },
  {
    port: 9666,
    protocols: ['tcp'],
    name: 'Click\'n\'Load (pyLoad)',
    summary: 'Click\'n\'Load lets a web page hand download links to a local download manager: pyLoad\'s ClickNLoad add-on listens on port 9666 for them, and its Docker example publishes 9666 next to the web interface on 8000.',
    category: 'file-transfer',
    aliases: ['clicknload', 'click-n-load', 'cnl', 'pyload'],
    status: 'unofficial',
    sources: [
      source.githubPyloadPyload,
    ],
    security: [
      {
        note: 'pyLoad ships the add-on switched off and labels enabling it "Insecure! Use at your own risk", since it accepts links from other hosts by default; restrict it with its allowed-hosts filter if you turn it on.',
        sources: [
          source.githubPyloadPyload,
        ],
      },
    ],
  },
  {
    port: 5722,
    protocols: ['tcp'],
    name: 'DFS Replication RPC (Windows Server 2008 domain controllers)',
    summary: 'DFS Replication on Windows Server 2008 and 2008 R2 domain controllers takes its RPC traffic on TCP 5722; Microsoft notes the port is not used on Windows Server 2012 domain controllers.',
    category: 'file-transfer',
    aliases: ['dfsr', 'msdfsr'],
    status: 'official',
    sources: [
      source.microsoftNetworkingServiceOverviewAndNetworkPort,
    ],
    related: [135],
  },
  {
    port: 58846,
    protocols: ['tcp'],
    name: 'Deluge daemon (deluged) RPC',
    summary: 'The Deluge BitTorrent daemon deluged listens on TCP 58846 by default for its thin clients (the GTK, console and web interfaces) that speak the DelugeRPC protocol.',
    category: 'file-transfer',
    aliases: ['deluge', 'deluged', 'delugerpc'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://manpages.ubuntu.com/manpages/mantic/man1/deluged.1.html',
        title: 'Ubuntu manpage: deluged(1) (-p port, default is 58846)',
        kind: 'project',
      },
    ],
    related: [8112, 51413],
  },
  {
    port: 524,
    protocols: ['tcp'],
    name: 'NetWare Core Protocol (NCP) over IP',
    summary: "Novell's NetWare Core Protocol, the file and eDirectory service of NetWare servers and their Linux successors, listens here; a scanner that speaks it gets back the server and eDirectory tree names, the OS version, the mounted volumes and a list of eDirectory users.",
    category: 'file-transfer',
    aliases: ['ncp', 'netware', 'edirectory'],
    status: 'official',
    sources: [
      { url: 'https://github.com/nmap/nmap/blob/master/scripts/ncp-serverinfo.nse', title: 'Nmap source: scripts/ncp-serverinfo.nse (eDirectory server information from NCP on 524/tcp)', kind: 'project', checked: '2026-11-30' },
      { url: 'https://github.com/nmap/nmap/blob/master/scripts/ncp-enum-users.nse', title: 'Nmap source: scripts/ncp-enum-users.nse (list of eDirectory users from the NCP service)', kind: 'project', checked: '2026-11-30' },
    ],
  },
];
