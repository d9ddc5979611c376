import type { NotablePortInput } from '../../src/lib/schemas/notable-port';

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
      {
        url: 'https://learn.microsoft.com/en-us/windows-server/remote/remote-desktop-services/clients/change-listening-port',
        title: 'Microsoft Learn: Change the listening port for Remote Desktop',
        kind: 'vendor',
      },
      {
        url: 'https://learn.microsoft.com/en-us/troubleshoot/windows-server/networking/service-overview-and-network-port-requirements',
        title: 'Microsoft Learn: Service overview and network port requirements for Windows',
        kind: 'vendor',
      },
    ],
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
      {
        url: 'https://www.rfc-editor.org/rfc/rfc6143',
        title: 'RFC 6143: The Remote Framebuffer Protocol',
        kind: 'standard',
      },
    ],
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
  },
];
