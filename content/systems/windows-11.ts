import type { SystemInput } from '../../src/lib/schemas/system';
import {
  microsoftPortReference,
  netstatWindows10Wsl,
  netstatWindowsFlutter,
  netstatWindowsVolatility,
  windowsFirewallDefaultInbound,
  windowsPublicNetworkDefault,
  wsdapiPorts,
} from './shared/sources';
import { remoteDesktop, rpcDynamicEndpoints } from './shared/windows';
import { source } from '../sources.ts';

const mdnsBesideDnscache = {
  url: 'https://github.com/ETCLabs/mDNSWindows/pull/4',
  title: 'ETCLabs/mDNSWindows pull request #4: sharing UDP 5353 with Windows\' Dnscache service and Chrome',
  kind: 'secondary',
  checked: '2026-11-30',
} as const;

const llmnrPolicy = {
  url: 'https://tenable.com/audits/items/MSCT_Windows_10_22H2_v1.0.0.audit:1314b3181b5f2944480f4933aad01974',
  title: 'Tenable audit item quoting Microsoft\'s Windows 10 22H2 security baseline: "Turn off multicast name resolution" (LLMNR is on for every adapter unless the policy is enabled)',
  kind: 'secondary',
  checked: '2026-11-30',
} as const;

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
    'A fresh installation with the default choices, signed in, connected to a network that Windows classified itself; no roles, apps or sharing turned on. Listed are system services that Microsoft documents for these ports, and listeners that netstat output from Windows PCs shows (those rows cite it as a secondary source).',
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
    rpcDynamicEndpoints,
    {
      ports: [5040],
      protocols: ['tcp'],
      service: 'Connected Devices Platform Service (CDPSvc)',
      process: 'svchost.exe (CDPSvc)',
      interfaces: 'all',
      reachable: 'depends',
      reachableWhy: firewallWhy,
      turnOff: 'Stop the Connected Devices Platform Service and set its startup type to Disabled.',
      turnOffCommand: 'Stop-Service -Name CDPSvc; Set-Service -Name CDPSvc -StartupType Disabled',
      sources: [netstatWindows10Wsl],
    },
    {
      ports: [7680],
      protocols: ['tcp'],
      service: 'Delivery Optimization: other PCs fetch pieces of Windows updates and Store apps from this one',
      process: 'svchost.exe (DoSvc, the Delivery Optimization service)',
      interfaces: 'all',
      reachable: 'depends',
      reachableWhy:
        'The service opens the port for peers on the local network, its default mode, but Microsoft notes that the firewall must also let inbound traffic in; where it does not, peers cannot connect and updates still download over HTTP.',
      turnOff: 'Turn off downloads from other PCs in the Delivery Optimization settings, or set the Download Mode policy to 0 (HTTP only), which Microsoft documents as the way to stop peer-to-peer.',
      sources: [source.microsoftDeliveryOptimizationFaq, netstatWindows10Wsl],
    },
    {
      ports: [5357],
      protocols: ['tcp'],
      service: 'Web Services on Devices (WSDAPI) over HTTP: where devices and computers found by WS-Discovery fetch each other\'s descriptions',
      process: 'System (HTTP.sys, under a URL reservation for WSDAPI)',
      interfaces: 'all',
      reachable: 'depends',
      reachableWhy: firewallWhy,
      turnOff: 'There is no switch for the port itself: it is the HTTP endpoint Windows reserves for WSDAPI. Leave the firewall\'s default block in place on networks you do not trust.',
      sources: [wsdapiPorts, netstatWindowsVolatility, netstatWindows10Wsl],
    },
    {
      ports: [3702],
      protocols: ['udp'],
      service: 'WS-Discovery: multicast announcements and searches that find printers, scanners and computers on the local network',
      process: 'svchost.exe (FDResPub, Function Discovery Resource Publication)',
      interfaces: 'all',
      interfacesNote: 'several WSDAPI programs share the port',
      reachable: 'depends',
      reachableWhy: firewallWhy,
      turnOff: 'Stop the Function Discovery Resource Publication service and set its startup type to Disabled.',
      turnOffCommand: 'Stop-Service -Name FDResPub; Set-Service -Name FDResPub -StartupType Disabled',
      sources: [wsdapiPorts, netstatWindowsFlutter],
    },
    {
      ports: [5353],
      protocols: ['udp'],
      service: 'Multicast DNS: names and services on the local network, built into Windows since Windows 10 version 1703',
      process: 'svchost.exe (Dnscache, the DNS Client service); browsers may open the port as well',
      interfaces: 'all',
      reachable: 'depends',
      reachableWhy: firewallWhy,
      turnOff: 'Keep queries from other machines out with Windows Defender Firewall (block inbound UDP 5353) on networks you do not trust.',
      sources: [source.microsoftTechCommunityMdnsInTheEnterprise, mdnsBesideDnscache],
    },
    {
      ports: [5355],
      protocols: ['udp'],
      service: 'Link-Local Multicast Name Resolution (LLMNR): answers name lookups from other machines on the local link when DNS has no answer',
      process: 'svchost.exe (Dnscache, the DNS Client service)',
      interfaces: 'all',
      interfacesNote: 'every network adapter, unless the policy below turns it off',
      reachable: 'depends',
      reachableWhy: firewallWhy,
      turnOff:
        'Enable the Group Policy setting "Turn off multicast name resolution" (Computer Configuration, Administrative Templates, Network, DNS Client), as Microsoft\'s security baselines do.',
      sources: [llmnrPolicy],
    },
    remoteDesktop,
  ],
};
