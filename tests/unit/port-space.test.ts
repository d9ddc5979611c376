import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { content, portData, recordsByPort } from '../../src/data/site-data';
import { ianaRange } from '../../src/lib/ports';
import {
  CELL,
  MAP_PALETTE,
  PNG_SIGNATURE,
  bitset,
  bitsetCount,
  bitsetFromBase64,
  bitsetHas,
  bitsetToBase64,
  classifyPorts,
  countCells,
  crc32,
  encodePalettePng,
  mapRows,
} from '../../src/lib/port-space';

/** The chunks of a PNG, with their CRCs checked. */
function readChunks(png: Uint8Array): { type: string; data: Uint8Array }[] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunks: { type: string; data: Uint8Array }[] = [];
  for (let offset = 8; offset < png.length; ) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...png.subarray(offset + 4, offset + 8));
    const data = png.subarray(offset + 8, offset + 8 + length);
    expect(view.getUint32(offset + 8 + length), `CRC of ${type}`).toBe(crc32(png.subarray(offset + 4, offset + 8 + length)));
    chunks.push({ type, data });
    offset += 12 + length;
  }
  return chunks;
}

const dynamic = ianaRange('dynamic', content.ranges);
const codes = classifyPorts(recordsByPort, new Set(portData.notableByPort.keys()), dynamic);

describe('classifyPorts', () => {
  it('classifies known ports from the real data', () => {
    expect(codes).toHaveLength(65536);
    expect(codes[22]).toBe(CELL.assigned);
    expect(codes[443]).toBe(CELL.assigned);
    expect(codes[2]).toBe(CELL.reserved);
    expect(codes[60123]).toBe(CELL.dynamic); // unassigned, no curated use
    expect(codes[60023]).toBe(CELL.unofficial); // Taskcluster livelog's default, curated
    expect(codes[49151]).not.toBe(CELL.dynamic); // last registered port
  });

  it('marks curated ports without an IANA assignment as unofficial uses, and never an assigned one', () => {
    const unofficial = [...portData.notableByPort.keys()].filter((port) => codes[port] === CELL.unofficial);
    expect(unofficial.length).toBeGreaterThan(0);
    for (const port of unofficial) expect(recordsByPort[port].some((record) => record.status === 'assigned')).toBe(false);
  });

  it('gives a port nothing but the dynamic code above 49151 when it is unassigned', () => {
    const fake = Array.from({ length: 65536 }, () => []);
    const plain = classifyPorts(fake, new Set([5, 50000]), dynamic);
    expect(plain[4]).toBe(CELL.unassigned);
    expect(plain[5]).toBe(CELL.unofficial);
    expect(plain[50000]).toBe(CELL.unofficial);
    expect(plain[50001]).toBe(CELL.dynamic);
    expect(countCells(plain)).toEqual({ unassigned: 49152 - 1, assigned: 0, reserved: 0, unofficial: 2, dynamic: 16384 - 1 });
  });

  it('counts every port once', () => {
    const counts = countCells(codes);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(65536);
    expect(counts.assigned).toBe(portData.assignedPorts.length);
  });

  it('maps ranges to rows of 256', () => {
    expect(mapRows(49152, 65535)).toEqual({ first: 192, last: 255 });
    expect(mapRows(6000, 6063)).toEqual({ first: 23, last: 23 });
  });
});

describe('encodePalettePng', () => {
  it('writes a valid 8-bit indexed PNG whose pixels decode back', () => {
    const pixels = Uint8Array.from({ length: 6 }, (_, i) => i % 3);
    const png = encodePalettePng(3, 2, [[255, 0, 0], [0, 255, 0], [0, 0, 255]], pixels);
    expect([...png.subarray(0, 8)]).toEqual([...PNG_SIGNATURE]);
    const chunks = readChunks(png);
    expect(chunks.map((chunk) => chunk.type)).toEqual(['IHDR', 'PLTE', 'IDAT', 'IEND']);
    const header = new DataView(chunks[0].data.buffer, chunks[0].data.byteOffset, 13);
    expect([header.getUint32(0), header.getUint32(4)]).toEqual([3, 2]);
    expect([...chunks[0].data.subarray(8)]).toEqual([8, 3, 0, 0, 0]); // depth 8, indexed, deflate, filter, no interlace
    expect([...chunks[1].data]).toEqual([255, 0, 0, 0, 255, 0, 0, 0, 255]);
    expect([...inflateSync(chunks[2].data)]).toEqual([0, 0, 1, 2, 0, 0, 1, 2]); // filter byte 0, then the row
    expect(chunks[3].data).toHaveLength(0);
  });

  it('rejects pixels outside the palette and a wrong pixel count', () => {
    expect(() => encodePalettePng(2, 1, [[0, 0, 0]], Uint8Array.of(0, 1))).toThrow(/outside/);
    expect(() => encodePalettePng(2, 2, [[0, 0, 0]], Uint8Array.of(0))).toThrow(/Expected 4/);
  });

  it('encodes the port space as 256×256, one pixel per port, well under the size budget', () => {
    const png = encodePalettePng(256, 256, MAP_PALETTE, codes);
    const idat = readChunks(png).find((chunk) => chunk.type === 'IDAT')!;
    const raw = inflateSync(idat.data);
    expect(raw).toHaveLength(256 * 257);
    const pixel = (port: number) => raw[(port >> 8) * 257 + 1 + (port & 255)];
    for (const port of [0, 2, 22, 443, 8080, 49151, 49152, 60023, 65535]) expect(pixel(port)).toBe(codes[port]);
    for (let row = 0; row < 256; row++) expect(raw[row * 257]).toBe(0);
    console.info(`[port-space] port-space.png: ${png.length} bytes; counts ${JSON.stringify(countCells(codes))}`);
    expect(png.length).toBeLessThan(60_000);
  });

  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new TextEncoder().encode('IEND'))).toBe(0xae426082);
  });
});

describe('bitsets', () => {
  it('round-trip every port through a predicate and base64', () => {
    const isEven = (port: number) => port % 2 === 0 || port === 65535;
    const bits = bitset(isEven);
    expect(bits).toHaveLength(8192);
    const back = bitsetFromBase64(bitsetToBase64(bits));
    for (let port = 0; port <= 65535; port++) expect(bitsetHas(back, port)).toBe(isEven(port));
    expect(bitsetCount(back)).toBe(32769);
  });

  it('contains nothing outside 0–65535', () => {
    const all = bitset(() => true);
    expect([bitsetHas(all, -1), bitsetHas(all, 65536), bitsetHas(all, 1.5), bitsetHas(all, 0), bitsetHas(all, 65535)]).toEqual([false, false, false, true, true]);
    expect(() => bitsetFromBase64('AAAA')).toThrow(/8192 bytes/);
  });
});
