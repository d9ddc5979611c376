/**
 * The view model of a service page, `/services/<name>/`: one IANA service name with its ports and protocols,
 * or a curated alias (`postgres`) that sends readers to the right service or port.
 */
import { PROTOCOL_LABELS } from '../port-number';
import { formatSpan, listWords } from '../ports';
import type { NotablePort } from '../schemas/notable-port';
import { serviceSlug, type ServiceEntry } from '../services';
import { portPath, servicePath } from '../urls';

/** A curated alias that is not an IANA service name, and the service of its port when it is the official one. */
export interface ServiceAlias {
  alias: string;
  port: number;
  target: string | null;
}

export interface ServiceRow {
  /** The port or span as shown, "none" for a name registered without a port. */
  portText: string;
  /** Where the port cell links (the port's page, at the protocol's records for a single port), or null. */
  portHref: string | null;
  protocol: string;
  description: string;
  registered: string;
}

export interface ServicePageModel {
  name: string;
  /** The one-sentence answer shown under the title and used as the meta description. */
  answer: string;
  /** For an alias of an IANA service: that service and its page, which the page refreshes to. */
  redirect: { service: string; href: string } | null;
  /** For an alias: its port's page. */
  aliasPort: { port: number; href: string } | null;
  /** Curated aliases of this service's ports, "Also searched as". */
  knownAs: string[];
  /** The registry's rows for an IANA service; null for an alias. */
  rows: ServiceRow[] | null;
  /** The curated port behind the page (an alias's port, or a notable port the service is registered on), or null. */
  curatedPort: number | null;
}

export function buildServicePageModel(
  slug: string,
  data: { services: ReadonlyMap<string, ServiceEntry>; serviceAliases: ReadonlyMap<string, ServiceAlias>; notablePorts: readonly NotablePort[] },
): ServicePageModel {
  const service = data.services.get(slug);
  if (!service) {
    const alias = data.serviceAliases.get(slug);
    if (!alias) throw new Error(`No IANA service or curated alias has the slug "${slug}"`);
    return {
      name: alias.alias,
      answer: alias.target
        ? `“${alias.alias}” is another name for the IANA service ${alias.target}, on port ${alias.port}.`
        : `“${alias.alias}” is not an IANA service name; Port Atlas knows it as a use of port ${alias.port}.`,
      redirect: alias.target ? { service: alias.target, href: servicePath(alias.target) } : null,
      aliasPort: { port: alias.port, href: portPath(alias.port) },
      knownAs: [],
      rows: null,
      curatedPort: alias.port,
    };
  }
  const name = service.names.join(' / ');
  const withPorts = service.records.filter((record) => record.ports);
  const spans = [...new Set(withPorts.map((record) => formatSpan(record.ports!.start, record.ports!.end)))];
  const protocols = [...new Set(withPorts.map((record) => record.protocol).filter((protocol) => protocol !== null))].map((protocol) => PROTOCOL_LABELS[protocol]);
  const curated = data.notablePorts.filter((entry) => withPorts.some((record) => record.ports!.start === entry.port && record.ports!.end === entry.port));
  const knownAs = curated
    .flatMap((entry) => entry.aliases.filter((alias) => serviceSlug(alias) !== slug));
  const answer =
    withPorts.length > 0
      ? `${name} is an IANA service name registered for port${spans.length === 1 && !spans[0].includes('–') ? '' : 's'} ${listWords(spans)}${protocols.length > 0 ? ` on ${listWords(protocols)}` : ''}.`
      : `${name} is an IANA service name registered without a port number (it is found through DNS SRV records or similar, not a fixed port).`;
  const rows = service.records.map((record): ServiceRow => {
    const ports = record.ports;
    const single = ports !== null && ports.start === ports.end;
    return {
      portText: ports ? formatSpan(ports.start, ports.end) : 'none',
      portHref: ports ? portPath(ports.start, single ? record.protocol : null) : null,
      protocol: record.protocol ? PROTOCOL_LABELS[record.protocol] : '—',
      description: record.descriptionText,
      registered: record.registered ?? '',
    };
  });
  return { name, answer, redirect: null, aliasPort: null, knownAs, rows, curatedPort: curated[0]?.port ?? null };
}
