/**
 * Which systems listen on a port by default: the one answer for port pages (the "listens here by default"
 * links) and for tools that explain a list of ports, such as the explain tool.
 */
import type { Protocol } from './port-number';
import type { Reachability, System } from './schemas/system';
import { systemPath } from './urls';

/** A link from a port to a system page that lists it as a default listener. */
export interface SystemListenerLink {
  /** The system's slug, e.g. "windows-11". */
  slug: string;
  /** The system's name, e.g. "Windows 11". */
  name: string;
  /** `/systems/<slug>/` under the site's base. */
  path: string;
  /** The path with the anchor of the row that lists the port, e.g. `/systems/windows-11/#port-135`. */
  href: string;
  /** Protocols the system listens with on this port. */
  protocols: Protocol[];
  /** What listens there, e.g. "RPC endpoint mapper". */
  service: string;
  /** Whether another machine can reach it on a fresh install. */
  reachable: Reachability;
  /** Set when the system listens here only after a setting is turned on: what turns it on ("Remote Desktop is turned on"). */
  whenTurnedOn?: string;
}

/** A system page row's anchor: `port-<lowest port of the row>` (src/lib/view-models/system-page.ts uses it too). */
export function listenerAnchor(ports: readonly number[]): string {
  return `port-${Math.min(...ports)}`;
}

/** Every port that any system listens on, with the systems, in the systems' order (by name). */
export function indexSystemsByPort(systems: readonly System[]): Map<number, SystemListenerLink[]> {
  const byPort = new Map<number, SystemListenerLink[]>();
  for (const system of systems) {
    for (const listener of system.listeners) {
      for (const port of listener.ports) {
        const links = byPort.get(port) ?? [];
        const existing = links.find((link) => link.slug === system.slug);
        if (existing) {
          // Two rows of one system on one port (e.g. TCP and UDP run by different services) make one link.
          for (const protocol of listener.protocols) if (!existing.protocols.includes(protocol)) existing.protocols.push(protocol);
          if (!existing.service.includes(listener.service)) existing.service += `; ${listener.service}`;
          // A default row outranks a row that needs a setting turned on: the link then says "by default" and leads there.
          if (existing.whenTurnedOn && !listener.whenTurnedOn) {
            existing.href = `${systemPath(system.slug)}#${listenerAnchor(listener.ports)}`;
            existing.reachable = listener.reachable;
            delete existing.whenTurnedOn;
          }
        } else {
          links.push({
            slug: system.slug,
            name: system.name,
            path: systemPath(system.slug),
            href: `${systemPath(system.slug)}#${listenerAnchor(listener.ports)}`,
            protocols: [...listener.protocols],
            service: listener.service,
            reachable: listener.reachable,
            ...(listener.whenTurnedOn ? { whenTurnedOn: listener.whenTurnedOn } : {}),
          });
        }
        byPort.set(port, links);
      }
    }
  }
  return byPort;
}

/**
 * The system pages that list `port` as a default listener, e.g. Windows 11 and Windows Server for 135.
 * Pass the validated systems (`content.systems` from src/data/site-data.ts); an empty list means no system
 * page covers the port.
 */
export function systemsListeningOn(port: number, systems: readonly System[]): SystemListenerLink[] {
  return indexSystemsByPort(systems).get(port) ?? [];
}

/** The heading of a port page's section on system listeners: "by default" unless every link needs a setting turned on. */
export function systemListenersHeading(links: readonly SystemListenerLink[]): string {
  return links.some((link) => !link.whenTurnedOn) ? 'Listening by default' : 'Listening once turned on';
}
