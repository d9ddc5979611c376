/**
 * Sources that several system pages cite. Every one was opened and read on the date in `checked`; the
 * commit-pinned GitHub links point at the exact file version that was read.
 */
import type { z } from 'astro/zod';
import type { checkedSourceSchema } from '../../../src/lib/schemas/system';
import { source } from '../../sources.ts';

type CheckedSource = z.input<typeof checkedSourceSchema>;

const checked = '2026-11-30';

export const microsoftPortReference: CheckedSource = source.microsoftNetworkingServiceOverviewAndNetworkPort2;

export const windowsFirewallDefaultInbound: CheckedSource = source.microsoftNetfwNfNetfwInetfwpolicy2GetDefaultinbo;

export const windowsPublicNetworkDefault: CheckedSource = source.xdaDevelopersWindowsPublicPrivateNetworks;

export const appleMdnsResponderMan: CheckedSource = source.githubMdnsresponder8;

export const cupsDefaultConfig: CheckedSource = source.githubConfIn;

export const cupsNetworkPrinters: CheckedSource = source.githubHelpNetwork;

export const avahiDaemonConfig: CheckedSource = source.githubAvahiDaemonConf;

export const avahiMdnsPort: CheckedSource = source.githubSocketH;

export const resolvedManPage: CheckedSource = source.ubuntuSystemdResolved8;

export const rpcDynamicPortsKb: CheckedSource = source.microsoftNetworkingConfigureRpcDynamicPortAlloca;

export const dynamicPortRangeKb: CheckedSource = source.microsoftNetworkingDefaultDynamicPortRangeTcpipC;

export const wsdapiPorts: CheckedSource = source.microsoftWsdapiAdditionalWsDiscovery;

export const netstatWindows10Wsl: CheckedSource = source.githubMicrosoftWslIssue7377;

export const netstatWindowsVolatility: CheckedSource = source.githubVolatility3Issue756;

export const netstatWindowsFlutter: CheckedSource = source.githubFlutterIssue53477;

export const chronyConfManual: CheckedSource = source.chronyConfManual;

export const ubuntuChronyDefault: CheckedSource = source.ubuntuServerDocsChronyClient;

export const fedoraChronyDefault: CheckedSource = source.fedoraWikiChronyDefaultNtp;

export const cockpitRunning: CheckedSource = {
  url: 'https://github.com/cockpit-project/cockpit-project.github.io/blob/96b0736124aeb65e9850ef07f9ec300eb8846550/running.md',
  title: 'Cockpit project website source: Running Cockpit (installed by default in Fedora Server; reached at https://<address>:9090)',
  kind: 'project',
  checked,
};

export const cockpitSocketUnit: CheckedSource = {
  url: 'https://github.com/cockpit-project/cockpit/blob/233b1c178dcb95ccef356832afd9d60023d601e9/src/systemd/cockpit.socket.in',
  title: 'Cockpit source: cockpit.socket (ListenStream=9090)',
  kind: 'project',
  checked,
};

export const cockpitListenGuide: CheckedSource = {
  url: 'https://github.com/cockpit-project/cockpit/blob/233b1c178dcb95ccef356832afd9d60023d601e9/doc/modules/guide/pages/listen.adoc',
  title: 'Cockpit guide source: TCP Port and Address (cockpit-ws accepts connections on 9090 by default; changing it with a cockpit.socket drop-in)',
  kind: 'project',
  checked,
};

export const fedoraServerZone: CheckedSource = {
  url: 'https://github.com/firewalld/firewalld/blob/2745d6f0ab9e4a43abe97872ed52e62157996166/config/tests/zones/FedoraServer.xml',
  title: 'firewalld source: the Fedora Server zone (test copy): ssh, dhcpv6-client and cockpit allowed',
  kind: 'project',
  checked,
};
