import { describe, expect, it } from 'vitest';
import { portData } from '../../src/data/site-data';
import { buildPortPageModel } from '../../src/lib/view-models/port-page';

describe('the port page model', () => {
  it('answers 22 with ssh on TCP, UDP and SCTP in the well-known range', () => {
    const model = buildPortPageModel(22, portData);
    expect(model.status).toBe('assigned');
    expect(model.answer).toMatch(/^Port 22 is assigned by IANA to ssh .* on TCP, UDP and SCTP\. It is in the system \(well-known\) range, 0–1023\.$/);
  });

  it('says 60023 is unassigned, in the dynamic range, and inside the Linux, Windows and macOS defaults but outside Linux beyond 60999', () => {
    const model = buildPortPageModel(60023, portData);
    expect(model.status).toBe('unassigned');
    expect(model.answer).toBe('Port 60023 is not assigned by IANA: it is in the dynamic (private) range, 49152–65535, which IANA never assigns.');
    const includes = Object.fromEntries(model.ephemeral.map((row) => [row.range.id, row.includes]));
    expect(includes).toMatchObject({ linux: true, windows: true, macos: true, freebsd: true });
    expect(buildPortPageModel(61000, portData).ephemeral.find((row) => row.range.id === 'linux')?.includes).toBe(false);
  });

  it('lists programs\' spans that contain a dynamic port as unofficial uses, even when they share an OS range\'s numbers', () => {
    const spans = buildPortPageModel(50000, portData).applicationRanges.map((range) => range.slug);
    expect(spans).toEqual(expect.arrayContaining(['coturn-relay', 'livekit-webrtc', 'microsoft-teams-media', 'windows-dns-socket-pool']));
    expect(spans).not.toContain('windows-ephemeral');
    expect(spans).not.toContain('linux-ephemeral');
  });

  it('says port 2 is reserved after its de-assignment', () => {
    expect(buildPortPageModel(2, portData).answer).toMatch(/^Port 2 is reserved by IANA \(de-assigned on 2025-02-13\)/);
  });

  it('places sub-ranges and edges correctly', () => {
    expect(buildPortPageModel(6010, portData).subRanges.map((range) => range.slug)).toContain('x11');
    expect(buildPortPageModel(0, portData).previous).toBeNull();
    expect(buildPortPageModel(65535, portData).next).toBeNull();
    expect(buildPortPageModel(49151, portData).range.slug).toBe('registered');
    expect(buildPortPageModel(49152, portData).range.slug).toBe('dynamic');
  });
});
