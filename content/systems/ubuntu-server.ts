import type { SystemInput } from '../../src/lib/schemas/system';
import { chronydCommandPort, resolvedStub } from './shared/linux';
import { ubuntuChronyDefault } from './shared/sources';
import { source } from '../sources.ts';

const ufwDisabled = source.ubuntuCommunityUfw;

const installerSshScreen = {
  url: 'https://github.com/canonical/ubuntu-server-documentation/blob/89b7ab76e60d9f17f730cecd10fd280a856384cc/docs/how-to/installation/interactive-live-server-installation-on-ibm-z-vm-s390x.md',
  title: 'Ubuntu Server documentation: interactive live server installation (the installer\'s SSH screen, with "Install OpenSSH server" unticked until you tick it)',
  kind: 'vendor',
  checked: '2026-11-30',
} as const;

export const system: SystemInput = {
  slug: 'ubuntu-server',
  name: 'Ubuntu Server',
  kind: 'server',
  versions: '24.04 LTS to 25.10',
  summary:
    'A minimal Ubuntu Server opens nothing to the network on its own: its DNS stub resolver and, from 25.10, chrony\'s command port listen on loopback. Whatever you choose in the installer, such as OpenSSH, adds its own listener.',
  baseline:
    'A default installation from the server installer with no optional snaps or packages selected and OpenSSH left unticked; cloud images add their own agents and are not covered.',
  firewall: {
    summary: 'Ubuntu installs ufw but leaves it disabled, so any service you add is reachable until you run ufw enable.',
    sources: [ufwDisabled],
  },
  listeners: [
    resolvedStub,
    chronydCommandPort('Ubuntu 25.10 and later; 24.04 LTS keeps time with systemd-timesyncd instead', ubuntuChronyDefault),
    {
      ports: [22],
      protocols: ['tcp'],
      service: 'OpenSSH server (remote shell and file transfer)',
      process: 'sshd',
      interfaces: 'all',
      reachable: 'yes',
      reachableWhy: 'Once installed it listens on every interface, and with ufw disabled nothing filters it.',
      turnOff: 'Leave "Install OpenSSH server" unticked in the installer, or later stop and disable the service and its socket.',
      turnOffCommand: 'sudo systemctl disable --now ssh.service ssh.socket',
      whenTurnedOn: '"Install OpenSSH server" is ticked in the installer',
      sources: [installerSshScreen, ufwDisabled],
    },
  ],
};
