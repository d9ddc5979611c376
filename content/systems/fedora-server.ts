import type { SystemInput } from '../../src/lib/schemas/system';
import { chronydCommandPort, resolvedStub } from './shared/linux';
import { cockpitListenGuide, cockpitRunning, cockpitSocketUnit, fedoraChronyDefault, fedoraServerZone } from './shared/sources';

export const system: SystemInput = {
  slug: 'fedora-server',
  name: 'Fedora Server',
  kind: 'server',
  versions: 'Fedora 41 to 43',
  summary:
    'Fedora Server comes with the Cockpit web console on TCP 9090, open in its firewall zone so that you can manage the machine from a browser; its DNS stub resolver and chrony\'s command port stay on loopback.',
  baseline:
    'A default installation of the Server edition from its installer image. Its firewall zone also lets SSH in, but we found no source we could cite for the SSH server being enabled by default, so it has no row here.',
  firewall: {
    summary:
      'firewalld is on, in the Fedora Server zone: it accepts new connections only for SSH, the DHCPv6 client and Cockpit, and rejects other unsolicited traffic.',
    sources: [fedoraServerZone],
  },
  listeners: [
    resolvedStub,
    chronydCommandPort('Fedora\'s default time daemon', fedoraChronyDefault),
    {
      ports: [9090],
      protocols: ['tcp'],
      service: 'Cockpit web console: log in with a system account to manage the server from a browser (HTTPS)',
      process: 'systemd (cockpit.socket), which starts cockpit-ws on the first connection',
      interfaces: 'all',
      reachable: 'yes',
      reachableWhy: 'The socket listens on every address, and the Fedora Server firewall zone allows the cockpit service.',
      turnOff:
        'If you manage the server another way, stop and disable the socket and take cockpit out of the firewall zone; Cockpit can also be moved to another port or address with a cockpit.socket drop-in.',
      turnOffCommand: 'sudo systemctl disable --now cockpit.socket && sudo firewall-cmd --permanent --remove-service=cockpit && sudo firewall-cmd --reload',
      sources: [cockpitRunning, cockpitSocketUnit, cockpitListenGuide, fedoraServerZone],
    },
  ],
};
