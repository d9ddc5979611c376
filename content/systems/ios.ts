import type { SystemInput } from '../../src/lib/schemas/system';
import { appleMdnsResponderMan } from './shared/sources';
import { source } from '../sources.ts';

const libimobiledeviceReadme = {
  url: 'https://github.com/libimobiledevice/libimobiledevice/blob/fa0f79190142bc309307967c058f89c1b36eb6b8/README.md',
  title: 'libimobiledevice README: network connections are supported with devices that have "WiFi sync" enabled',
  kind: 'project',
  checked: '2026-11-30',
} as const;

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
    'An iPhone or iPad accepts almost nothing from the network on its own; what we could source is its Bonjour responder, which finds and advertises services on the local network, and the lockdown service that paired computers use for Wi-Fi sync.',
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
    {
      ports: [62078],
      protocols: ['tcp'],
      service: 'lockdownd, the device\'s service broker: a paired computer syncs, backs up and queries the device through it, and asks it to start other device services',
      process: 'lockdownd',
      interfaces: 'specific',
      interfacesNote: 'the Wi-Fi network; over USB the same service is reached through usbmuxd',
      reachable: 'depends',
      reachableWhy:
        'Computers reach it over the network for devices that have Wi-Fi sync turned on; a session needs the pairing record that the device and computer exchanged when the device first trusted that computer.',
      turnOff: 'iOS has no switch for the service itself. Turn off syncing over Wi-Fi for the device on the computer it syncs with, so that no computer uses the network path.',
      whenTurnedOn: 'Wi-Fi sync with a computer is turned on',
      sources: [source.libimobiledeviceLockdownC, source.libimobiledeviceIdeviceC, libimobiledeviceReadme],
    },
  ],
};
