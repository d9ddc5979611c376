import type { SystemInput } from '../../src/lib/schemas/system';
import { microsoftPortReference, windowsFirewallDefaultInbound } from './shared/sources';
import { remoteDesktop, rpcDynamicEndpoints } from './shared/windows';

const enablePsRemoting = {
  url: 'https://github.com/MicrosoftDocs/PowerShell-Docs/blob/046007b58c3888c0248fdaec0b94bc660f361655/reference/5.1/Microsoft.PowerShell.Core/Enable-PSRemoting.md',
  title: 'Microsoft PowerShell documentation: Enable-PSRemoting (remoting is on by default on Windows Server; firewall rules it creates)',
  kind: 'vendor',
  checked: '2026-11-30',
} as const;

const remoteTroubleshooting = {
  url: 'https://github.com/MicrosoftDocs/PowerShell-Docs/blob/main/reference/7.2/Microsoft.PowerShell.Core/About/about_Remote_Troubleshooting.md',
  title: 'Microsoft PowerShell documentation: about_Remote_Troubleshooting (remoting enabled by default on Windows Server 2012 and newer)',
  kind: 'vendor',
  checked: '2026-11-30',
} as const;

const firewallWhy =
  'Windows Defender Firewall blocks inbound connections that no rule allows; whether the File and Printer Sharing rules are on depends on the roles installed and the network profile.';

export const system: SystemInput = {
  slug: 'windows-server',
  name: 'Windows Server',
  kind: 'server',
  versions: '2022 and 2025, Desktop Experience and Server Core',
  summary:
    'Windows Server listens like a Windows client (RPC, SMB, NetBIOS) and adds PowerShell remoting over WinRM, which Microsoft turns on by default on server editions.',
  baseline:
    'A fresh installation with no roles added beyond what setup installs, joined to no domain. Remote Desktop is off until you turn it on, so 3389 is listed apart, with the other listeners that start only once a setting is on.',
  firewall: {
    summary: 'Windows Defender Firewall is on; its default action for unsolicited inbound traffic is Block, and allow rules decide what else gets in.',
    sources: [windowsFirewallDefaultInbound],
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
      turnOff: 'Do not disable it: many services depend on the RPC service. Limit who can reach it with the firewall.',
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
      turnOff: 'On a server that shares no files and is not a domain controller, stop and disable the Server service; most administration tools that use named pipes stop working with it.',
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
      turnOff: 'Turn off NetBIOS over TCP/IP in each adapter\'s IPv4 settings (Advanced, WINS tab); Microsoft lists these ports as optional for file sharing.',
      sources: [microsoftPortReference],
    },
    {
      ports: [5985],
      protocols: ['tcp'],
      service: 'WinRM: WS-Management over HTTP, which PowerShell remoting uses',
      process: 'svchost.exe (WinRM, the Windows Remote Management service)',
      interfaces: 'all',
      reachable: 'yes',
      reachableWhy:
        'Remoting is on by default on Windows Server, with firewall rules that allow it from domain and private networks and, on public networks, from the local subnet.',
      turnOff: 'If nothing manages this server remotely, stop the Windows Remote Management service and set it to Disabled; remote PowerShell sessions to it stop working.',
      turnOffCommand: 'Stop-Service -Name WinRM; Set-Service -Name WinRM -StartupType Disabled',
      sources: [enablePsRemoting, remoteTroubleshooting, microsoftPortReference],
    },
    rpcDynamicEndpoints,
    remoteDesktop,
  ],
};
