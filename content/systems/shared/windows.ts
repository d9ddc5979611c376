/**
 * Listener rows that Windows 11 and Windows Server share, because both run the same core services. Each system
 * file imports the rows that apply to it.
 */
import type { z } from 'astro/zod';
import type { systemListenerSchema } from '../../../src/lib/schemas/system';
import {
  dynamicPortRangeKb,
  microsoftPortReference,
  netstatWindows10Wsl,
  netstatWindowsVolatility,
  rpcDynamicPortsKb,
  windowsFirewallDefaultInbound,
} from './sources.ts';
import { source } from '../../sources.ts';

type ListenerInput = z.input<typeof systemListenerSchema>;

export const rpcDynamicEndpoints: ListenerInput = {
  ports: [49664, 49665, 49666, 49667, 49668, 49669, 49670],
  protocols: ['tcp'],
  service:
    'RPC endpoints of core system services, taken from the start of the dynamic range at boot; clients find them through the endpoint mapper on 135',
  process: 'one system process per port, among them lsass.exe, services.exe and spoolsv.exe (netstat -b names each)',
  interfaces: 'all',
  reachable: 'depends',
  reachableWhy:
    'Windows Defender Firewall blocks unsolicited inbound connections unless a rule allows them, so other machines reach these ports only where a rule (a role, a management tool, a domain policy) lets them in.',
  turnOff:
    'They cannot be turned off one by one: they belong to services Windows needs. Keep them closed with the firewall; administrators who must let RPC through a firewall can narrow the range RPC picks ports from, as Microsoft describes.',
  sources: [rpcDynamicPortsKb, dynamicPortRangeKb, netstatWindows10Wsl, netstatWindowsVolatility, source.pastebin3fbqkqpa, source.pastebinDdgxwupg, windowsFirewallDefaultInbound],
};

export const remoteDesktop: ListenerInput = {
  ports: [3389],
  protocols: ['tcp'],
  service: 'Remote Desktop (Remote Desktop Protocol, the service Microsoft\'s port list calls Terminal Services)',
  process: 'svchost.exe (TermService); the port is the PortNumber value of the RDP-Tcp listener in the registry',
  interfaces: 'all',
  reachable: 'depends',
  reachableWhy: 'Not listening on a fresh install. Once Remote Desktop is turned on, other machines can connect wherever the firewall rules for Remote Desktop allow them.',
  turnOff: 'Turn Remote Desktop off again in Settings, System, Remote Desktop (or in Server Manager, Local Server, on Windows Server).',
  whenTurnedOn: 'Remote Desktop is turned on',
  sources: [microsoftPortReference, source.microsoftRemoteDesktopChangeListeningPort],
};
