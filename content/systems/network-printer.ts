import type { SystemInput } from '../../src/lib/schemas/system';
import { cupsNetworkPrinters } from './shared/sources';

const printerSettings =
  'In the printer\'s own settings (its control panel or embedded web page), turn off the protocols you do not use; menu names differ by maker.';

export const system: SystemInput = {
  slug: 'network-printer',
  name: 'A typical network printer',
  kind: 'device',
  versions: 'office and home printers with Ethernet or Wi-Fi',
  summary:
    'A network printer accepts print jobs on several protocols at once (IPP, raw AppSocket and often LPD), announces itself with Bonjour and answers SNMP queries about its status.',
  baseline:
    '"Typical" rests on the CUPS project\'s guide to network printers, which describes the protocols most network printers support out of the box; a given model may leave some out or add its own (scanning, web pages, cloud printing).',
  listeners: [
    {
      ports: [161],
      protocols: ['udp'],
      service: 'SNMP queries, which computers use to find printers and read their make, model and protocols',
      process: 'printer firmware (SNMP agent)',
      interfaces: 'all',
      reachable: 'yes',
      reachableWhy: 'Printers answer SNMP v1 broadcasts from computers on the local network; that is how CUPS discovers them.',
      turnOff: printerSettings,
      sources: [cupsNetworkPrinters],
    },
    {
      ports: [515],
      protocols: ['tcp'],
      service: 'LPD (Line Printer Daemon) print jobs',
      process: 'printer firmware',
      interfaces: 'all',
      reachable: 'yes',
      reachableWhy: 'Open to any computer that can reach the printer; LPD has no security, and CUPS calls it a common attack vector.',
      turnOff: printerSettings,
      sources: [cupsNetworkPrinters],
    },
    {
      ports: [631],
      protocols: ['tcp'],
      service: 'IPP (Internet Printing Protocol) print jobs, with encryption available',
      process: 'printer firmware',
      interfaces: 'all',
      reachable: 'yes',
      reachableWhy: 'Open to any computer that can reach the printer; it is the protocol CUPS recommends because it supports encryption and authentication.',
      turnOff: printerSettings,
      sources: [cupsNetworkPrinters],
    },
    {
      ports: [5353],
      protocols: ['udp'],
      service: 'Bonjour (multicast DNS and DNS-SD), announcing the printer\'s IPP and other services',
      process: 'printer firmware',
      interfaces: 'all',
      reachable: 'yes',
      reachableWhy: 'Answers multicast queries from devices on the same local network, which is how computers and phones find the printer without setup.',
      turnOff: printerSettings,
      sources: [cupsNetworkPrinters],
    },
    {
      ports: [9100],
      protocols: ['tcp'],
      service: 'AppSocket, also called JetDirect or raw printing',
      process: 'printer firmware',
      interfaces: 'all',
      reachable: 'yes',
      reachableWhy: 'Open to any computer that can reach the printer, with no authentication; CUPS warns that it is often an attack vector.',
      turnOff: printerSettings,
      sources: [cupsNetworkPrinters],
    },
  ],
};
