import { z } from 'astro/zod';
import { portNumberSchema, protocolSchema } from './port-number';
import { checkedDateSchema, sourceSchema } from './source';

/**
 * A source for a system page. Unlike older curated data, every one must say when it was read, because what a
 * fresh install listens on changes from release to release.
 */
export const checkedSourceSchema = sourceSchema.extend({
  /** The day someone opened the page and saw it say what the row claims, as YYYY-MM-DD. */
  checked: checkedDateSchema,
});

/** Where a listener accepts connections. */
export const listenerInterfacesSchema = z.enum([
  /** Every address of the machine (0.0.0.0 and/or ::), so every network it is attached to. */
  'all',
  /** Only 127.0.0.1 / ::1: other machines cannot reach it, whatever the firewall says. */
  'loopback',
  /** Some interfaces or addresses only, e.g. the LAN side of a router; `interfacesNote` says which. */
  'specific',
]);
export type ListenerInterfaces = z.infer<typeof listenerInterfacesSchema>;

/** Whether another machine on the network can open a connection to the listener on a fresh install. */
export const reachabilitySchema = z.enum(['yes', 'no', 'depends']);
export type Reachability = z.infer<typeof reachabilitySchema>;

/** One row of a system page: a port (or a few that belong together) that a fresh install listens on. */
export const systemListenerSchema = z.object({
  /** The port numbers, e.g. [137, 138] for NetBIOS name and datagram services. */
  ports: z.array(portNumberSchema).min(1, 'needs at least one port'),
  /** Protocols the listener uses on these ports. */
  protocols: z.array(protocolSchema).min(1, 'needs at least one protocol'),
  /** What people know it as, e.g. "SMB file and printer sharing". */
  service: z.string().trim().min(3),
  /** The process or service that owns the socket, as `ss`, `netstat -b` or Task Manager shows it. */
  process: z.string().trim().min(2),
  /** Which interfaces it listens on. */
  interfaces: listenerInterfacesSchema,
  /** For `specific` (or a caveat to `all`): which interfaces, in a few words. */
  interfacesNote: z.string().trim().min(3).optional(),
  /** Whether another machine can reach it on a fresh install. */
  reachable: reachabilitySchema,
  /** Why, in our own words: the firewall default, the network profile, a setting. */
  reachableWhy: z.string().trim().min(20, 'needs a sentence of at least 20 characters'),
  /** How to stop it listening: a setting to change, in our own words. */
  turnOff: z.string().trim().min(10, 'needs a setting or command of at least 10 characters'),
  /** A command that does it, when there is one (shown in a code block). */
  turnOffCommand: z.string().trim().min(3).optional(),
  /**
   * Only for a listener that is off on a fresh install but that people commonly turn on (Remote Desktop, adb over
   * Wi-Fi): what starts it, as words that complete "listens here once …", e.g. "Remote Desktop is turned on".
   * Such rows are listed apart from the default listeners, and port pages do not say "by default" for them.
   */
  whenTurnedOn: z.string().trim().min(10, 'needs a phrase of at least 10 characters').optional(),
  /** Where the port, the owner and the default can be checked. */
  sources: z.array(checkedSourceSchema).min(1, 'needs at least one source'),
});
export type SystemListener = z.infer<typeof systemListenerSchema>;

/** Groups on the `/systems/` index. */
export const systemKindSchema = z.enum(['desktop', 'server', 'mobile', 'device']);
export type SystemKind = z.infer<typeof systemKindSchema>;

/** What a fresh install of one system listens on: the data behind `/systems/<slug>/`. */
export const systemSchema = z.object({
  /** URL segment, e.g. "windows-11" → `/systems/windows-11/`; must match the file name. Stable once published. */
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens'),
  /** Display name, e.g. "Windows 11". */
  name: z.string().trim().min(2),
  /** Index group. */
  kind: systemKindSchema,
  /** Which releases the page describes, e.g. "23H2 and 24H2". */
  versions: z.string().trim().min(2),
  /** One or two sentences, our own words: what a fresh install exposes, in short. */
  summary: z.string().trim().min(20, 'needs a summary of at least 20 characters'),
  /**
   * What "a fresh install" means here: edition, installer choices, and for a generic device (a home router, a
   * printer) what the word "typical" rests on.
   */
  baseline: z.string().trim().min(20, 'needs a sentence of at least 20 characters'),
  /** How the system's own firewall treats incoming connections by default, with its source. */
  firewall: z
    .object({
      /** One or two sentences, our own words. */
      summary: z.string().trim().min(20, 'needs a sentence of at least 20 characters'),
      sources: z.array(checkedSourceSchema).min(1, 'needs at least one source'),
    })
    .optional(),
  /** Ports it listens on by default, each with its own source. */
  listeners: z.array(systemListenerSchema).min(1, 'needs at least one listener'),
});
/** A system as the data files write it. */
export type SystemInput = z.input<typeof systemSchema>;
/** A validated system. */
export type System = z.infer<typeof systemSchema>;
