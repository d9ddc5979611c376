import { describe, expect, it } from 'vitest';
import { findEntryLine, findFieldLine } from '../../src/lib/entry-lines';

const file = `import type { NotablePortInput } from '../../src/lib/schemas/notable-port';

export const notablePorts: NotablePortInput[] = [
  {
    port: 22,
    name: 'SSH',
    sources: [{ url: 'https://a.example/', title: 'A', kind: 'standard' }],
    related: [2222],
  },
  {
    port: 2222,
    name: "SSH, again",
    sources: [
      {
        url: 'https://b.example/',
        checked: '2026-11-30',
      },
      {
        url: 'https://c.example/',
        checked: '2026-13-01',
      },
    ],
    security: [{ note: 'Short.', sources: [] }],
  },
];
`;

describe('finding an entry in a data file', () => {
  it('finds an entry by its numeric key, not a longer number that starts the same', () => {
    expect(findEntryLine(file, { field: 'port', value: 22 })).toBe(5);
    expect(findEntryLine(file, { field: 'port', value: 2222 })).toBe(11);
    expect(findEntryLine(file, { field: 'port', value: 2 })).toBeUndefined();
  });

  it('finds an entry by a string key in either quote', () => {
    expect(findEntryLine(`[\n  { slug: 'x11' },\n  {\n    slug: "vnc",\n  }\n]`, { field: 'slug', value: 'vnc' })).toBe(4);
    expect(findEntryLine(`  slug: 'x1.1',`, { field: 'slug', value: 'x111' })).toBeUndefined();
  });
});

describe('finding a field inside an entry', () => {
  it('finds the n-th source of an entry, not a field of the entry before it', () => {
    expect(findFieldLine(file, { field: 'port', value: 2222 }, 'sources[1].checked')).toBe(20);
    expect(findFieldLine(file, { field: 'port', value: 2222 }, 'sources[0].url')).toBe(15);
    expect(findFieldLine(file, { field: 'port', value: 22 }, 'sources')).toBe(7);
  });

  it('falls back to the nearest thing that exists: the parent field, then the entry, then line 1', () => {
    expect(findFieldLine(file, { field: 'port', value: 22 }, 'security[0].note')).toBe(5);
    expect(findFieldLine(file, { field: 'port', value: 2222 }, 'security[0].sources')).toBe(23);
    expect(findFieldLine(file, { field: 'port', value: 2222 })).toBe(11);
    expect(findFieldLine(file, { field: 'port', value: 9999 }, 'name')).toBe(1);
  });
});
