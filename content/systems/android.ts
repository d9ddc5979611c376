import type { SystemInput } from '../../src/lib/schemas/system';


const adbHacktricks = {
  url: 'https://book.hacktricks.wiki/network-services-pentesting/5555-android-debug-bridge.html',
  title: 'HackTricks: 5555 - Android Debug Bridge (classic adb tcpip port; wireless debugging uses a dynamic port)',
  kind: 'secondary',
  checked: '2026-11-30',
} as const;

const adbDeveloperOptions = {
  url: 'https://packtpub.com/en-ph/product/mastering-malware-analysis-9781789610789/chapter/analyzing-android-malware-samples-16/section/android-debug-bridge-ch16lvl1sec47',
  title: 'Mastering Malware Analysis (Packt): Android Debug Bridge, enabled only through the hidden Developer options',
  kind: 'secondary',
  checked: '2026-11-30',
} as const;

const adbUsbCommand = {
  url: 'https://docs.apis-fiserv.com/latam/docs/depuracao-da-aplicacao-ao-usar-um-pinpad-usb',
  title: 'Fiserv developer documentation: debugging over TCP/IP with adb tcpip, and adb usb to return to USB mode',
  kind: 'secondary',
  checked: '2026-11-30',
} as const;

export const system: SystemInput = {
  slug: 'android',
  name: 'Android',
  kind: 'mobile',
  versions: 'Android 11 to 16 (phone makers add their own services)',
  summary:
    'A fresh Android phone opens no network listener we could source; the one people find in scans, the Android Debug Bridge, appears only after someone turns on debugging.',
  baseline:
    'A phone after setup with its maker\'s defaults and Developer options hidden, as they are out of the box. Makers and carriers add their own services, which this page does not cover.',
  listeners: [
    {
      ports: [5555],
      protocols: ['tcp'],
      service: 'Android Debug Bridge over the network (adb tcpip); Wireless debugging in Android 11 and later picks a random port instead',
      process: 'adbd',
      interfaces: 'all',
      reachable: 'depends',
      reachableWhy: 'Not listening on a fresh phone: it starts only after Developer options are unlocked and adb is switched to TCP or Wireless debugging is turned on. Once on, anyone on the network can try to connect.',
      turnOff: 'Turn off Wireless debugging and USB debugging in Developer options; a phone switched to TCP with adb tcpip goes back to USB-only with adb usb.',
      turnOffCommand: 'adb usb',
      whenTurnedOn: 'debugging over the network is turned on in Developer options',
      sources: [adbHacktricks, adbDeveloperOptions, adbUsbCommand],
    },
  ],
};
