import type { SystemInput } from '../../src/lib/schemas/system';
import { appleMdnsResponderMan } from './shared/sources';
import { source } from '../sources.ts';


const applePlatformFirewall = {
  url: 'https://support.apple.com/fr-ca/guide/platform-support/supd6b171d92/web',
  title: 'Apple Platform Deployment: Manage Firewall (sharing services open their own ports)',
  kind: 'vendor',
  checked: '2026-11-30',
} as const;

const airplayForum = source.appleThread682332;

const remoteLoginBook = {
  url: 'https://www.safaribooksonline.com/library/view/mac-security-bible/9780470474198/9780470474198_remote_login.html',
  title: 'Mac Security Bible (Wiley), 7.8 Remote Login: the Sharing setting turns on the built-in OpenSSH server',
  kind: 'secondary',
  checked: '2026-11-30',
} as const;

const remoteManagementPort = {
  url: 'https://www.connected.app/fa/ports/3283',
  title: 'connected.app: port 3283 (Apple Remote Desktop; off until Remote Management is turned on in Sharing)',
  kind: 'secondary',
  checked: '2026-11-30',
} as const;

const airplayPortsIssue = {
  url: 'https://github.com/nickstenning/honcho/pull/229',
  title: 'honcho pull request #229: macOS Monterey uses ports 5000 and 7000 for the AirPlay receiver',
  kind: 'secondary',
  checked: '2026-11-30',
} as const;

const airplaySettingIssue = {
  url: 'https://github.com/opensafely-core/opencodelists/issues/2110',
  title: 'opencodelists issue #2110: port 7000 in use by default on macOS, and the setting that frees it',
  kind: 'secondary',
  checked: '2026-11-30',
} as const;

export const system: SystemInput = {
  slug: 'macos',
  name: 'macOS',
  kind: 'desktop',
  versions: 'macOS 12 Monterey to macOS 26',
  summary:
    'A new Mac answers Bonjour (multicast DNS) on the local network and, since Monterey, runs an AirPlay receiver on TCP 5000 and 7000; sharing services add their ports only when you turn them on.',
  baseline:
    'A fresh installation with the setup assistant\'s defaults and no Sharing services turned on. Apple\'s own port list covers what its products use, not what is on by default, so each row here rests on the source named beside it.',
  listeners: [
    {
      ports: [5353],
      protocols: ['udp'],
      service: 'Multicast DNS and DNS service discovery (Bonjour)',
      process: 'mDNSResponder',
      interfaces: 'all',
      interfacesNote: 'multicast on the local link of each active interface',
      reachable: 'yes',
      reachableWhy: 'Multicast DNS answers other devices on the same local network; it is how Macs, printers and AirPlay devices find each other, and routers do not forward it beyond the link.',
      turnOff: 'There is no supported switch: mDNSResponder also resolves names for other programs, and even the firewall\'s "Block all incoming connections" keeps the basic services a Mac uses to find others on the network.',
      sources: [appleMdnsResponderMan, applePlatformFirewall],
    },
    {
      ports: [5000, 7000],
      protocols: ['tcp'],
      service: 'AirPlay Receiver (lets other Apple devices stream to this Mac)',
      process: 'ControlCenter',
      interfaces: 'all',
      reachable: 'depends',
      reachableWhy: 'It listens on every interface, so devices on the local network can connect unless the macOS firewall is set to block incoming connections.',
      turnOff: 'Turn off AirPlay Receiver in System Settings, General, AirDrop & Handoff (System Preferences, Sharing on macOS 12).',
      sources: [airplayForum, airplayPortsIssue, airplaySettingIssue],
    },
    {
      ports: [22],
      protocols: ['tcp'],
      service: 'Remote Login: the built-in OpenSSH server (remote shell, SFTP and scp)',
      process: 'sshd',
      interfaces: 'all',
      reachable: 'depends',
      reachableWhy: 'Off on a fresh install. Once Remote Login is on, anyone who can reach the Mac and knows the name and password of an allowed account can log in.',
      turnOff: 'Turn off Remote Login in System Settings, General, Sharing (System Preferences, Sharing on older releases).',
      turnOffCommand: 'sudo systemsetup -setremotelogin off',
      whenTurnedOn: 'Remote Login is turned on in Sharing',
      sources: [remoteLoginBook, source.appleHt202944],
    },
    {
      ports: [3283],
      protocols: ['tcp', 'udp'],
      service: 'Apple Remote Desktop: reports and file transfers over TCP, discovery and task control over UDP',
      process: 'ARDAgent (Remote Management)',
      interfaces: 'all',
      reachable: 'depends',
      reachableWhy: 'Off on a fresh install. Once Remote Management is turned on, Apple Remote Desktop administrators on the network can reach it, and the UDP side answers any probe, which attackers have abused for traffic amplification.',
      turnOff: 'Turn off Remote Management in System Settings, General, Sharing (System Preferences, Sharing on older releases).',
      whenTurnedOn: 'Remote Management is turned on in Sharing',
      sources: [remoteManagementPort],
    },
  ],
};
