/**
 * The view models of `/systems/` and `/systems/<slug>/`: what a fresh install listens on, formatted for
 * a table that also reads as stacked cards on a phone. Components only print what is here.
 */
import { listWords } from '../words';
import type { Protocol } from '../port-number';
import type { ListenerInterfaces, Reachability, System, SystemKind } from '../schemas/system';
import type { Source } from '../schemas/source';
import { listenerAnchor } from '../systems';
import { portPath, systemPath } from '../urls';
import { PROTOCOL_LABELS } from '../port-number';

export const REACHABILITY_LABELS: Record<Reachability, string> = { yes: 'Yes', no: 'No', depends: 'Depends' };

export const INTERFACE_LABELS: Record<ListenerInterfaces, string> = {
  all: 'All interfaces',
  loopback: 'Loopback only (127.0.0.1, ::1)',
  specific: 'Some interfaces',
};

export const KIND_LABELS: Record<SystemKind, string> = {
  desktop: 'Desktop and laptop systems',
  server: 'Server systems',
  mobile: 'Phones and tablets',
  device: 'Devices on a home or office network',
};

export interface ListenerRow {
  /** Row anchor, e.g. "port-135". */
  id: string;
  ports: { port: number; path: string }[];
  /** "TCP", "TCP and UDP". */
  protocols: string;
  service: string;
  process: string;
  interfaces: string;
  interfacesNote?: string;
  reachable: Reachability;
  reachableLabel: string;
  reachableWhy: string;
  turnOff: string;
  turnOffCommand?: string;
  sources: Source[];
  /** For a listener that is off on a fresh install: what turns it on ("Remote Desktop is turned on"). */
  whenTurnedOn?: string;
}

export interface SystemPageModel {
  slug: string;
  name: string;
  versions: string;
  summary: string;
  baseline: string;
  firewall: { summary: string; sources: Source[] } | null;
  path: string;
  /** The page title's lead, e.g. "What Windows 11 listens on by default". */
  heading: string;
  /** One sentence for the meta description and the lead paragraph. */
  answer: string;
  /** What a fresh install listens on. */
  rows: ListenerRow[];
  /** Listeners that are off on a fresh install and start when a common setting is turned on. */
  optionalRows: ListenerRow[];
  /** Every distinct port the page lists, ascending, for search metadata. */
  ports: number[];
}

function protocolsLabel(protocols: readonly Protocol[]): string {
  return listWords(protocols.map((protocol) => PROTOCOL_LABELS[protocol]));
}

function countPhrase(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** The sentence under the title: how many listeners, and how many of them other machines can reach. */
export function systemAnswer(system: System): string {
  const defaults = system.listeners.filter((listener) => !listener.whenTurnedOn);
  const optional = system.listeners.length - defaults.length;
  const count = (reachable: Reachability) => defaults.filter((listener) => listener.reachable === reachable).length;
  const parts = [
    [count('yes'), 'reachable from other machines as installed'],
    [count('depends'), 'reachable depending on the firewall, a setting or the network'],
    [count('no'), 'serving only the machine itself'],
  ]
    .filter(([n]) => Number(n) > 0)
    .map(([n, phrase]) => `${n} ${phrase}`);
  const more = optional > 0 ? ` ${countPhrase(optional, 'other listener')} ${optional === 1 ? 'starts' : 'start'} only once a setting is turned on.` : '';
  const head = `A fresh install of ${system.name} (${system.versions}) has ${countPhrase(defaults.length, 'listener')} we could source`;
  return parts.length > 0 ? `${head}: ${parts.join('; ')}.${more}` : `${head}.${more}`;
}

export function buildSystemPageModel(system: System): SystemPageModel {
  const rows = system.listeners
    .map((listener): ListenerRow => ({
      id: listenerAnchor(listener.ports),
      ports: [...listener.ports].sort((a, b) => a - b).map((port) => ({ port, path: portPath(port) })),
      protocols: protocolsLabel(listener.protocols),
      service: listener.service,
      process: listener.process,
      interfaces: INTERFACE_LABELS[listener.interfaces],
      interfacesNote: listener.interfacesNote,
      reachable: listener.reachable,
      reachableLabel: REACHABILITY_LABELS[listener.reachable],
      reachableWhy: listener.reachableWhy,
      turnOff: listener.turnOff,
      turnOffCommand: listener.turnOffCommand,
      sources: listener.sources,
      whenTurnedOn: listener.whenTurnedOn,
    }))
    .sort((a, b) => a.ports[0].port - b.ports[0].port || a.protocols.localeCompare(b.protocols));
  // Two rows starting at one port (TCP and UDP run by different services) would share an id; the first keeps
  // the plain one that port pages link to, later ones are numbered.
  const seen = new Map<string, number>();
  for (const row of rows) {
    const count = seen.get(row.id) ?? 0;
    seen.set(row.id, count + 1);
    if (count > 0) row.id = `${row.id}-${count + 1}`;
  }
  return {
    slug: system.slug,
    name: system.name,
    versions: system.versions,
    summary: system.summary,
    baseline: system.baseline,
    firewall: system.firewall ?? null,
    path: systemPath(system.slug),
    heading: `What ${system.name} listens on by default`,
    answer: systemAnswer(system),
    rows: rows.filter((row) => !row.whenTurnedOn),
    optionalRows: rows.filter((row) => row.whenTurnedOn),
    ports: [...new Set(system.listeners.flatMap((listener) => listener.ports))].sort((a, b) => a - b),
  };
}

export interface SystemCard {
  name: string;
  path: string;
  versions: string;
  summary: string;
  /** "135, 137, 138, 139, 445 and 3 more". */
  portsPreview: string;
}

export interface SystemsIndexModel {
  groups: { kind: SystemKind; label: string; systems: SystemCard[] }[];
  total: number;
}

/** How many port numbers a card on `/systems/` names before "and N more". */
export const PREVIEW_PORTS = 6;

export function buildSystemsIndexModel(systems: readonly System[]): SystemsIndexModel {
  const kinds = Object.keys(KIND_LABELS) as SystemKind[];
  const groups = kinds
    .map((kind) => ({
      kind,
      label: KIND_LABELS[kind],
      systems: systems
        .filter((system) => system.kind === kind)
        .map((system): SystemCard => {
          // The card previews what a fresh install listens on; listeners that need a setting turned on come after.
          const page = buildSystemPageModel(system);
          const ports = [...new Set([...page.rows, ...page.optionalRows].flatMap((row) => row.ports.map((entry) => entry.port)))];
          const shown = ports.slice(0, PREVIEW_PORTS).join(', ');
          const more = ports.length - PREVIEW_PORTS;
          return {
            name: system.name,
            path: systemPath(system.slug),
            versions: system.versions,
            summary: system.summary,
            portsPreview: more > 0 ? `${shown} and ${more} more` : shown,
          };
        }),
    }))
    .filter((group) => group.systems.length > 0);
  return { groups, total: systems.length };
}
