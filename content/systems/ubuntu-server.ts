import type { SystemInput } from '../../src/lib/schemas/system';
import { resolvedStub } from './shared/linux';
import { source } from '../sources.ts';

const ufwDisabled = source.ubuntuCommunityUfw;

export const system: SystemInput = {
  slug: 'ubuntu-server',
  name: 'Ubuntu Server',
  kind: 'server',
  versions: '24.04 LTS to 25.10',
  summary:
    'A minimal Ubuntu Server opens nothing to the network on its own; its DNS stub resolver listens on loopback. Whatever you choose in the installer, such as OpenSSH, adds its own listener.',
  baseline:
    'A default installation from the server installer with no optional snaps or packages selected and OpenSSH left unticked; cloud images add their own agents and are not covered.',
  firewall: {
    summary: 'Ubuntu installs ufw but leaves it disabled, so any service you add is reachable until you run ufw enable.',
    sources: [ufwDisabled],
  },
  listeners: [resolvedStub],
};
