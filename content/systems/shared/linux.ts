/**
 * Listener rows that several Linux distributions share because they ship the same upstream defaults.
 * Each distribution file says in its baseline which of them apply.
 */
import type { z } from 'astro/zod';
import type { systemListenerSchema } from '../../../src/lib/schemas/system';
import { avahiDaemonConfig, avahiMdnsPort, chronyConfManual, cupsDefaultConfig, resolvedManPage } from './sources.ts';
import { source } from '../../sources.ts';

const resolvedStubNotes = source.dominicRicottoneLinuxSystemdresolved;

type ListenerInput = z.input<typeof systemListenerSchema>;
type SourceInput = ListenerInput['sources'][number];

export const resolvedStub: ListenerInput = {
  ports: [53],
  protocols: ['udp', 'tcp'],
  service: 'Local DNS stub resolver that programs on the machine send their lookups to',
  process: 'systemd-resolved',
  interfaces: 'loopback',
  interfacesNote: '127.0.0.53 and 127.0.0.54 only',
  reachable: 'no',
  reachableWhy: 'It binds only to loopback addresses, so other machines cannot send it queries whatever the firewall says.',
  turnOff: 'Set DNSStubListener=no in /etc/systemd/resolved.conf and restart systemd-resolved (then point /etc/resolv.conf at real DNS servers).',
  turnOffCommand: 'sudo systemctl restart systemd-resolved',
  sources: [resolvedManPage, resolvedStubNotes],
};

export const cupsLocal: ListenerInput = {
  ports: [631],
  protocols: ['tcp'],
  service: 'CUPS print scheduler and its web interface (IPP)',
  process: 'cupsd',
  interfaces: 'loopback',
  interfacesNote: 'localhost:631, as the default cupsd.conf sets',
  reachable: 'no',
  reachableWhy: 'The default configuration listens on localhost only; sharing printers with the network is a setting you turn on.',
  turnOff: 'On a machine that never prints, stop and disable the CUPS service and its socket.',
  turnOffCommand: 'sudo systemctl disable --now cups.service cups.socket',
  sources: [cupsDefaultConfig],
};

export const avahiMdns: ListenerInput = {
  ports: [5353],
  protocols: ['udp'],
  service: 'Multicast DNS and DNS service discovery (finds printers and shares, announces this machine as <name>.local)',
  process: 'avahi-daemon',
  interfaces: 'all',
  interfacesNote: 'IPv4 and IPv6 on every interface unless allow-interfaces is set',
  reachable: 'yes',
  reachableWhy: 'It answers multicast queries from other devices on the local network; routers do not forward multicast DNS beyond the link.',
  turnOff: 'Stop and disable avahi-daemon and its socket (printer and share discovery stops), or limit it with allow-interfaces in /etc/avahi/avahi-daemon.conf.',
  turnOffCommand: 'sudo systemctl disable --now avahi-daemon.service avahi-daemon.socket',
  sources: [avahiDaemonConfig, avahiMdnsPort],
};

/**
 * chronyd's command port, where chronyc asks for status. `since` names the releases that ship chrony by default
 * (for the service column) and `defaultSource` is the distribution's own word that they do.
 */
export function chronydCommandPort(since: string, defaultSource: SourceInput): ListenerInput {
  return {
    ports: [323],
    protocols: ['udp'],
    service: `chrony's command port, where chronyc asks the time daemon for its status (${since})`,
    process: 'chronyd',
    interfaces: 'loopback',
    interfacesNote: '127.0.0.1 and ::1, chrony\'s default bindcmdaddress',
    reachable: 'no',
    reachableWhy:
      'chronyd binds the command socket to the loopback addresses unless bindcmdaddress says otherwise. It opens the NTP server port, 123, only when an allow directive lets clients in, which the default configuration does not.',
    turnOff: 'Add the line cmdport 0 to chrony\'s configuration and restart chronyd: time keeps syncing, and chronyc still works for root through chronyd\'s Unix socket.',
    sources: [chronyConfManual, defaultSource],
  };
}
