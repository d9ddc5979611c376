import type { SystemInput } from '../../src/lib/schemas/system';
import { microsoftPortReference, windowsFirewallDefaultInbound, windowsPublicNetworkDefault } from './shared/sources';

const firewallWhy =
  'Windows Defender Firewall blocks inbound connections that no rule allows, and a new network starts out as Public, where file and printer sharing is off; on a network you mark Private and share on, other computers can connect.';

export const system: SystemInput = {
  slug: 'windows-11',
  name: 'Windows 11',
  kind: 'desktop',
  versions: 'Home and Pro, 23H2 to 25H2',
  summary:
    'Windows listens for RPC and file sharing on every interface from the first boot, and relies on its firewall and the network profile to keep other computers out.',
  baseline:
    'A fresh installation with the default choices, signed in, connected to a network that Windows classified itself; no roles, apps or sharing turned on. Listed are the system services that Microsoft documents for these ports and that run on every installation.',
  firewall: {
    summary:
      'Windows Defender Firewall is on, and its default action for unsolicited inbound traffic is Block. New networks start out in the Public profile, where network sharing is off until you turn it on or mark the network Private.',
    sources: [windowsFirewallDefaultInbound, windowsPublicNetworkDefault],
  },
  listeners: [
    {
      ports: [135],
      protocols: ['tcp'],
      service: 'RPC endpoint mapper (tells clients which dynamic port an RPC service is on)',
      process: 'svchost.exe (RpcSs, RpcEptMapper)',
      interfaces: 'all',
      reachable: 'depends',
      reachableWhy: firewallWhy,
      turnOff:
        'Do not disable it: the Remote Procedure Call service is the endpoint mapper and many services need it to start. Keep other machines away with the firewall instead.',
      sources: [microsoftPortReference, windowsFirewallDefaultInbound],
    },
    {
      ports: [445],
      protocols: ['tcp'],
      service: 'SMB file and printer sharing, and named pipes over SMB',
      process: 'System (the Server service, LanmanServer)',
      interfaces: 'all',
      reachable: 'depends',
      reachableWhy: firewallWhy,
      turnOff: 'If the PC shares nothing, stop and disable the Server service; file sharing, printer sharing and remote named pipes stop with it.',
      turnOffCommand: 'Stop-Service -Name LanmanServer -Force; Set-Service -Name LanmanServer -StartupType Disabled',
      sources: [microsoftPortReference, windowsFirewallDefaultInbound],
    },
    {
      ports: [137, 138, 139],
      protocols: ['udp', 'tcp'],
      service: 'NetBIOS over TCP/IP: name service (137/udp), datagrams (138/udp), session service (139/tcp)',
      process: 'System (NetBT driver)',
      interfaces: 'all',
      interfacesNote: 'each IPv4 address that has NetBIOS over TCP/IP enabled',
      reachable: 'depends',
      reachableWhy: firewallWhy,
      turnOff:
        'Microsoft calls these ports optional, since Windows 2000 and later share files over 445 alone: turn off NetBIOS over TCP/IP in each adapter\'s IPv4 settings (Advanced, WINS tab).',
      sources: [microsoftPortReference],
    },
  ],
};
