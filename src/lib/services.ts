/**
 * Service pages: `/services/<slug>/` for every IANA service name. Service names are case-insensitive in
 * the registry (RFC 6335 §5.1) and a few hold characters that do not belong in a path segment
 * (`whois++`, `cl/1`, `sql*net`), so the slug lower-cases the name and replaces anything else with "-".
 */
import type { IanaRecord } from './iana';

export function serviceSlug(name: string): string {
  const slug = name.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '');
  return slug || 'service';
}

export interface ServiceEntry {
  slug: string;
  /** The names as the registry writes them (several only when two names share a slug). */
  names: string[];
  records: IanaRecord[];
}

/** Groups every named registry record by service slug, in registry order. */
export function groupServices(records: readonly IanaRecord[]): Map<string, ServiceEntry> {
  const services = new Map<string, ServiceEntry>();
  for (const record of records) {
    if (!record.serviceName) continue;
    const slug = serviceSlug(record.serviceName);
    let entry = services.get(slug);
    if (!entry) {
      entry = { slug, names: [], records: [] };
      services.set(slug, entry);
    }
    if (!entry.names.includes(record.serviceName)) entry.names.push(record.serviceName);
    entry.records.push(record);
  }
  return services;
}
