import type { SystemInput } from '../../src/lib/schemas/system';
import { avahiMdns, chronydCommandPort, cupsLocal, resolvedStub } from './shared/linux';
import { ubuntuChronyDefault } from './shared/sources';
import { source } from '../sources.ts';

const ufwDisabled = source.ubuntuCommunityUfw;

export const system: SystemInput = {
  slug: 'ubuntu-desktop',
  name: 'Ubuntu Desktop',
  kind: 'desktop',
  versions: '24.04 LTS to 25.10',
  summary:
    'Ubuntu Desktop keeps its DNS resolver, its printing system and, from 25.10, chrony\'s command port on loopback; the one service other devices on the network can reach is Avahi\'s multicast DNS.',
  baseline:
    'A default installation from the desktop installer, with no extra software selected. The rows for CUPS and Avahi rest on those projects\' own default configuration, which Ubuntu ships.',
  firewall: {
    summary: 'Ubuntu installs ufw but leaves it disabled, so nothing filters incoming connections until you run ufw enable.',
    sources: [ufwDisabled],
  },
  listeners: [
    resolvedStub,
    cupsLocal,
    avahiMdns,
    chronydCommandPort('Ubuntu 25.10 and later; 24.04 LTS keeps time with systemd-timesyncd instead', ubuntuChronyDefault),
  ],
};
