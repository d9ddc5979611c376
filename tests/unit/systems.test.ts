import { describe, expect, it } from 'vitest';
import { ephemeralRanges } from '../../content/ephemeral-ranges';
import { ranges } from '../../content/ranges';
import { source } from '../../content/sources';
import { notablePortFiles, systemFiles } from '../../src/data/site-data';
import { systemsListeningOn } from '../../src/lib/systems';
import { ContentError, validateContent } from '../../src/lib/validate-content';

const REQUIRED = ['windows-11', 'windows-server', 'macos', 'ios', 'android', 'ubuntu-desktop', 'ubuntu-server', 'debian', 'fedora', 'home-router', 'network-printer', 'synology-dsm'];

const good = () => structuredClone({ ranges, ephemeralRanges, notablePortFiles, systemFiles, sources: source as Record<string, unknown> });
type Raw = ReturnType<typeof good>;
/** The committed system file for `slug`, as a plain object the tests can break. */
function systemOf(raw: Raw, slug: string): Record<string, any> {
  const file = raw.systemFiles.find((candidate) => candidate.file === `content/systems/${slug}.ts`);
  if (!file) throw new Error(`no file for ${slug}`);
  return file.entries as Record<string, any>;
}

function problemsOf(raw: Raw): string[] {
  try {
    validateContent(raw);
    return [];
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
}

describe('the system pages data', () => {
  it('passes validation as committed, with one file for each of the twelve required systems', () => {
    expect(problemsOf(good())).toEqual([]);
    const slugs = validateContent(good()).systems.map((system) => system.slug);
    for (const slug of REQUIRED) expect(slugs).toContain(slug);
  });

  it('gives every listener row at least one source with the day it was read', () => {
    for (const system of validateContent(good()).systems) {
      for (const listener of system.listeners) {
        expect(listener.sources.length).toBeGreaterThan(0);
        for (const source of listener.sources) expect(source.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });
});

describe('a bad system entry fails the build naming the file, the system, the row and the field', () => {
  it('rejects a port above 65535', () => {
    const raw = good();
    systemOf(raw, 'windows-11').listeners[0].ports = [70000];
    expect(problemsOf(raw)).toContainEqual(
      'content/systems/windows-11.ts: system "windows-11", listener #1 (port 70000): field "listeners[0].ports[0]": must be between 0 and 65535',
    );
  });

  it('rejects a protocol that is not TCP, UDP, SCTP or DCCP', () => {
    const raw = good();
    systemOf(raw, 'macos').listeners[0].protocols = ['icmp'];
    expect(problemsOf(raw)).toContainEqual(expect.stringMatching(/^content\/systems\/macos\.ts: system "macos", listener #1 \(port 5353\): field "listeners\[0\]\.protocols\[0\]": /));
  });

  it('rejects a row without a source, and a source without the day it was read', () => {
    const raw = good();
    systemOf(raw, 'debian').listeners[0].sources = [];
    const router = systemOf(raw, 'home-router');
    router.listeners[0].sources = [{ ...router.listeners[0].sources[0], checked: undefined }];
    const problems = problemsOf(raw);
    expect(problems).toContainEqual('content/systems/debian.ts: system "debian", listener #1 (port 22): field "listeners[0].sources": needs at least one source');
    expect(problems).toContainEqual(expect.stringMatching(/^content\/systems\/home-router\.ts: system "home-router", listener #1 \(port 22\): field "listeners\[0\]\.sources\[0\]\.checked": /));
  });

  it('rejects a slug that differs from the file name', () => {
    const raw = good();
    systemOf(raw, 'fedora').slug = 'fedora-workstation';
    expect(problemsOf(raw)).toContainEqual('content/systems/fedora.ts: system "fedora-workstation": field "slug": must match the file name "fedora"');
  });

  it('rejects a loopback-only listener marked reachable from the network', () => {
    const raw = good();
    systemOf(raw, 'ubuntu-server').listeners[0].reachable = 'yes';
    expect(problemsOf(raw)).toContainEqual(expect.stringContaining('content/systems/ubuntu-server.ts: system "ubuntu-server", listener #1 (port 53): field "listeners[0].reachable": a loopback-only listener'));
  });

  it('rejects the same port and protocol listed twice for one system', () => {
    const raw = good();
    const android = systemOf(raw, 'android');
    android.listeners.push(structuredClone(android.listeners[0]));
    expect(problemsOf(raw)).toContainEqual('content/systems/android.ts: system "android", listener #2 (port 5555): field "listeners[1].ports": 5555/tcp is already listener #1');
  });
});

describe('systemsListeningOn', () => {
  const systems = validateContent(good()).systems;

  it('lists Windows 11 and Windows Server for port 135, linking to the row on each page', () => {
    const links = systemsListeningOn(135, systems);
    expect(links.map((link) => link.slug)).toEqual(expect.arrayContaining(['windows-11', 'windows-server']));
    expect(links.find((link) => link.slug === 'windows-11')).toMatchObject({ name: 'Windows 11', href: '/systems/windows-11/#port-135', protocols: ['tcp'], reachable: 'depends' });
  });

  it('links a port that shares a row with others to that row', () => {
    expect(systemsListeningOn(138, systems).find((link) => link.slug === 'windows-11')?.href).toBe('/systems/windows-11/#port-137');
  });

  it('returns nothing for a port no system listens on by default', () => {
    expect(systemsListeningOn(60023, systems)).toEqual([]);
  });
});
