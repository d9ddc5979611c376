import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { indexRecordsByPort, parseIanaRegistry, parsePortSpan, plainText, type IanaRegistry } from '../../src/lib/iana';

let registry: IanaRegistry;
let byPort: ReturnType<typeof indexRecordsByPort>;

beforeAll(() => {
  registry = parseIanaRegistry(readFileSync('content/iana/service-names-port-numbers.xml', 'utf8'));
  byPort = indexRecordsByPort(registry.records);
});

const recordsOn = (port: number, protocol?: string) =>
  byPort[port].filter((record) => protocol === undefined || record.protocol === protocol);

describe('the IANA registry snapshot', () => {
  it('reads every one of the 14,533 records and the snapshot date', () => {
    expect(registry.records).toHaveLength(14533);
    expect(registry.updated).toBe('2026-08-17');
  });

  it('knows 22 is ssh on tcp, udp and sctp', () => {
    for (const protocol of ['tcp', 'udp', 'sctp']) {
      expect(recordsOn(22, protocol).map((record) => record.serviceName)).toContain('ssh');
    }
  });

  it('knows 5432 is postgresql, assigned to Tom Lane, and never exposes an e-mail address', () => {
    const [tcp] = recordsOn(5432, 'tcp');
    expect(tcp.serviceName).toBe('postgresql');
    expect(tcp.assignees.map((person) => person.name)).toEqual(['Tom Lane']);
    expect(JSON.stringify(registry.records)).not.toMatch(/mailto:|&amp;|[a-z]&[a-z]+\.(com|org|net)/i);
    expect(JSON.stringify([...registry.people.values()])).not.toContain('mailto');
  });

  it('keeps the unauthorized-use report on 79 (finger)', () => {
    const [tcp] = recordsOn(79, 'tcp');
    expect(tcp.serviceName).toBe('finger');
    expect(plainText(tcp.unauthorizedUse)).toMatch(/Unauthorized use by some mail users/);
  });

  it('records that port 2 was de-assigned on 2025-02-13 and is now reserved', () => {
    const records = recordsOn(2);
    expect(records.length).toBeGreaterThan(0);
    for (const record of records) {
      expect(record.status).toBe('reserved');
      expect(record.deassignedOn).toBe('2025-02-13');
    }
  });

  it('has no record for 60023, which lies in the dynamic range', () => {
    expect(recordsOn(60023)).toEqual([]);
  });

  it('applies a span record such as x11 6000-6063 to every port it covers', () => {
    for (const port of [6000, 6031, 6063]) {
      expect(recordsOn(port, 'tcp').map((record) => record.serviceName)).toContain('x11');
    }
    expect(recordsOn(6064, 'tcp').map((record) => record.serviceName)).not.toContain('x11');
  });

  it('links RFC references to the RFC Editor and keeps registration and modification dates', () => {
    const [http] = recordsOn(80, 'tcp').filter((record) => record.serviceName === 'http');
    expect(http.references).toContainEqual({ kind: 'rfc', id: 'rfc9110', label: 'RFC 9110', url: 'https://www.rfc-editor.org/rfc/rfc9110' });
    expect(http.modified).toBe('2021-10-01');
  });

  it('keeps service-name-only registrations in the model', () => {
    const nameOnly = registry.records.filter((record) => record.ports === null);
    expect(nameOnly.length).toBeGreaterThan(1000);
    expect(nameOnly.every((record) => record.serviceName)).toBe(true);
  });
});

describe('parsePortSpan', () => {
  it('reads single ports and spans', () => {
    expect(parsePortSpan('80')).toEqual({ start: 80, end: 80 });
    expect(parsePortSpan('4200-4299')).toEqual({ start: 4200, end: 4299 });
  });
  it('refuses numbers outside 0–65535 and reversed spans', () => {
    expect(parsePortSpan('70000')).toBeNull();
    expect(parsePortSpan('10-5')).toBeNull();
    expect(parsePortSpan('abc')).toBeNull();
  });
});
