import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { isOsEphemeralSubRange } from '../../src/lib/ephemeral-spans';
import { describe, expect, it } from 'vitest';
import { content, portData, recordsByPort } from '../../src/data/site-data';
import { bitsetHas } from '../../src/lib/bitset';
import {
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

const data = pickerDataFrom(recordsByPort, portData.notableByPort.keys(), content.ranges, content.ephemeralRanges);
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
  it('marks IANA assignments, reservations and unofficial uses', () => {
    expect(bitsetHas(data.assigned, 22)).toBe(true);
    expect(bitsetHas(data.assigned, 60023)).toBe(false);
    expect(bitsetHas(data.reserved, 2)).toBe(true);
    expect(bitsetHas(data.unofficial, 30080)).toBe(true); // Kubernetes NodePorts
    expect(bitsetHas(data.unofficial, 55000)).toBe(true); // LiveKit, coturn: an application's span, even one equal to an OS's
    expect(bitsetHas(data.unofficial, 62000)).toBe(true); // coturn's relay span
    for (const entry of portData.notableByPort.keys()) expect(bitsetHas(data.unofficial, entry)).toBe(true);
  });

  it('treats the OS ephemeral sub-ranges as their own choice, not as unofficial uses', () => {
    const osSlugs = content.ranges.filter(isOsEphemeralSubRange).map((range) => range.slug).sort();
    expect(osSlugs).toEqual(expect.arrayContaining(['linux-ephemeral', 'linux-ephemeral-legacy', 'macos-ephemeral', 'windows-ephemeral', 'windows-xp-ephemeral']));
    expect(osSlugs).not.toContain('coturn-relay');
    expect(osSlugs).not.toContain('kubernetes-nodeport');
  });

  it('survives the JSON round trip and stays within the 30 KB gzip budget with the script', () => {
    const json = JSON.stringify(encodePickerData(data));
    const back = decodePickerData(JSON.parse(json));
    expect(back.assigned).toEqual(data.assigned);
    expect(back.unofficial).toEqual(data.unofficial);
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
      expect(bitsetHas(data.assigned, port)).toBe(false);
      expect(bitsetHas(data.reserved, port)).toBe(false);
      expect(bitsetHas(data.unofficial, port)).toBe(false);
      expect(port).toBeGreaterThanOrEqual(FIRST_UNPRIVILEGED_PORT);
      for (const id of DEFAULT_EPHEMERAL) {
        const range = data.ephemeralRanges.find((candidate) => candidate.id === id)!;
        expect(port < range.start || port > range.end, `${port} is outside ${range.system}'s ${range.start}–${range.end}`).toBe(true);
      }
      expect(reason).toMatch(/^Not assigned by IANA, no known unofficial use, outside the Linux, Windows and macOS ephemeral ranges; /);
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

  it('agrees with violations() about which ports fit', () => {
    const constraints: PickerConstraints = { ...DEFAULT_CONSTRAINTS, avoidEphemeralOf: ['freebsd', 'windows-xp'] };
    const fits = fitsConstraints(constraints, data);
    for (let port = 0; port <= 65535; port += 7) expect(fits(port)).toBe(violations(port, constraints, data).length === 0);
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
    expect(low.message).toMatch(/^No port between 0 and 1023 fits: each one is assigned or reserved, in known unofficial use, below 1024 or in the Linux, Windows and macOS ephemeral ranges\. /);
    const reversed = suggestPorts({ ...DEFAULT_CONSTRAINTS, preferredStart: 9000, preferredEnd: 8000 }, data);
    expect(reversed.suggestions).toEqual([]);
    expect(reversed.message).toMatch(/Swap/);
    const ssh = suggestPorts({ ...DEFAULT_CONSTRAINTS, preferredStart: 22, preferredEnd: 22, avoidBelow1024: false }, data);
    expect(ssh.message).toMatch(/^No port between 22 and 22 fits/);
  });

  it('says when fewer ports than a full list fit, and says so in the reason when a constraint is off', () => {
    const one = suggestPorts({ avoidAssigned: false, avoidUnofficial: false, avoidBelow1024: false, avoidEphemeralOf: [], preferredStart: 22, preferredEnd: 22 }, data);
    expect(one.suggestions.map((s) => s.port)).toEqual([22]);
    expect(one.message).toBe('Only 1 port between 22 and 22 fits these choices.');
    expect(one.suggestions[0].reason).toMatch(/^Assigned by IANA .*, but has a known unofficial use/);
    const inside = suggestPorts({ ...DEFAULT_CONSTRAINTS, avoidUnofficial: false, avoidEphemeralOf: [], preferredStart: 61000, preferredEnd: 61100 }, data);
    expect(inside.suggestions[0].reason).toMatch(/but has a known unofficial use, inside the Windows, macOS, .* ephemeral ranges, so a client may briefly hold it; /);
  });

  it('shows the same ports to whoever opens a shared link', () => {
    const next = random(4242);
    for (let round = 0; round < 50; round++) {
      const constraints = randomConstraints(next);
      const shared = parsePickerQuery(pickerQuery(constraints), ids);
      expect(suggestPorts(shared, data), pickerQuery(constraints)).toEqual(suggestPorts(constraints, data));
    }
  });
});

describe('the picker query', () => {
  it('round-trips constraints', () => {
    const next = random(7);
    for (let i = 0; i < 50; i++) {
      const constraints = randomConstraints(next);
      expect(parsePickerQuery(pickerQuery(constraints), ids)).toEqual(constraints);
    }
  });

  it('writes the defaults as the documented query', () => {
    expect(pickerQuery(DEFAULT_CONSTRAINTS)).toBe('avoid=assigned,unofficial,low&os=linux,windows,macos&from=&to=');
    expect(parsePickerQuery('', ids)).toEqual(DEFAULT_CONSTRAINTS);
  });

  it('reads the form’s repeated fields, including an empty choice, and ignores junk', () => {
    expect(parsePickerQuery('avoid=&avoid=low&os=&os=freebsd&from=2000&to=3000', ids)).toEqual({
      avoidAssigned: false,
      avoidUnofficial: false,
      avoidBelow1024: true,
      avoidEphemeralOf: ['freebsd'],
      preferredStart: 2000,
      preferredEnd: 3000,
    });
    expect(parsePickerQuery('avoid=&os=', ids)).toEqual({ avoidAssigned: false, avoidUnofficial: false, avoidBelow1024: false, avoidEphemeralOf: [] });
    expect(parsePickerQuery('avoid=bogus,assigned&os=plan9,linux,linux&from=70000&to=-1', ids)).toEqual({
      avoidAssigned: true,
      avoidUnofficial: false,
      avoidBelow1024: false,
      avoidEphemeralOf: ['linux'],
    });
  });
});
