import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, parseQuery } from '../../src/lib/search-query';

describe('parseQuery: port numbers go straight to their page', () => {
  it.each([
    ['60023', 60023, null],
    [' 60023 ', 60023, null],
    [':60023', 60023, null],
    ['port 60023', 60023, null],
    ['Port:443', 443, null],
    ['60023/tcp', 60023, 'tcp'],
    ['tcp/60023', 60023, 'tcp'],
    ['udp 53', 53, 'udp'],
    ['53 UDP', 53, 'udp'],
    ['0', 0, null],
    ['65535', 65535, null],
    // Typed by a person: a leading zero or plus sign cannot mean anything but the decimal number.
    ['080', 80, null],
    ['+80', 80, null],
  ])('reads %j as port %i (protocol %s)', (query, port, protocol) => {
    expect(parseQuery(query)).toEqual({ kind: 'port', port, protocol });
  });
});

describe('parseQuery: spans', () => {
  it.each(['6000-6063', '6000–6063', '6000 - 6063', 'ports 6000 to 6063'])('reads %j as a span', (query) => {
    expect(parseQuery(query)).toEqual({ kind: 'span', start: 6000, end: 6063 });
  });
  it('explains reversed and out-of-range spans', () => {
    expect(parseQuery('6063-6000')).toMatchObject({ kind: 'invalid', reason: expect.stringContaining('6000–6063') });
    expect(parseQuery('60000-70000')).toMatchObject({ kind: 'invalid', reason: expect.stringContaining('0 to 65535') });
  });
});

describe('parseQuery: what is not a port says why', () => {
  it.each([
    ['65536', /above 65535/],
    ['-1', /never negative/],
    ['0x50', /decimal: 0x50 is 80/],
    ['1e3', /whole numbers/],
    ['99999999999999999999', /above 65535/],
    ['70000/tcp', /above 65535/],
  ])('%j is invalid', (query, reason) => {
    const parsed = parseQuery(query);
    expect(parsed.kind).toBe('invalid');
    if (parsed.kind === 'invalid') expect(parsed.reason).toMatch(reason);
  });
});

describe('parseQuery: words', () => {
  it('treats service names and free text as words', () => {
    expect(parseQuery('postgres')).toEqual({ kind: 'words', text: 'postgres' });
    expect(parseQuery('  remote   desktop ')).toEqual({ kind: 'words', text: 'remote desktop' });
  });

  it('is empty for blank input', () => {
    expect(parseQuery('   ')).toEqual({ kind: 'empty' });
  });

  it('survives hostile input: markup, control characters, bidi overrides, emoji and 10 kB strings', () => {
    expect(parseQuery('<script>alert(1)</script>')).toEqual({ kind: 'words', text: '<script>alert(1)</script>' });
    expect(parseQuery('ss\u0000h\u202e')).toEqual({ kind: 'words', text: 'ss h' });
    expect(parseQuery('\u202e22')).toEqual({ kind: 'port', port: 22, protocol: null });
    expect(parseQuery('🚀 ssh')).toEqual({ kind: 'words', text: '🚀 ssh' });
    const long = parseQuery('a'.repeat(10_000));
    expect(long.kind).toBe('words');
    if (long.kind === 'words') expect(long.text.length).toBe(MAX_QUERY_LENGTH);
  });
});
