/**
 * Sources that several system pages cite. Every one was opened and read on the date in `checked`; the
 * commit-pinned GitHub links point at the exact file version that was read.
 */
import type { z } from 'astro/zod';
import type { checkedSourceSchema } from '../../../src/lib/schemas/system';

type CheckedSource = z.input<typeof checkedSourceSchema>;

const checked = '2026-11-30';

export const microsoftPortReference: CheckedSource = {
  url: 'https://learn.microsoft.com/troubleshoot/windows-server/networking/service-overview-and-network-port-requirements',
  title: 'Microsoft Learn: Service overview and network port requirements for Windows (KB 832017)',
  kind: 'vendor',
  checked,
};

export const windowsFirewallDefaultInbound: CheckedSource = {
  url: 'https://learn.microsoft.com/en-us/windows/win32/api/netfw/nf-netfw-inetfwpolicy2-get_defaultinboundaction',
  title: 'Microsoft Learn: INetFwPolicy2::get_DefaultInboundAction (inbound traffic is blocked by default)',
  kind: 'vendor',
  checked,
};

export const windowsPublicNetworkDefault: CheckedSource = {
  url: 'https://www.xda-developers.com/windows-public-private-networks/',
  title: 'XDA Developers: What is the difference between public and private networks in Windows 11',
  kind: 'secondary',
  checked,
};

export const appleMdnsResponderMan: CheckedSource = {
  url: 'https://github.com/apple-oss-distributions/mDNSResponder/blob/178a33b2f858062c43b351768175113e2a542f87/mDNSShared/mDNSResponder.8',
  title: 'Apple open source: mDNSResponder(8) manual page',
  kind: 'os-source',
  checked,
};

export const cupsDefaultConfig: CheckedSource = {
  url: 'https://github.com/OpenPrinting/cups/blob/d19bccfed26ac02b24dac80ba0258588dbeaea61/conf/cupsd.conf.in',
  title: 'CUPS source: conf/cupsd.conf.in (Listen localhost:631)',
  kind: 'project',
  checked,
};

export const cupsNetworkPrinters: CheckedSource = {
  url: 'https://github.com/OpenPrinting/cups/blob/d19bccfed26ac02b24dac80ba0258588dbeaea61/doc/help/network.html',
  title: 'CUPS documentation: Using Network Printers',
  kind: 'project',
  checked,
};

export const avahiDaemonConfig: CheckedSource = {
  url: 'https://github.com/avahi/avahi/blob/9af37a340aca98201e03027c0850688ec5a75a78/avahi-daemon/avahi-daemon.conf',
  title: 'Avahi source: avahi-daemon/avahi-daemon.conf (no interface restriction by default)',
  kind: 'project',
  checked,
};

export const avahiMdnsPort: CheckedSource = {
  url: 'https://github.com/avahi/avahi/blob/9af37a340aca98201e03027c0850688ec5a75a78/avahi-core/socket.h',
  title: 'Avahi source: avahi-core/socket.h (AVAHI_MDNS_PORT 5353)',
  kind: 'project',
  checked,
};

export const resolvedManPage: CheckedSource = {
  url: 'https://manpages.ubuntu.com/manpages/plucky/en/man8/systemd-resolved.8.html',
  title: 'systemd-resolved(8) manual page (Ubuntu)',
  kind: 'os-source',
  checked,
};
