import { describe, expect, it } from 'vitest';
import { isPortNumber, isProtocol, MAX_PORT, parsePort, PORT_COUNT, PROTOCOL_LABELS, PROTOCOLS } from '../../src/lib/port-number';

describe('port numbers', () => {
  it('are the integers 0–65535 and nothing else', () => {
    expect(MAX_PORT).toBe(65535);
    expect(PORT_COUNT).toBe(65536);
    expect([0, 1, 1023, 65535].every(isPortNumber)).toBe(true);
    expect([-1, 65536, 1.5, Number.NaN, '80'].some(isPortNumber)).toBe(false);
  });

  it('are read in their canonical form only: decimal, no sign, no leading zeros', () => {
    expect(parsePort('0')).toBe(0);
    expect(parsePort('80')).toBe(80);
    expect(parsePort('65535')).toBe(65535);
    for (const bad of ['65536', '-1', '+80', 'abc', '080', '00', '0x50', '1e3', '8.0', '', ' 80', '99999999']) expect(parsePort(bad)).toBeNull();
  });

  it('with leading zeros allowed, read "080" as 80 but still nothing else', () => {
    expect(parsePort('080', { allowLeadingZeros: true })).toBe(80);
    expect(parsePort('00', { allowLeadingZeros: true })).toBe(0);
    expect(parsePort('065536', { allowLeadingZeros: true })).toBeNull();
    for (const bad of ['-1', '+80', '0x50', ' 80']) expect(parsePort(bad, { allowLeadingZeros: true })).toBeNull();
  });
});

describe('protocols', () => {
  it('are the four the registry assigns ports for, each with its label', () => {
    expect(PROTOCOLS).toEqual(['tcp', 'udp', 'sctp', 'dccp']);
    expect(PROTOCOLS.map((protocol) => PROTOCOL_LABELS[protocol])).toEqual(['TCP', 'UDP', 'SCTP', 'DCCP']);
    expect(isProtocol('udp')).toBe(true);
    expect(isProtocol('UDP')).toBe(false);
    expect(isProtocol('quic')).toBe(false);
  });
});
