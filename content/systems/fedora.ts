import type { SystemInput } from '../../src/lib/schemas/system';
import { avahiMdns, chronydCommandPort, cupsLocal, resolvedStub } from './shared/linux';
import { fedoraChronyDefault } from './shared/sources';


const fedoraFirewalldDocs = {
  url: 'https://docs.fedoraproject.org/ca/quick-docs/firewalld/',
  title: 'Fedora Quick Docs: Control of System Accessibility by firewalld',
  kind: 'project',
  checked: '2026-11-30',
} as const;

const fedoraWorkstationZone = {
  url: 'https://github.com/firewalld/firewalld/blob/2745d6f0ab9e4a43abe97872ed52e62157996166/config/tests/zones/FedoraWorkstation.xml',
  title: 'firewalld source: the Fedora Workstation zone (test copy): ports 1025-65535 open over TCP and UDP',
  kind: 'project',
  checked: '2026-11-30',
} as const;

export const system: SystemInput = {
  slug: 'fedora',
  name: 'Fedora Workstation',
  kind: 'desktop',
  versions: 'Fedora 41 to 43',
  summary:
    'Fedora Workstation keeps DNS, printing and chrony\'s command port on loopback and answers multicast DNS on the network; its firewall zone leaves every port above 1024 open for whatever you start later.',
  baseline:
    'A default Workstation installation from the live image. The rows for CUPS, Avahi, chrony and systemd-resolved rest on those projects\' default configuration, which Fedora ships. Fedora Server has its own page.',
  firewall: {
    summary:
      'firewalld is on from the first boot. Fedora\'s documentation says it blocks everything except SSH by default, but the Fedora Workstation zone that the desktop uses also opens TCP and UDP 1025–65535 and the Samba client; the two sources disagree for Workstation, and the zone file is what runs.',
    sources: [fedoraFirewalldDocs, fedoraWorkstationZone],
  },
  listeners: [resolvedStub, cupsLocal, avahiMdns, chronydCommandPort('Fedora\'s default time daemon', fedoraChronyDefault)],
};
