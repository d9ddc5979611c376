/**
 * The commands that show what is using a port, per system, with the number filled in. Checked against
 * ss(8), lsof(8), fuser(1), macOS netstat(1) and Microsoft's documentation for netstat and the NetTCPIP
 * PowerShell module.
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

export function checkCommands(port: number): CheckCommandGroup[] {
  return [
    {
      id: 'linux',
      system: 'Linux',
      commands: [
        { command: `sudo ss -tulpn 'sport = :${port}'`, shows: 'listening TCP and UDP sockets on the port, with the owning process' },
        { command: `sudo ss -tuapn 'sport = :${port}'`, shows: 'every socket on the port in any state, outgoing connections included' },
        { command: `sudo lsof -nP -i :${port}`, shows: 'processes with TCP or UDP sockets on the port, local or remote' },
        { command: `sudo fuser -v ${port}/tcp`, shows: 'the processes using the TCP port (use -n udp for UDP)' },
      ],
      note: 'Without sudo, ss and lsof show only your own processes.',
    },
    {
      id: 'macos',
      system: 'macOS',
      commands: [
        { command: `sudo lsof -nP -iTCP:${port} -sTCP:LISTEN`, shows: 'the process listening on the TCP port' },
        { command: `sudo lsof -nP -iUDP:${port}`, shows: 'processes with a UDP socket on the port' },
        { command: `netstat -anv -p tcp | grep '\\.${port} '`, shows: 'TCP sockets on the port; macOS writes address.port' },
      ],
    },
    {
      id: 'windows',
      system: 'Windows',
      commands: [
        { command: `netstat -ano | findstr :${port}`, shows: 'sockets on the port; the last column is the process ID (also matches longer numbers that start the same)' },
        { command: `Get-NetTCPConnection -LocalPort ${port}`, shows: 'PowerShell: TCP connections and listeners on the local port' },
        { command: `Get-NetUDPEndpoint -LocalPort ${port}`, shows: 'PowerShell: UDP endpoints on the local port' },
        { command: `Get-Process -Id (Get-NetTCPConnection -LocalPort ${port}).OwningProcess`, shows: 'PowerShell: the process that owns the TCP port' },
      ],
    },
  ];
}
