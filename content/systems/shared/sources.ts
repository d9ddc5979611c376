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
