import { describe, expect, it } from 'vitest';
import { IanaParseError, parseIanaRegistry } from '../../src/lib/iana';

/** A registry document with the given records and people, shaped like the real snapshot. */
function registryXml(records: string, people = '<person id="Ann_Example"><name>Ann Example</name><uri>mailto:ann&amp;example.org</uri></person>'): string {
  return `<?xml version='1.0' encoding='UTF-8'?>
<registry xmlns="http://www.iana.org/assignments" id="service-names-port-numbers">
  <updated>2026-08-17</updated>
  ${records}
  <people>${people}</people>
</registry>`;
}
const record = (body: string) => `<record>${body}</record>`;

describe('the IANA parser refuses broken input with a clear message', () => {
  it('fails on malformed XML, naming the line', () => {
    expect(() => parseIanaRegistry('<registry><updated>2026-08-17</updated><record>')).toThrow(IanaParseError);
    expect(() => parseIanaRegistry(registryXml(record('<name>x</name><number>1</number>').replace('</record>', '')))).toThrow(/malformed.*line \d+/);
  });

  it('fails on a port of 70000, naming the record', () => {
    expect(() => parseIanaRegistry(registryXml(record('<name>big</name><protocol>tcp</protocol><description>Too big</description><number>70000</number>')))).toThrow(
      /IANA record #1 \(big\): port "70000" is not a port or span within 0–65535/,
    );
  });

  it('fails on a reversed span and an unknown protocol', () => {
    expect(() => parseIanaRegistry(registryXml(record('<name>r</name><description>R</description><number>20-10</number>')))).toThrow(/port "20-10"/);
    expect(() => parseIanaRegistry(registryXml(record('<name>q</name><protocol>quic</protocol><description>Q</description><number>1</number>')))).toThrow(/unknown protocol "quic"/);
  });

  it('fails on a record with neither a service name nor a description', () => {
    expect(() => parseIanaRegistry(registryXml(record('<protocol>tcp</protocol><description></description><number>5</number>')))).toThrow(
      /IANA record #1 \(port 5\/tcp\): has neither a service name nor a description/,
    );
  });

  it('fails when the snapshot date is missing', () => {
    expect(() => parseIanaRegistry(registryXml('').replace('<updated>2026-08-17</updated>', ''))).toThrow(/no <updated> date/);
  });
});

describe('the IANA parser handles odd but legal input as documented', () => {
  it('keeps a repeated record and counts it, dropping nothing', () => {
    const one = record('<name>dup</name><protocol>tcp</protocol><description>Dup</description><number>7</number>');
    const parsed = parseIanaRegistry(registryXml(one + one));
    expect(parsed.records).toHaveLength(2);
    expect(parsed.duplicates).toBe(1);
  });

  it('keeps a named record with an empty description', () => {
    const parsed = parseIanaRegistry(registryXml(record('<name>quiet</name><protocol>udp</protocol><description/><number>9</number>')));
    expect(parsed.records[0]).toMatchObject({ serviceName: 'quiet', descriptionText: '', status: 'assigned' });
  });

  it('shows a person missing from <people> by their id, readably, and never an e-mail address', () => {
    const parsed = parseIanaRegistry(registryXml(record('<name>who</name><protocol>tcp</protocol><xref type="person" data="Nobody_Listed"/><xref type="person" data="Ann_Example"/><description>Who</description><number>11</number>')));
    expect(parsed.records[0].assignees.map((person) => person.name)).toEqual(['Nobody Listed', 'Ann Example']);
    expect(JSON.stringify(parsed)).not.toMatch(/mailto|example\.org/);
  });

  it('reads exactly as many records as the file has <record> elements', () => {
    const parsed = parseIanaRegistry(registryXml(record('<name>a</name><description>A</description><number>1</number>').repeat(3)));
    expect(parsed.records).toHaveLength(3);
  });
});
