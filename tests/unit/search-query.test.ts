import { describe, expect, it } from 'vitest';
import { isCloseMatch, MAX_QUERY_LENGTH, parseQuery } from '../../src/lib/search-query';

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

describe('parseQuery: pasted addresses and lists of ports', () => {
  it.each([
    ['0.0.0.0:49664', 49664],
    ['[::]:135', 135],
    ['127.0.0.53%lo:53', 53],
    ['*:443', 443],
    [':::22', 22],
    ['127.0.0.1.631', 631],
    ['*.22', 22],
    ['localhost:8080', 8080],
    ['http://localhost:3000/', 3000],
  ])('reads the address %j as port %i', (query, port) => {
    expect(parseQuery(query)).toEqual({ kind: 'port', port, protocol: null });
  });

  it('takes the protocol from a pasted netstat line and ignores the placeholder foreign address', () => {
    expect(parseQuery('  TCP    0.0.0.0:135            0.0.0.0:0              LISTENING       1012')).toEqual({ kind: 'port', port: 135, protocol: 'tcp' });
    expect(parseQuery('udp   UNCONN 0      0      127.0.0.53%lo:53      0.0.0.0:*')).toEqual({ kind: 'port', port: 53, protocol: 'udp' });
  });

  it('lists every port of a pasted block of lines, once each, and not the process ids', () => {
    const paste = 'TCP 0.0.0.0:135 0.0.0.0:0 LISTENING 1012\nTCP 0.0.0.0:445 0.0.0.0:0 LISTENING 4\nTCP [::]:135 [::]:0 LISTENING 1012';
    expect(parseQuery(paste)).toEqual({ kind: 'list', ports: [135, 445], dropped: 0 });
  });

  it('reads numbers separated by spaces or commas as a list', () => {
    expect(parseQuery('135 445')).toEqual({ kind: 'list', ports: [135, 445], dropped: 0 });
    expect(parseQuery('22, 80, 443')).toEqual({ kind: 'list', ports: [22, 80, 443], dropped: 0 });
  });

  it('caps a long list and says how many ports it left out', () => {
    const parsed = parseQuery(Array.from({ length: 70 }, (_, i) => String(1000 + i)).join(' '));
    expect(parsed).toMatchObject({ kind: 'list', dropped: 6 });
    if (parsed.kind === 'list') expect(parsed.ports).toHaveLength(64);
  });

  it('explains a list with a number above the highest port', () => {
    expect(parseQuery('22 70000')).toMatchObject({ kind: 'invalid', reason: expect.stringContaining('70000 is above 65535') });
  });

  it('keeps words with a number in them as words', () => {
    expect(parseQuery('http 2')).toEqual({ kind: 'words', text: 'http 2' });
    expect(parseQuery('windows 11')).toEqual({ kind: 'words', text: 'windows 11' });
    expect(parseQuery('10.0.0.1')).toMatchObject({ kind: 'invalid' });
  });
});

describe('isCloseMatch', () => {
  it('keeps results whose highlighted words match the query or share its stem', () => {
    expect(isCloseMatch('windows', ['Windows'])).toBe(true);
    expect(isCloseMatch('printing', ['printers'])).toBe(true);
    expect(isCloseMatch('time sync', ['clock', 'Time'])).toBe(true);
    expect(isCloseMatch('ssh', ['SSH'])).toBe(true);
  });

  it('drops results that only match a stray letter or a distant prefix', () => {
    expect(isCloseMatch('qzxvkj', ['Q', '-Q'])).toBe(false);
    expect(isCloseMatch('xyzzyplugh', ['(xyClient'])).toBe(false);
  });

  it('keeps a result without highlights, having nothing to judge it by', () => {
    expect(isCloseMatch('anything', [])).toBe(true);
  });
});
