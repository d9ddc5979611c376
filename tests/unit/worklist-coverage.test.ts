import { describe, expect, it } from 'vitest';
import { parseWorklist, worklistCoverage, type CoverageEntry, type CoverageSpan } from '../../src/lib/worklist-coverage';
import { MAX_PORT } from '../../src/lib/port-number';

const entry = (port: number, protocols: string[], unofficialProtocols: string[] = []): CoverageEntry => ({
  port,
  protocols,
  unofficialUses: unofficialProtocols.length > 0 ? [{ protocols: unofficialProtocols }] : [],
});
const span = (slug: string, start: number, end: number, extra: Partial<CoverageSpan> = {}): CoverageSpan => ({
  slug,
  start,
  end,
  kind: 'sub-range',
  listeners: ['tcp'],
  ...extra,
});

describe('coverage of the common-ports worklist', () => {
  it('counts a port with its own entry only for the protocols the entry covers', () => {
    const [tcp] = worklistCoverage([80, 53], 'tcp', [entry(80, ['tcp']), entry(53, ['udp'])], [], [2]);
    const [udp] = worklistCoverage([80, 53], 'udp', [entry(80, ['tcp']), entry(53, ['udp'])], [], [2]);
    expect(tcp).toMatchObject({ covered: 1, uncovered: [53] });
    expect(udp).toMatchObject({ covered: 1, uncovered: [80] });
  });

  it('counts an unofficial use on another protocol as explaining the port on that protocol', () => {
    const [udp] = worklistCoverage([8080], 'udp', [entry(8080, ['tcp'], ['udp'])], [], [1]);
    expect(udp.covered).toBe(1);
  });

  it('counts a port inside a narrow application span with listeners on that protocol', () => {
    const [tier] = worklistCoverage([5901, 6001], 'tcp', [], [span('vnc', 5900, 5999)], [2]);
    expect(tier).toMatchObject({ covered: 1, uncovered: [6001] });
  });

  it('does not count an operating system ephemeral range, a span of source ports, or a span of 5,000 ports or more', () => {
    const spans = [
      span('windows-xp-ephemeral', 1025, 5000, { ephemeralDefault: 'windows-xp' }),
      span('bindresvport', 512, 1023, { listeners: undefined }),
      span('wide', 10000, 14999),
      span('udp-only', 20000, 20010, { listeners: ['udp'] }),
    ];
    const [tier] = worklistCoverage([1025, 600, 10000, 20005], 'tcp', [], spans, [4]);
    expect(tier.uncovered).toEqual([1025, 600, 10000, 20005]);
    const [narrower] = worklistCoverage([10000], 'tcp', [], [span('narrower', 10000, 14998)], [1]);
    expect(narrower.covered).toBe(1);
  });

  it('reports each tier of the ranked list with its percentage, rounded down', () => {
    const ranked = [1, 2, 3];
    const tiers = worklistCoverage(ranked, 'tcp', [entry(1, ['tcp']), entry(2, ['tcp'])], [], [1, 3]);
    expect(tiers.map(({ size, covered, percent }) => ({ size, covered, percent }))).toEqual([
      { size: 1, covered: 1, percent: 100 },
      { size: 3, covered: 2, percent: 66.6 },
    ]);
  });

  it('reads a worklist file and names the line of a value that is not a port', () => {
    expect(parseWorklist('80\n\n# comment\n443\n', 'list.txt', MAX_PORT)).toEqual([80, 443]);
    expect(() => parseWorklist('80\n70000\n', 'list.txt', MAX_PORT)).toThrow('list.txt: line 2: "70000" is not a port number');
  });
});
