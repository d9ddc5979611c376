import type { Category } from './schemas/notable-port';

/** Display names for notable-port categories, in the order `/ports/` lists them. */
export const CATEGORY_LABELS: Record<Category, string> = {
  web: 'Web',
  mail: 'Mail',
  'name-directory': 'Names and directories',
  'file-transfer': 'File transfer and sharing',
  'remote-access': 'Remote access',
  database: 'Databases and caches',
  messaging: 'Messaging and streaming',
  'vpn-tunnel': 'VPN and tunnelling',
  'voip-media': 'Voice and media',
  'monitoring-management': 'Monitoring and management',
  'containers-orchestration': 'Containers and orchestration',
  development: 'Development servers and tools',
  games: 'Games',
  'iot-industrial': 'IoT and industrial control',
  time: 'Time',
  'security-malware': 'Security, authentication and malware',
  infrastructure: 'Network infrastructure',
};

/**
 * What the ports of each category are for, in the words people search with ("printer", "message queue",
 * "smart home"). Every curated port page shows its category's line, and the search index weighs it, so
 * that a query about a purpose finds the ports that serve it without a hand-kept list of answers.
 */
export const CATEGORY_PURPOSES: Record<Category, string> = {
  web: 'web servers and websites, HTTP and HTTPS, web proxies and application servers',
  mail: 'email: sending, relaying and receiving mail, mailbox access, and spam and virus filtering',
  'name-directory': 'name resolution (DNS), directories and identity (LDAP, Active Directory), and local name discovery',
  'file-transfer': 'file transfer and file sharing: network drives and storage, FTP, NFS and SMB, sync tools, peer-to-peer and torrent clients',
  'remote-access': 'remote login and remote shells, remote desktop, screen sharing and remote control',
  database: 'databases, key-value stores and caches, search engines and big-data storage',
  messaging: 'message queues and message brokers, event streaming, publish/subscribe, chat and instant messaging, push notifications',
  'vpn-tunnel': 'VPNs, encrypted tunnels and overlay networks, anonymity networks and tunnelling proxies',
  'voip-media': 'telephony and VoIP calls, video conferencing, voice chat, audio and video streaming, and media servers',
  'monitoring-management': 'monitoring, metrics and alerting, logging and log collection, tracing, network and server management, and backup',
  'containers-orchestration': 'containers and Docker, Kubernetes and cluster orchestration, service mesh, service discovery and secrets',
  development: 'development servers, debuggers, notebooks and data-science tools, and version control',
  games: 'game servers, multiplayer online games, game consoles and gaming voice chat',
  'iot-industrial': 'smart home and home automation, IoT devices, building automation, and industrial control systems (SCADA, PLCs)',
  time: 'time synchronisation (time sync), clocks and time servers',
  'security-malware': 'authentication and access control (Kerberos, RADIUS, TACACS+), security tools, and malware: trojans, worms and backdoors',
  infrastructure: 'network infrastructure: routing, IP address assignment (DHCP), printers and printing, device discovery and Windows RPC',
};
