import type { SystemInput } from '../../src/lib/schemas/system';
import { appleMdnsResponderMan } from './shared/sources';

const wifiSyncBonjour = {
  url: 'https://github.com/libimobiledevice/libimobiledevice/issues/919',
  title: 'libimobiledevice issue #919: Wi-Fi sync is advertised over Bonjour (_apple-mobdev2._tcp)',
  kind: 'secondary',
  checked: '2026-11-30',
} as const;

export const system: SystemInput = {
  slug: 'ios',
  name: 'iOS and iPadOS',
  kind: 'mobile',
  versions: 'iOS and iPadOS 17 to 26',
  summary:
    'An iPhone or iPad accepts almost nothing from the network on its own; what we could source is its Bonjour responder, which finds and advertises services on the local network.',
  baseline:
    'A new iPhone or iPad after setup, on Wi-Fi, with no apps installed beyond Apple\'s. Apple does not publish a list of what iOS listens on, so this page lists only what a source confirms.',
  listeners: [
    {
      ports: [5353],
      protocols: ['udp'],
      service: 'Multicast DNS and DNS service discovery (Bonjour), also used to advertise Wi-Fi sync with a paired computer',
      process: 'mDNSResponder',
      interfaces: 'all',
      interfacesNote: 'multicast on the local link of Wi-Fi and other active interfaces',
      reachable: 'yes',
      reachableWhy: 'Multicast DNS answers other devices on the same local network (AirPlay, AirPrint and sync discovery depend on it); it does not cross routers.',
      turnOff: 'iOS offers no switch for it. Joining only trusted Wi-Fi networks is the practical limit.',
      sources: [appleMdnsResponderMan, wifiSyncBonjour],
    },
  ],
};
