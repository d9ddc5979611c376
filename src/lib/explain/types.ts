/**
 * What the explain tool reads out of a paste. Shared by every format parser, the summary and the browser
 * script, so nothing under src/lib/explain/ may import zod or a Node module.
 */

/** The transport protocols the tool reports; the parsers map tcp6, udp46, TCPv6 and the like onto these. */
export type Transport = 'tcp' | 'udp' | 'sctp';

/** The formats the tool recognises, one id per parser (shown to the reader as `FORMAT_LABELS`). */
export type FormatId =
  | 'ss'
  | 'netstat-linux'
  | 'netstat-bsd'
  | 'lsof'
  | 'netstat-windows'
  | 'powershell-table'
  | 'powershell-list'
  | 'docker-ps'
  | 'nmap'
  | 'nmap-grepable';

/** The command behind each format, as the page names it. */
export const FORMAT_LABELS: Record<FormatId, string> = {
  ss: 'ss -tulpn / -tuna / -tlnp (Linux)',
  'netstat-linux': 'netstat -tulpn (Linux, net-tools)',
  'netstat-bsd': 'netstat -an (macOS, FreeBSD)',
  lsof: 'lsof -iTCP -sTCP:LISTEN -P -n or lsof -i -P -n',
  'netstat-windows': 'netstat -ano / -anb (Windows, any language)',
  'powershell-table': 'Get-NetTCPConnection / Get-NetUDPEndpoint (table)',
  'powershell-list': 'Get-NetTCPConnection / Get-NetUDPEndpoint | Format-List',
  'docker-ps': 'docker ps (the PORTS column)',
  nmap: 'nmap (normal output)',
  'nmap-grepable': 'nmap -oG (grepable output)',
};

/** An address and port as a tool printed them; `port` is null for a wildcard port (`*`). */
export interface Endpoint {
  /** The address without brackets or zone, e.g. "0.0.0.0", "::1", "*", "192.0.2.7". */
  address: string;
  port: number | null;
  /** An IPv6 zone or Linux interface after `%` (e.g. "eth0", "lo0"), when printed. */
  zone?: string;
}

/**
 * Whether a socket waits for others or talks to one peer. `listen` covers TCP LISTEN, unconnected UDP sockets
 * (which receive from anyone), an nmap "open" port and a Docker published port.
 */
export type SocketRole = 'listen' | 'connection';

/** One socket (or one open port from a scan) read from one line (or block) of the paste. */
export interface Socket {
  format: FormatId;
  protocol: Transport;
  role: SocketRole;
  local: Endpoint;
  remote?: Endpoint;
  /** The state word as printed (LISTEN, ESTAB, ABHÖREN, Established…); empty when the tool prints none. */
  state: string;
  /** Program names the line gives (ss can name several processes sharing a socket). */
  processes: string[];
  pid?: number;
  /**
   * Where the port was seen from: `local` for a machine's own socket table, `scan` for nmap (the address is the
   * scanned host), `container` for a Docker port that is exposed but not published on the host.
   */
  view: 'local' | 'scan' | 'container';
  /** For Docker: the port inside the container that a published host port forwards to. */
  containerPort?: number;
  /** 1-based line number in the paste. */
  line: number;
}

/** What one line parser makes of a line. */
export type LineResult =
  /** Sockets read from the line (several for a docker ps line). */
  | { kind: 'sockets'; sockets: Socket[] }
  /** A header, title, comment or a socket of no interest (a Unix socket, a closed port): understood, no row. */
  | { kind: 'known'; format: FormatId | null };
