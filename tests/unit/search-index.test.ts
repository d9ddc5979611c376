import { describe, expect, it } from 'vitest';
import { summaryWeights } from '../../src/lib/search-index';

describe('summaryWeights', () => {
  const tcp = Array.from({ length: 200 }, (_, i) => 1000 + i);
  const udp = Array.from({ length: 60 }, (_, i) => 2000 + i);
  const weight = summaryWeights({ tcp: [80, ...tcp], udp: [161, ...udp] });

  it('weighs the ports at the very top of either worklist most', () => {
    expect(weight(80)).toBe(6);
    expect(weight(161)).toBe(6);
  });

  it('weighs the rest of the first tier less, and every other port least', () => {
    expect(weight(1050)).toBe(4); // TCP rank 52, inside the first 100
    expect(weight(1150)).toBe(2); // TCP rank 152
    expect(weight(2055)).toBe(2); // UDP rank 57, past the first 50
    expect(weight(5)).toBe(2);
  });
});
