import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { isOsEphemeralSubRange } from '../../src/lib/ephemeral-spans';
import { describe, expect, it } from 'vitest';
import { content, portData, recordsByPort } from '../../src/data/site-data';
import { bitsetHas } from '../../src/lib/bitset';
import {
  BLOCKER_MIN_PORTS,
  blockerItem,
  DEFAULT_CONSTRAINTS,
  DEFAULT_EPHEMERAL,
  FIRST_UNPRIVILEGED_PORT,
  SUGGESTION_COUNT,
  decodePickerData,
  encodePickerData,
  fitsConstraints,
  parsePickerQuery,
  pickerDataFrom,
  pickerQuery,
  suggestPorts,
  violations,
  type PickerConstraints,
} from '../../src/lib/port-picker';

const data = pickerDataFrom(recordsByPort, portData.notableByPort.values(), content.ranges, content.ephemeralRanges);
const ids = content.ephemeralRanges.map((range) => range.id);

/** A small seeded generator, so that a failure can be reproduced. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function randomConstraints(next: () => number): PickerConstraints {
  const constraints: PickerConstraints = {
    protocol: (['both', 'tcp', 'udp'] as const)[Math.floor(next() * 3)],
    avoidAssigned: next() < 0.7,
    avoidUnofficial: next() < 0.6,
    avoidBelow1024: next() < 0.6,
    avoidEphemeralOf: ids.filter(() => next() < 0.35),
  };
  if (next() < 0.5) {
    const a = Math.floor(next() * 65536);
    const b = Math.min(65535, a + Math.floor(next() * (next() < 0.5 ? 300 : 20000)));
    constraints.preferredStart = a;
    constraints.preferredEnd = b;
  } else if (next() < 0.3) {
    constraints.preferredStart = Math.floor(next() * 65536);
  }
  return constraints;
}

describe('the picker data', () => {
  it('marks IANA assignments and reservations per protocol, notable ports, and names the curated spans', () => {
    expect(bitsetHas(data.assigned.tcp, 22) && bitsetHas(data.assigned.udp, 22)).toBe(true);
    expect(bitsetHas(data.assigned.tcp, 60023) || bitsetHas(data.assigned.udp, 60023)).toBe(false);
    expect(bitsetHas(data.reserved.tcp, 2) || bitsetHas(data.reserved.udp, 2)).toBe(true);
    // 51820 is WireGuard's, and WireGuard speaks UDP only: a TCP service may take the number.
    expect(bitsetHas(data.unofficial.udp, 51820)).toBe(true);
    expect(bitsetHas(data.unofficial.tcp, 51820)).toBe(false);
    for (const entry of portData.notableByPort.values()) {
      for (const protocol of entry.protocols.filter((p) => p === 'tcp' || p === 'udp')) expect(bitsetHas(data.unofficial[protocol], entry.port)).toBe(true);
    }
    const names = data.spans.map((span) => span.name);
    expect(names).toContain('Kubernetes NodePort services');
    expect(data.spans.find((span) => span.name.startsWith('coturn'))).toMatchObject({ start: 49152, end: 65535, protocols: ['udp'] });
  });

  it('treats the OS ephemeral sub-ranges as their own choice, not as spans in unofficial use', () => {
    const osSlugs = content.ranges.filter(isOsEphemeralSubRange).map((range) => range.slug).sort();
    expect(osSlugs).toEqual(expect.arrayContaining(['freebsd-ephemeral', 'linux-ephemeral', 'linux-ephemeral-legacy', 'macos-ephemeral', 'windows-ephemeral', 'windows-xp-ephemeral']));
    const osNames = content.ranges.filter(isOsEphemeralSubRange).map((range) => range.name);
    for (const name of osNames) expect(data.spans.map((span) => span.name)).not.toContain(name);
    expect(osSlugs).not.toContain('coturn-relay');
    expect(osSlugs).not.toContain('kubernetes-nodeport');
  });

  it('with the unofficial-use choice off and no system ticked, blocks nothing in 10000–32767 but IANA records', () => {
    const constraints: PickerConstraints = { ...DEFAULT_CONSTRAINTS, avoidUnofficial: false, avoidEphemeralOf: [] };
    for (let port = 10000; port <= 32767; port++) {
      expect(violations(port, constraints, data).filter((v) => !/IANA/.test(v)), String(port)).toEqual([]);
    }
    // Ticking FreeBSD alone then blocks 10000–65535 and names FreeBSD as the reason.
    const freebsd = { ...constraints, avoidEphemeralOf: ['freebsd'] };
    expect(violations(20001, freebsd, data)).toContain('in the FreeBSD ephemeral range');
  });

  it('survives the JSON round trip and stays within the 30 KB gzip budget with the script', () => {
    const json = JSON.stringify(encodePickerData(data));
    const back = decodePickerData(JSON.parse(json));
    expect(back.assigned).toEqual(data.assigned);
    expect(back.reserved).toEqual(data.reserved);
    expect(back.unofficial).toEqual(data.unofficial);
    expect(back.spans).toEqual(data.spans);
    expect(back.ephemeralRanges.map((range) => range.id)).toEqual(ids);
    const dataGzip = gzipSync(json, { level: 9 }).length;
    // The script bundles these sources; their gzip size is an upper bound on the minified bundle's.
    const sources = ['src/lib/bitset.ts', 'src/lib/port-number.ts', 'src/lib/port-picker.ts', 'src/browser/port-picker.ts'].map((path) => readFileSync(path, 'utf8')).join('\n');
    const scriptGzip = gzipSync(sources, { level: 9 }).length;
    console.info(`[port-picker] data ${json.length} bytes (${dataGzip} gzip); script sources ${sources.length} bytes (${scriptGzip} gzip); total ≤ ${dataGzip + scriptGzip} gzip`);
    expect(dataGzip + scriptGzip).toBeLessThan(30 * 1024);
  });
});

describe('suggestPorts', () => {
  it('with the defaults, suggests spread-out ports that are unassigned, unused, unprivileged and outside Linux, Windows and macOS ephemeral ranges', () => {
    const result = suggestPorts(DEFAULT_CONSTRAINTS, data);
    expect(result.suggestions).toHaveLength(SUGGESTION_COUNT);
    expect(result.message).toBeNull();
    for (const { port, reason } of result.suggestions) {
      for (const protocol of ['tcp', 'udp'] as const) {
        expect(bitsetHas(data.assigned[protocol], port)).toBe(false);
        expect(bitsetHas(data.reserved[protocol], port)).toBe(false);
        expect(bitsetHas(data.unofficial[protocol], port)).toBe(false);
      }
      for (const span of data.spans) expect(port < span.start || port > span.end, `${port} is in ${span.name}`).toBe(true);
      expect(port).toBeGreaterThanOrEqual(FIRST_UNPRIVILEGED_PORT);
      for (const id of DEFAULT_EPHEMERAL) {
        const range = data.ephemeralRanges.find((candidate) => candidate.id === id)!;
        expect(port < range.start || port > range.end, `${port} is outside ${range.system}'s ${range.start}–${range.end}`).toBe(true);
      }
      expect(reason).toMatch(/^Not assigned by IANA for TCP or UDP, no known unofficial use, outside the Linux, Windows and macOS ephemeral ranges; /);
    }
    const ports = result.suggestions.map((s) => s.port).sort((a, b) => a - b);
    for (let i = 1; i < ports.length; i++) expect(ports[i] - ports[i - 1]).toBeGreaterThan(1);
    expect(ports.at(-1)! - ports[0]).toBeGreaterThan(1000); // spread over the space, not bunched
    console.info(`[port-picker] default suggestions: ${result.suggestions.map((s) => `${s.port} (${s.reason})`).join('\n  ')}`);
  });

  it('never suggests a port that breaks a chosen constraint, over many random constraint sets', () => {
    const next = random(20260817);
    for (let round = 0; round < 300; round++) {
      const constraints = randomConstraints(next);
      const result = suggestPorts(constraints, data);
      const fits = fitsConstraints(constraints, data);
      for (const { port, runStart, runEnd } of result.suggestions) {
        expect(violations(port, constraints, data), `${port} for ${pickerQuery(constraints)}`).toEqual([]);
        expect(runStart <= port && port <= runEnd).toBe(true);
        expect(fits(runStart) && fits(runEnd)).toBe(true);
      }
      expect(new Set(result.suggestions.map((s) => s.port)).size).toBe(result.suggestions.length);
      expect(result.suggestions.length).toBeLessThanOrEqual(SUGGESTION_COUNT);
      if (result.candidates >= SUGGESTION_COUNT * 2) expect(result.suggestions.length).toBeGreaterThan(SUGGESTION_COUNT / 2);
      if (result.suggestions.length === 0) {
        // An empty list is only ever the answer when nothing fits, and it always says why.
        expect(result.candidates, pickerQuery(constraints)).toBe(0);
        expect(result.message).toMatch(/No port|preferred span starts/);
      }
    }
  });

  it('agrees with violations() about which ports fit, for each protocol choice', () => {
    for (const protocol of ['both', 'tcp', 'udp'] as const) {
      const constraints: PickerConstraints = { ...DEFAULT_CONSTRAINTS, protocol, avoidEphemeralOf: ['freebsd', 'windows-xp'] };
      const fits = fitsConstraints(constraints, data);
      for (let port = 0; port <= 65535; port += 7) expect(fits(port)).toBe(violations(port, constraints, data).length === 0);
    }
  });

  it('for TCP, offers ports that only a UDP program uses, and for UDP, the reverse', () => {
    const base: PickerConstraints = { ...DEFAULT_CONSTRAINTS, avoidEphemeralOf: [], preferredStart: 51820, preferredEnd: 51820 };
    expect(suggestPorts({ ...base, protocol: 'udp' }, data).suggestions).toEqual([]);
    expect(suggestPorts({ ...base, protocol: 'both' }, data).suggestions).toEqual([]);
    const tcp = suggestPorts({ ...base, protocol: 'tcp' }, data);
    expect(tcp.suggestions.map((s) => s.port)).toEqual([51820]);
    expect(tcp.suggestions[0].reason).toMatch(/^Not assigned by IANA for TCP, /);
    // coturn's relays are UDP: for TCP the dynamic range is open once no system's range is avoided.
    expect(suggestPorts({ ...DEFAULT_CONSTRAINTS, protocol: 'tcp', avoidEphemeralOf: [], preferredStart: 62000, preferredEnd: 62100 }, data).candidates).toBeGreaterThan(50);
    expect(suggestPorts({ ...DEFAULT_CONSTRAINTS, protocol: 'udp', avoidEphemeralOf: [], preferredStart: 62000, preferredEnd: 62100 }, data).candidates).toBe(0);
  });

  it('keeps to the preferred span', () => {
    const result = suggestPorts({ ...DEFAULT_CONSTRAINTS, preferredStart: 8000, preferredEnd: 8999 }, data);
    expect(result.suggestions.length).toBeGreaterThan(0);
    for (const { port, runStart, runEnd } of result.suggestions) {
      expect(port).toBeGreaterThanOrEqual(8000);
      expect(port).toBeLessThanOrEqual(8999);
      expect(runStart).toBeGreaterThanOrEqual(8000);
      expect(runEnd).toBeLessThanOrEqual(8999);
    }
  });

  it('returns nothing, with a message, when the constraints exclude everything', () => {
    const low = suggestPorts({ ...DEFAULT_CONSTRAINTS, preferredStart: 0, preferredEnd: 1023 }, data);
    expect(low.suggestions).toEqual([]);
    expect(low.candidates).toBe(0);
    expect(low.message).toMatch(/^No port between 0 and 1023 fits these choices\. Blocking it: ports below 1024 \(0–1023\)/);
    const reversed = suggestPorts({ ...DEFAULT_CONSTRAINTS, preferredStart: 9000, preferredEnd: 8000 }, data);
    expect(reversed.suggestions).toEqual([]);
    expect(reversed.message).toMatch(/Swap/);
    const ssh = suggestPorts({ ...DEFAULT_CONSTRAINTS, preferredStart: 22, preferredEnd: 22, avoidBelow1024: false }, data);
    expect(ssh.message).toMatch(/^No port between 22 and 22 fits these choices\. Blocking it: 1 port assigned or reserved by IANA for TCP or UDP\. /);
  });

  it('names the spans that block a preferred span that yields nothing', () => {
    const result = suggestPorts({ ...DEFAULT_CONSTRAINTS, preferredStart: 20000, preferredEnd: 21000 }, data);
    expect(result.suggestions).toEqual([]);
    expect(result.message).toContain('Asterisk RTP media (10000–20000)');
    expect(result.message).toContain('HashiCorp Nomad dynamic ports (20000–32000)');
    expect(result.message).toContain('FreeSWITCH');
    expect(result.message).toMatch(/Untick a choice above or widen the preferred span\.$/);
    expect(result.blockers.map((b) => b.choice)).toEqual(result.blockers.map(() => 'unofficial'));
    const linux = suggestPorts({ ...DEFAULT_CONSTRAINTS, avoidUnofficial: false, preferredStart: 40000, preferredEnd: 40010 }, data);
    expect(linux.message).toMatch(/Blocking it: the Linux ephemeral range \(32768–60999\)/);
  });

  it('with the defaults, says which wide spans keep the suggestions below 10000', () => {
    const result = suggestPorts(DEFAULT_CONSTRAINTS, data);
    const labels = result.blockers.map((b) => `${b.label} ${b.start}–${b.end}`);
    expect(labels).toEqual(expect.arrayContaining(['ports below 1024 0–1023', 'the Linux ephemeral range 32768–60999', 'the Windows and macOS ephemeral ranges 49152–65535', 'Asterisk RTP media 10000–20000', 'Kubernetes NodePort services 30000–32767']));
    for (const blocker of result.blockers) expect(blocker.end - blocker.start + 1).toBeGreaterThanOrEqual(BLOCKER_MIN_PORTS);
    const items = result.blockers.map(blockerItem);
    expect(items).toEqual(expect.arrayContaining(['Ports below 1024', 'The Linux ephemeral range', 'coturn TURN relay ports']));
    // Together with the spans above, they leave nothing uncovered between 10000 and 65535.
    for (let port = 10000; port <= 65535; port++) expect(result.blockers.some((b) => b.start <= port && port <= b.end), String(port)).toBe(true);
  });

  it('says when fewer ports than a full list fit, and says so in the reason when a constraint is off', () => {
    const one = suggestPorts({ protocol: 'both', avoidAssigned: false, avoidUnofficial: false, avoidBelow1024: false, avoidEphemeralOf: [], preferredStart: 22, preferredEnd: 22 }, data);
    expect(one.suggestions.map((s) => s.port)).toEqual([22]);
    expect(one.message).toBe('Only 1 port between 22 and 22 fits these choices.');
    expect(one.suggestions[0].reason).toMatch(/^Assigned by IANA .*, but has a known unofficial use/);
    const inside = suggestPorts({ ...DEFAULT_CONSTRAINTS, avoidUnofficial: false, avoidEphemeralOf: [], preferredStart: 61000, preferredEnd: 61100 }, data);
    expect(inside.suggestions[0].reason).toMatch(/but inside (.+ and )?coturn TURN relay ports.*, inside the Windows, macOS, .* ephemeral ranges, so a client may briefly hold it; /);
  });

  it('shows the same ports to whoever opens a shared link', () => {
    const next = random(4242);
    for (let round = 0; round < 50; round++) {
      const constraints = randomConstraints(next);
      const shared = parsePickerQuery(pickerQuery(constraints), ids).constraints;
      expect(suggestPorts(shared, data), pickerQuery(constraints)).toEqual(suggestPorts(constraints, data));
    }
  });
});

describe('the picker query', () => {
  it('round-trips constraints', () => {
    const next = random(7);
    for (let i = 0; i < 50; i++) {
      const constraints = randomConstraints(next);
      expect(parsePickerQuery(pickerQuery(constraints), ids)).toEqual({ constraints, problems: [] });
    }
  });

  it('writes the defaults as the documented query', () => {
    expect(pickerQuery(DEFAULT_CONSTRAINTS)).toBe('proto=both&avoid=assigned,unofficial,low&os=linux,windows,macos&from=&to=');
    expect(parsePickerQuery('', ids)).toEqual({ constraints: DEFAULT_CONSTRAINTS, problems: [] });
  });

  it('reads the form’s repeated fields, including an empty choice', () => {
    expect(parsePickerQuery('proto=udp&avoid=&avoid=low&os=&os=freebsd&from=2000&to=3000', ids).constraints).toEqual({
      protocol: 'udp',
      avoidAssigned: false,
      avoidUnofficial: false,
      avoidBelow1024: true,
      avoidEphemeralOf: ['freebsd'],
      preferredStart: 2000,
      preferredEnd: 3000,
    });
    expect(parsePickerQuery('avoid=&os=', ids).constraints).toEqual({ protocol: 'both', avoidAssigned: false, avoidUnofficial: false, avoidBelow1024: false, avoidEphemeralOf: [] });
    expect(parsePickerQuery('from=080', ids).constraints.preferredStart).toBe(80);
  });

  it('names every value it cannot use instead of dropping it silently', () => {
    const { constraints, problems } = parsePickerQuery('proto=sctp&avoid=bogus,assigned&os=plan9,linux,linux&from=70000&to=-1', ids);
    expect(constraints).toEqual({ protocol: 'both', avoidAssigned: true, avoidUnofficial: false, avoidBelow1024: false, avoidEphemeralOf: ['linux'] });
    expect(problems).toEqual([
      { field: 'proto', message: 'The protocol “sctp” is not TCP or UDP, so ports free on both are shown.' },
      { field: 'avoid', message: 'Unknown choice “bogus”, ignored.' },
      { field: 'os', message: 'Unknown system “plan9”, ignored.' },
      { field: 'from', message: 'The start of the preferred span, 70000, is beyond the last port, 65535, so it is ignored.' },
      { field: 'to', message: 'The end of the preferred span, “-1”, is not a whole number from 0 to 65535, so it is ignored.' },
    ]);
    expect(parsePickerQuery('from=65535&to=0', ids).problems).toEqual([]);
  });
});
