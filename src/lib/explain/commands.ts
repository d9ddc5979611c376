/**
 * The commands whose output the explain tool reads, as the page lists them (they work without JavaScript too:
 * run one, then open each port's page). Kept beside the parsers so that the list and what the tool reads stay
 * the same list.
 */
import type { FormatId } from './types';

export interface ExplainCommand {
  system: 'Linux' | 'macOS and BSD' | 'Windows' | 'Any system';
  command: string;
  /** What the output shows, in a few words. */
  shows: string;
  format: FormatId;
}

export const EXPLAIN_COMMANDS: readonly ExplainCommand[] = [
  { system: 'Linux', command: 'sudo ss -tulpn', shows: 'listening TCP and UDP sockets with their processes', format: 'ss' },
  { system: 'Linux', command: 'ss -tuna', shows: 'every TCP and UDP socket, connections included, without processes', format: 'ss' },
  { system: 'Linux', command: 'sudo netstat -tulpn', shows: 'the same from the older net-tools package', format: 'netstat-linux' },
  { system: 'macOS and BSD', command: 'sudo lsof -iTCP -sTCP:LISTEN -P -n', shows: 'listening TCP sockets with their processes', format: 'lsof' },
  { system: 'macOS and BSD', command: 'sudo lsof -i -P -n', shows: 'every TCP and UDP socket with its process', format: 'lsof' },
  { system: 'macOS and BSD', command: 'netstat -an', shows: 'every socket, without processes', format: 'netstat-bsd' },
  { system: 'Windows', command: 'netstat -ano', shows: 'every socket with the owning process ID (in any language)', format: 'netstat-windows' },
  { system: 'Windows', command: 'netstat -anb', shows: 'every socket with the program’s name (run as administrator)', format: 'netstat-windows' },
  { system: 'Windows', command: 'Get-NetTCPConnection', shows: 'TCP sockets in PowerShell (a table, or add | Format-List)', format: 'powershell-table' },
  { system: 'Windows', command: 'Get-NetUDPEndpoint', shows: 'UDP endpoints in PowerShell', format: 'powershell-table' },
  { system: 'Any system', command: 'docker ps', shows: 'the ports each container publishes on the host', format: 'docker-ps' },
  { system: 'Any system', command: 'nmap -sV <host>', shows: 'the open ports another machine shows the network (add -oG - for grepable output)', format: 'nmap' },
];
