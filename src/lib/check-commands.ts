/**
 * The commands that show what is using a port, per system, with the number filled in. Checked against
 * ss(8), lsof(8), fuser(1), macOS netstat(1) and Microsoft's documentation for netstat, tasklist
 * (learn.microsoft.com/windows-server/administration/windows-commands/tasklist: /svc lists the services in
 * each process, /fi "PID eq n" keeps one process) and the NetTCPIP PowerShell module.
 */
export interface CheckCommand {
  command: string;
  /** What the command shows, in a few words. */
  shows: string;
}

export interface CheckCommandGroup {
  id: 'linux' | 'macos' | 'windows';
  system: string;
  commands: CheckCommand[];
  note?: string;
}

/**
 * Ports whose listeners are nearly always Windows services (RPC endpoint mapper, NetBIOS, SMB, Remote
 * Desktop, WinRM): their pages list the Windows commands first, since that is who is asking.
 */
export const WINDOWS_FIRST_PORTS: ReadonlySet<number> = new Set([135, 137, 139, 445, 3389, 5985, 5986]);

/** The systems in the order the page shows them. */
export function checkCommands(port: number): CheckCommandGroup[] {
  const groups = commandGroups(port);
  return WINDOWS_FIRST_PORTS.has(port) ? [groups[2], groups[0], groups[1]] : groups;
}

function commandGroups(port: number): CheckCommandGroup[] {
  return [
    {
      id: 'linux',
      system: 'Linux',
      commands: [
        { command: `sudo ss -tulpn 'sport = :${port}'`, shows: 'listening sockets and their process' },
        { command: `sudo ss -tuapn 'sport = :${port}'`, shows: 'sockets in any state, outgoing too' },
        { command: `sudo lsof -nP -i :${port}`, shows: 'processes with a socket on the port, either end' },
        { command: `sudo fuser -v ${port}/tcp`, shows: 'processes on the TCP port (-n udp for UDP)' },
      ],
      note: 'Without sudo, ss and lsof show only your own processes.',
    },
    {
      id: 'macos',
      system: 'macOS',
      commands: [
        { command: `sudo lsof -nP -iTCP:${port} -sTCP:LISTEN`, shows: 'the TCP listener' },
        { command: `sudo lsof -nP -iUDP:${port}`, shows: 'UDP sockets' },
        { command: `netstat -anv -p tcp | grep '\\.${port} '`, shows: 'TCP sockets (macOS writes address.port)' },
      ],
    },
    {
      id: 'windows',
      system: 'Windows',
      commands: [
        { command: `netstat -ano | findstr :${port}`, shows: 'sockets, process ID last (also matches longer numbers)' },
        { command: `Get-NetTCPConnection -LocalPort ${port}`, shows: 'PowerShell: TCP sockets' },
        { command: `Get-NetUDPEndpoint -LocalPort ${port}`, shows: 'PowerShell: UDP endpoints' },
        { command: `Get-Process -Id (Get-NetTCPConnection -LocalPort ${port}).OwningProcess`, shows: 'PowerShell: the owning process' },
        { command: 'tasklist /svc /fi "PID eq <pid>"', shows: 'the services in that process ID, where Get-Process only says "svchost"' },
      ],
    },
  ];
}
