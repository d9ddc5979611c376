import type { SystemInput } from '../../src/lib/schemas/system';


const synologyPorts = {
  url: 'https://kb.synology.com/en-global/DSM/tutorial/What_network_ports_are_used_by_Synology_services',
  title: 'Synology Knowledge Center: What network ports are used by DSM services? (read in its German edition)',
  kind: 'vendor',
  checked: '2026-11-30',
} as const;

const ds220jNetstat = {
  url: 'https://gist.github.com/Dil4rd/099471288f60039e9989d4ea77cca628',
  title: 'netstat output from a Synology DS220j: nginx listening on 0.0.0.0 ports 80, 443, 5000 and 5001',
  kind: 'secondary',
  checked: '2026-11-30',
} as const;

const dsmDefaultPorts = {
  url: 'https://gist.github.com/icyleaf/f1868ff6717131de37d2916283d15e49',
  title: 'Synology DSM port notes: DSM on 5000 (HTTP) and 5001 (HTTPS) by default, changeable',
  kind: 'secondary',
  checked: '2026-11-30',
} as const;

const dsmFirewallRules = {
  url: 'https://originhelp.synology.com/developer-guide/integrate_dsm/install_ports.html',
  title: 'Synology Developer Guide: Install package related ports information into DSM (firewall and port forwarding rules)',
  kind: 'vendor',
  checked: '2026-11-30',
} as const;

export const system: SystemInput = {
  slug: 'synology-dsm',
  name: 'Synology DSM',
  kind: 'device',
  versions: 'DSM 7.2',
  summary:
    'A Synology NAS serves its DSM management interface on 5000 and 5001 to the whole network and answers Synology Assistant discovery; file services and packages add ports as you turn them on.',
  baseline:
    'A NAS after the first-run setup with no packages or file services turned on beyond what setup enables. Synology documents which ports its services use; what listens before you enable anything is taken from a DS220j\'s netstat output (a secondary source).',
  listeners: [
    {
      ports: [80, 443],
      protocols: ['tcp'],
      service: 'Web server on the standard HTTP and HTTPS ports',
      process: 'nginx',
      interfaces: 'all',
      reachable: 'yes',
      reachableWhy: 'Bound to every interface, so any device that can reach the NAS on the network can connect unless a DSM firewall rule stops it.',
      turnOff: 'Limit who can reach them with a rule in DSM\'s built-in firewall.',
      sources: [ds220jNetstat, dsmFirewallRules],
    },
    {
      ports: [5000, 5001],
      protocols: ['tcp'],
      service: 'DSM management interface, HTTP on 5000 and HTTPS on 5001',
      process: 'nginx',
      interfaces: 'all',
      reachable: 'yes',
      reachableWhy: 'Bound to every interface so that any device on the network can open the login page; it reaches the internet only if the router forwards the port.',
      turnOff: 'The port numbers can be changed but DSM needs its interface; restrict it with a DSM firewall rule and keep it out of the router\'s port forwarding.',
      sources: [ds220jNetstat, dsmDefaultPorts, dsmFirewallRules],
    },
    {
      ports: [9997, 9998, 9999],
      protocols: ['udp'],
      service: 'Synology Assistant discovery (finds the NAS on the local network for setup)',
      process: 'DSM discovery service',
      interfaces: 'all',
      reachable: 'yes',
      reachableWhy: 'Answers Synology Assistant running on computers in the local network, which is how a new NAS is found for setup.',
      turnOff: 'Synology documents no switch for it; a DSM firewall rule can block these UDP ports once the NAS is set up.',
      sources: [synologyPorts, dsmFirewallRules],
    },
  ],
};
