import type { NotablePortInput } from '../../src/lib/schemas/notable-port';
import { source } from '../sources.ts';

/** Notable ports in the "remote-access" category. Summaries are our own words; every entry has a source. */
export const notablePorts: NotablePortInput[] = [
  {
    port: 22,
    protocols: ['tcp'],
    name: 'SSH',
    summary: 'Secure Shell servers listen here for encrypted remote logins, command execution, tunnelling and file copies with SFTP or scp.',
    category: 'remote-access',
    aliases: ['ssh', 'sftp', 'scp', 'sshd', 'openssh'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc4253',
        title: 'RFC 4253: The Secure Shell (SSH) Transport Layer Protocol',
        kind: 'standard',
      },
    ],
    related: [23, 513, 60000],
  },
  {
    port: 23,
    protocols: ['tcp'],
    name: 'Telnet',
    summary: 'The old unencrypted remote-terminal protocol, still found on network gear and embedded devices and often probed by attackers.',
    category: 'remote-access',
    aliases: ['telnet', 'telnetd'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc854',
        title: 'RFC 854: Telnet Protocol Specification',
        kind: 'standard',
      },
    ],
    unofficialUses: [
      {
        user: 'Mirai botnet command-and-control console',
        description: 'In the leaked Mirai source, the botnet operator\'s command-and-control server offers its administration console on TCP 23, the telnet port, on all interfaces.',
        protocols: ['tcp'],
        sources: [
          source.githubMiraiCncMainGo,
        ],
      },
    ],
    security: [
      {
        note: 'Telnet sends the login and everything typed in clear text, and botnets such as Mirai spread by logging in to cameras and routers over Telnet with factory-default passwords; turn it off and use SSH.',
        sources: [
          {
            url: 'https://www.cisa.gov/news-events/alerts/2016/10/14/heightened-ddos-threat-posed-mirai-and-other-botnets',
            title: 'CISA Alert TA16-288A: Heightened DDoS Threat Posed by Mirai and Other Botnets',
            kind: 'observed',
          },
        ],
      },
    ],
    related: [22, 992],
  },
  {
    port: 3389,
    protocols: ['tcp', 'udp'],
    name: 'Remote Desktop Protocol',
    summary: 'Windows Remote Desktop and Remote Desktop Services listen for RDP sessions here, using TCP with an optional UDP transport.',
    category: 'remote-access',
    aliases: ['rdp', 'remote-desktop', 'mstsc', 'ms-wbt-server', 'terminal-services'],
    status: 'official',
    sources: [
      source.microsoftRemoteDesktopChangeListeningPort,
      source.microsoftNetworkingServiceOverviewAndNetworkPort,
    ],
    security: [
      {
        note: 'RDP exposed to the internet draws constant password guessing, and the wormable BlueKeep flaw (CVE-2019-0708) allowed code execution before login on older Windows versions; put RDP behind a VPN or Remote Desktop Gateway and require Network Level Authentication.',
        sources: [
          {
            url: 'https://msrc.microsoft.com/update-guide/vulnerability/CVE-2019-0708',
            title: 'Microsoft Security Response Center: CVE-2019-0708 Remote Desktop Services Remote Code Execution Vulnerability',
            kind: 'vendor',
          },
        ],
      },
    ],
    related: [443, 2179],
  },
  {
    port: 5900,
    protocols: ['tcp'],
    name: 'VNC',
    summary: 'VNC servers share a graphical desktop over the Remote Framebuffer protocol starting at this port, adding one for each further display.',
    category: 'remote-access',
    aliases: ['vnc', 'rfb'],
    status: 'official',
    sources: [
      source.rfcEditorRfcRfc6143,
    ],
    unofficialUses: [
      {
        user: 'Hannotog backdoor (UDP)',
        description: 'Hannotog, a backdoor tied to the Lotus Blossom group since at least 2022, opens non-standard listening ports for command and control, UDP 5900 among them, per MITRE ATT&CK citing Symantec.',
        protocols: ['udp'],
        sources: [
          {
            url: 'https://attack.mitre.org/software/S1211',
            title: 'MITRE ATT&CK S1211 Hannotog: uses non-standard listening ports such as UDP 5900 for command and control (citing Symantec, 2022)',
            kind: 'secondary',
            checked: '2026-11-30',
          },
        ],
      },
    ],
    security: [
      {
        note: 'Classic VNC authentication is a weak DES-based challenge limited to eight-character passwords and the session itself is not encrypted; reach VNC through SSH or a VPN.',
        sources: [
          source.rfcEditorRfcRfc6143,
        ],
      },
    ],
    related: [3283, 5800],
  },
  {
    port: 60000,
    protocols: ['udp'],
    name: 'Mosh (mobile shell)',
    summary: 'Mosh (the mobile shell) servers pick a UDP port for each session from the range their manual gives as 60000 to 61000, so firewalls that allow mosh open that whole range.',
    category: 'remote-access',
    aliases: ['mosh', 'mosh-server', 'mobile-shell'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/mobile-shell/mosh/blob/master/man/mosh-server.1',
        title: 'mosh-server(1) manual page',
        kind: 'project',
      },
      {
        url: 'https://github.com/mobile-shell/mosh/blob/master/src/network/network.h',
        title: 'Mosh source: network.h (default port range)',
        kind: 'project',
      },
    ],
    unofficialUses: [
      {
        user: 'HBase Master RPC (before 1.0)',
        description: 'HBase releases up to 0.98 had the HMaster accept client and RegionServer RPC connections on TCP 60000 (hbase.master.port); HBase 1.0 moved it to 16000.',
        protocols: ['tcp'],
        sources: [
          source.apacheBrowseHbase10123,
          source.clouderaContentHbasePorts,
        ],
      },
    ],
  },
  {
    port: 513,
    protocols: ['tcp'],
    name: 'rlogin',
    summary: 'The BSD remote login service gives a terminal session on another Unix host, trusting .rhosts files or sending the password unencrypted; SSH replaced it.',
    category: 'remote-access',
    aliases: ['rlogin', 'rlogind', 'login'],
    status: 'official',
    sources: [
      source.rfcEditorRfcRfc1282,
    ],
    security: [
      {
        note: 'rlogin sends everything, including any password, in clear text and can trust a client purely by its host name and address, which is easy to spoof; disable it and use SSH.',
        sources: [
          source.rfcEditorRfcRfc1282,
        ],
      },
    ],
    related: [512, 22, 23],
  },
  {
    port: 512,
    protocols: ['tcp', 'udp'],
    name: 'rexec (TCP) / biff (UDP)',
    summary: 'On TCP this is the old BSD rexec service, which runs a command on a remote host after a clear-text password check; on UDP the same number belongs to biff/comsat new-mail notices.',
    category: 'remote-access',
    aliases: ['rexec', 'exec', 'biff', 'comsat'],
    status: 'official',
    sources: [
      {
        url: 'https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xhtml?search=512',
        title: 'IANA Service Name and Port Number Registry: port 512',
        kind: 'standard',
      },
    ],
    related: [513, 22],
  },
  {
    port: 5938,
    protocols: ['tcp', 'udp'],
    name: 'TeamViewer',
    summary: 'TeamViewer prefers outbound TCP and UDP connections to its servers and peers on this port, falling back to 443 and then 80 when it is blocked; no inbound port needs opening.',
    category: 'remote-access',
    aliases: ['teamviewer'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://www.teamviewer.com/de/global/support/knowledge-base/teamviewer-classic/troubleshooting/ports-used-by-teamviewer',
        title: 'TeamViewer Knowledge Base: Ports used by TeamViewer (German)',
        kind: 'vendor',
      },
    ],
    related: [443, 80],
  },
  {
    port: 3283,
    protocols: ['tcp', 'udp'],
    name: 'Apple Remote Desktop reporting',
    summary: 'Apple Remote Desktop uses this port, registered as Net Assistant, to collect reports and status from managed Macs, while screen control goes over VNC on 5900.',
    category: 'remote-access',
    aliases: ['apple-remote-desktop', 'ard', 'net-assistant'],
    status: 'official',
    sources: [
      source.apple103229,
    ],
    related: [5900],
  },
  {
    port: 5985,
    protocols: ['tcp'],
    name: 'WinRM over HTTP',
    summary: 'Windows Remote Management, the WS-Management service behind PowerShell remoting, listens for HTTP requests on this port.',
    category: 'remote-access',
    aliases: ['winrm', 'wsman', 'powershell-remoting', 'psremoting'],
    status: 'official',
    sources: [
      source.microsoftMsWsmv5039d677F85443b2B9fdA15671a8f16f,
    ],
    security: [
      {
        note: 'WinRM hands authenticated users a remote command shell and is a favourite path for lateral movement; allow it only from management hosts, and prefer the HTTPS listener on 5986 outside a domain.',
        sources: [
          {
            url: 'https://learn.microsoft.com/en-us/powershell/scripting/security/remoting/winrm-security',
            title: 'Microsoft Learn: Security considerations for PowerShell Remoting using WinRM',
            kind: 'vendor',
          },
        ],
      },
    ],
    related: [5986],
  },
  {
    port: 5986,
    protocols: ['tcp'],
    name: 'WinRM over HTTPS',
    summary: 'Windows Remote Management and PowerShell remoting use this port when the WS-Management listener is set up with a TLS certificate.',
    category: 'remote-access',
    aliases: ['winrm-https', 'wsmans'],
    status: 'official',
    sources: [
      source.microsoftMsWsmv5039d677F85443b2B9fdA15671a8f16f,
    ],
    related: [5985],
  },
  {
    port: 1494,
    protocols: ['tcp', 'udp'],
    name: 'Citrix ICA',
    summary: 'Registered to Citrix for ICA, the protocol Citrix clients use to reach hosted applications and desktops on Citrix session hosts.',
    category: 'remote-access',
    aliases: ['ica', 'citrix', 'hdx'],
    status: 'official',
    sources: [
      {
        url: 'https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xhtml?search=1494',
        title: 'IANA Service Name and Port Number Registry: port 1494',
        kind: 'standard',
      },
    ],
    related: [3389],
  },
  {
    port: 4899,
    protocols: ['tcp'],
    name: 'Radmin',
    summary: 'The Radmin (Remote Administrator) server for Windows waits for viewer connections on this registered port.',
    category: 'remote-access',
    aliases: ['radmin'],
    status: 'official',
    sources: [
      {
        url: 'https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xhtml?search=4899',
        title: 'IANA Service Name and Port Number Registry: port 4899',
        kind: 'standard',
      },
    ],
    related: [3389, 5900],
  },
  {
    port: 177,
    protocols: ['udp'],
    name: 'XDMCP',
    summary: 'X display managers answer X Display Manager Control Protocol queries here to offer graphical logins to remote X terminals and X servers.',
    category: 'remote-access',
    aliases: ['xdmcp', 'xdm'],
    status: 'official',
    sources: [
      {
        url: 'https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xhtml?search=177',
        title: 'IANA Service Name and Port Number Registry: port 177',
        kind: 'standard',
      },
    ],
    related: [6000],
  },
  {
    port: 992,
    protocols: ['tcp'],
    name: 'Telnet over TLS',
    summary: 'Registered for Telnet protected by TLS from the start of the connection, a rarely used secure variant of Telnet on port 23.',
    category: 'remote-access',
    aliases: ['telnets', 'tn5250-tls'],
    status: 'official',
    sources: [
      {
        url: 'https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xhtml?search=992',
        title: 'IANA Service Name and Port Number Registry: port 992',
        kind: 'standard',
      },
    ],
    related: [23],
  },
  {
    port: 2179,
    protocols: ['tcp'],
    name: 'Hyper-V Virtual Machine Connection',
    summary: 'Hyper-V hosts accept Virtual Machine Connection (vmconnect) console sessions, an RDP-based view of a guest\'s screen, on this registered port.',
    category: 'remote-access',
    aliases: ['vmconnect', 'vmrdp', 'hyper-v-console'],
    status: 'official',
    sources: [
      {
        url: 'https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xhtml?search=2179',
        title: 'IANA Service Name and Port Number Registry: port 2179',
        kind: 'standard',
      },
    ],
    related: [3389],
  },
  {
    port: 21116,
    protocols: ['tcp', 'udp'],
    name: 'RustDesk ID/rendezvous server (hbbs)',
    summary: 'A self-hosted RustDesk ID server (hbbs) takes client registrations and heartbeats over UDP and brokers hole-punched connections over TCP on this port.',
    category: 'remote-access',
    aliases: ['rustdesk', 'hbbs'],
    status: 'unofficial',
    sources: [
      source.rustdeskSelfHost,
    ],
    related: [21117],
  },
  {
    port: 21117,
    protocols: ['tcp'],
    name: 'RustDesk relay server (hbbr)',
    summary: 'A self-hosted RustDesk relay server (hbbr) forwards session traffic on this port between clients that cannot reach each other directly.',
    category: 'remote-access',
    aliases: ['rustdesk-relay', 'hbbr'],
    status: 'unofficial',
    sources: [
      source.rustdeskSelfHost,
    ],
    related: [21116],
  },
  {
    port: 543,
    protocols: ['tcp'],
    name: 'klogin (Kerberos rlogin)',
    summary: 'The Kerberos-authenticated version of rlogin listens on TCP 543 on hosts that still run the old Kerberos "r" services (klogind); IANA registers it as klogin.',
    category: 'remote-access',
    aliases: ['klogin', 'klogind'],
    status: 'official',
    sources: [
      source.ianaServiceNamesPortNumbersXml,
      source.githubServicesAppend,
    ],
    related: [544, 513, 88],
  },
  {
    port: 544,
    protocols: ['tcp'],
    name: 'kshell (Kerberos rsh)',
    summary: 'The Kerberos-authenticated remote shell (kshd, the Kerberized rsh) takes commands on TCP 544, registered with IANA as kshell (krcmd); like klogin on 543 it belongs to the legacy Kerberos "r" services.',
    category: 'remote-access',
    aliases: ['kshell', 'krcmd', 'kshd'],
    status: 'official',
    sources: [
      source.ianaServiceNamesPortNumbersXml,
      source.githubServicesAppend,
    ],
    related: [543, 514, 88],
  },
  {
    port: 5800,
    protocols: ['tcp'],
    name: 'VNC over HTTP (Java viewer)',
    summary: 'VNC servers such as TigerVNC\'s Xvnc used to run a small web server on 5800 plus the display number, handing browsers a Java applet viewer for the desktop on 5900 plus the same number; TigerVNC removed it in 2018 once browsers stopped running applets, but older VNC servers may still answer here.',
    category: 'remote-access',
    aliases: ['vnc-http', 'vnc-java'],
    status: 'unofficial',
    sources: [
      source.githubCommit4a4453fc69cf56f9991a13a62023969dcf5b,
    ],
    related: [5900],
  },
  {
    port: 5631,
    protocols: ['tcp'],
    name: 'pcAnywhere (data)',
    summary: 'Symantec pcAnywhere hosts took remote-control sessions (screen, keyboard and mouse data) on TCP 5631, with host status and discovery on UDP 5632.',
    category: 'remote-access',
    aliases: ['pcanywhere', 'pcanywheredata'],
    status: 'official',
    sources: [
      source.ianaServiceNamesPortNumbersXml,
      source.net350Htm,
      source.silentdragonDownloadHow20to20change20the20pcanyw,
    ],
    related: [5632],
  },
  {
    port: 902,
    protocols: ['tcp'],
    name: 'VMware ESX/ESXi host agent (authd)',
    summary: 'VMware ESX hosts run the authd service on TCP 902: the vSphere API reference notes that VirtualCenter connected to ESX 2.x hosts through authd on 902 by default, and to ESX 3.x and later over HTTPS on 443. IANA lists 902 as ideafarm-door.',
    category: 'remote-access',
    aliases: ['vmware-authd', 'esxi-902', 'vmware-console'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://vijava.sourceforge.net/vSphereAPIDoc/ver5/ReferenceGuide/vim.host.ConnectSpec.html',
        title: 'VMware vSphere API Reference (mirror): HostConnectSpec.port, ESX 2.x authd port 902 by default',
        kind: 'secondary',
        checked: '2026-11-30',
      },
      source.ianaServiceNamesPortNumbersXml,
    ],
    related: [443],
  },
  {
    port: 5632,
    protocols: ['udp'],
    name: 'pcAnywhere (status)',
    summary: 'pcAnywhere hosts answered status and discovery queries on UDP 5632, which remote users sent before opening the control session on TCP 5631.',
    category: 'remote-access',
    aliases: ['pcanywherestat'],
    status: 'official',
    sources: [
      source.ianaServiceNamesPortNumbersXml,
      source.net350Htm,
      source.silentdragonDownloadHow20to20change20the20pcanyw,
    ],
    related: [5631],
  },
  {
    port: 24800,
    protocols: ['tcp'],
    name: 'Synergy / Barrier / Input Leap',
    summary: 'Synergy, the software KVM that shares one keyboard and mouse across several computers, runs its server on TCP 24800 by default, and its forks Barrier and Input Leap kept the port.',
    category: 'remote-access',
    aliases: ['synergy', 'barrier', 'input-leap'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://manpages.ubuntu.com/manpages/trusty/man1/synergys.1.html',
        title: 'synergys(1) manual page: the server listens on port 24800 by default',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
  },
  {
    port: 21118,
    protocols: ['tcp'],
    name: 'RustDesk ID server WebSocket (web client)',
    summary: 'A self-hosted RustDesk ID server (hbbs) also listens here for WebSocket connections from the RustDesk web client, normally placed behind a TLS reverse proxy.',
    category: 'remote-access',
    aliases: ['rustdesk-ws'],
    status: 'unofficial',
    sources: [
      source.rustdeskSelfHost,
    ],
    related: [21116, 21119],
  },
  {
    port: 21119,
    protocols: ['tcp'],
    name: 'RustDesk relay server WebSocket (web client)',
    summary: 'The self-hosted RustDesk relay (hbbr) accepts WebSocket connections from the RustDesk web client on this port, beside its main relay port 21117.',
    category: 'remote-access',
    aliases: ['rustdesk-relay-ws'],
    status: 'unofficial',
    sources: [
      source.rustdeskSelfHost,
    ],
    related: [21117, 21118],
  },
  {
    port: 21114,
    protocols: ['tcp'],
    name: 'RustDesk Server Pro web console',
    summary: 'RustDesk Server Pro serves its HTTP web console and API on this port; the free server does not use it.',
    category: 'remote-access',
    aliases: ['rustdesk-pro'],
    status: 'unofficial',
    sources: [
      source.rustdeskSelfHost,
    ],
    related: [21116],
  },
  {
    port: 4822,
    protocols: ['tcp'],
    name: 'Apache Guacamole proxy daemon (guacd)',
    summary: 'guacd, the back end of the Apache Guacamole clientless remote-desktop gateway, takes connections from the Guacamole web application on this port and opens the RDP, VNC or SSH sessions for it.',
    category: 'remote-access',
    aliases: ['guacd', 'guacamole'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/apache/guacamole-manual/blob/main/src/configuring-guacamole.md.j2',
        title: 'Apache Guacamole manual: Configuring Guacamole (guacd listens on port 4822 by default)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    security: [
      {
        note: 'guacd does no authentication of its own, so anyone who can reach this port can use it as a jumping point to other systems; the manual says to keep it isolated from untrusted networks and let only the Guacamole web app talk to it.',
        sources: [
          {
            url: 'https://github.com/apache/guacamole-manual/blob/main/src/guacamole-docker.md',
            title: 'Apache Guacamole manual: Guacamole in Docker (guacd is a passive proxy without authentication)',
            kind: 'project',
            checked: '2026-11-30',
          },
        ],
      },
    ],
    related: [3389, 5900, 22, 8080],
  },
  {
    port: 5500,
    protocols: ['tcp'],
    name: 'VNC viewer in listening mode (reverse connections)',
    summary: 'A VNC viewer started in listening mode waits on port 5500 for a VNC server to connect out to it, the "reverse connection" that remote-support setups use to reach machines behind a firewall.',
    category: 'remote-access',
    aliases: ['vnc-listen', 'vncviewer-listen', 'reverse-vnc'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/TigerVNC/tigervnc',
        title: 'TigerVNC source: vncviewer(1) manual page, -listen (default port 5500)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    unofficialUses: [
      {
        user: 'RSA ACE/Server (SecurID authentication)',
        description: 'RSA ACE/Server, the server that checks SecurID one-time-password tokens, uses UDP 5500: an RSA knowledge-base article that also applies to RSA Authentication Manager tells administrators with a firewall between two realms to open 5500/udp plus a range of at least 11 further UDP ports for cross-realm authentication.',
        protocols: ['udp'],
        sources: [
          {
            url: 'https://community.rsa.com/docs/DOC-50407',
            title: 'RSA Knowledge Base 000025535: Cross realm with a firewall between the two Primary ACE/Servers (5500/udp)',
            kind: 'vendor',
            checked: '2026-11-30',
          },
        ],
      },
      {
        user: 'Live Server (VS Code extension)',
        description: 'The Live Server extension for Visual Studio Code serves the open folder with live reload on port 5500 by default (liveServer.settings.port).',
        protocols: ['tcp'],
        sources: [
          {
            url: 'https://github.com/ritwickdey/vscode-live-server/blob/master/docs/settings.md',
            title: 'Live Server documentation: Settings (liveServer.settings.port, default 5500)',
            kind: 'project',
            checked: '2026-11-30',
          },
        ],
      },
    ],
    related: [5900],
  },
  {
    port: 2701,
    protocols: ['tcp', 'udp'],
    name: 'SMS Remote Control agent (control channel)',
    summary: 'The Remote Control agent of Microsoft Systems Management Server listens on port 2701, TCP and UDP, for the control channel of a remote-control session; the data stream uses 2702.',
    category: 'remote-access',
    aliases: ['sms-rcinfo', 'sms-remote-control'],
    status: 'official',
    sources: [
      source.microsoftNetworkingServiceOverviewAndNetworkPort,
    ],
    related: [2702],
  },
  {
    port: 2702,
    protocols: ['tcp', 'udp'],
    name: 'SMS Remote Control agent (data channel)',
    summary: 'The Systems Management Server Remote Control agent carries the data of a remote-control session on port 2702, TCP and UDP, next to its control channel on 2701.',
    category: 'remote-access',
    aliases: ['sms-xfer'],
    status: 'official',
    sources: [
      source.microsoftNetworkingServiceOverviewAndNetworkPort,
    ],
    related: [2701],
  },
  {
    port: 407,
    protocols: ['tcp', 'udp'],
    name: 'Timbuktu Pro remote control',
    summary: "Netopia's Timbuktu Pro, a remote-control and file-exchange program for Mac and Windows, uses a single TCP connection to port 407 by default from version 8 on; earlier versions shook hands over UDP 407 and then opened TCP 1417 to 1420 for control, observe and file transfer, and newer hosts keep answering that way for old clients.",
    category: 'remote-access',
    aliases: ['timbuktu', 'timbuktu-pro'],
    status: 'official',
    sources: [
      { url: 'https://discmaster.textfiles.com/dl/31320/CHIP%202005-06.iso/program/network/TB2Pro1201eval.exe/Documents', title: 'Timbuktu Pro documentation, firewall section (copy of the vendor manual from an evaluation installer archived on a 2005 CHIP CD)', kind: 'secondary', checked: '2026-11-30' },
    ],
  },
];
