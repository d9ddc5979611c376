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
