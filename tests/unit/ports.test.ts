import { describe, expect, it } from 'vitest';
import { checkCommands, WINDOWS_FIRST_PORTS } from '../../src/lib/check-commands';
import { portData, portsToBuild, serviceAliases, serviceNamesToBuild, services } from '../../src/data/site-data';
import { formatSpan, listWords } from '../../src/lib/ports';

describe('words for people', () => {
  it('formats spans and word lists', () => {
    expect(formatSpan(6000, 6063)).toBe('6000–6063');
    expect(formatSpan(80, 80)).toBe('80');
    expect(listWords(['TCP', 'UDP', 'SCTP'])).toBe('TCP, UDP and SCTP');
  });
});

describe('check commands', () => {
  it('fill the port number into every command for Linux, macOS and Windows (or ask for the process ID it found)', () => {
    const groups = checkCommands(60023);
    expect(groups.map((group) => group.id)).toEqual(['linux', 'macos', 'windows']);
    for (const group of groups) {
      for (const { command } of group.commands) expect(command).toMatch(/60023|<pid>/);
    }
    expect(groups[0].commands[0].command).toBe("sudo ss -tulpn 'sport = :60023'");
  });

  it('list Windows first on ports whose listeners are Windows services', () => {
    for (const port of [135, 445, 3389, 5985]) expect(checkCommands(port)[0].id).toBe('windows');
    expect(checkCommands(5432)[0].id).toBe('linux');
  });

  it('name the services inside a svchost process with tasklist /svc', () => {
    const windows = checkCommands(135).find((group) => group.id === 'windows')!;
    expect(windows.commands.map((item) => item.command)).toContain('tasklist /svc /fi "PID eq <pid>"');
  });

  it('treat as Windows ports only ports the curated data describes', () => {
    for (const port of WINDOWS_FIRST_PORTS) expect(portData.notableByPort.has(port), `port ${port}`).toBe(true);
  });
});

describe('a quick build (PORT_ATLAS_PORTS)', () => {
  it('builds the listed ports and spans, reading "080" as a person would', () => {
    expect(portsToBuild('080,6000-6002')).toEqual([80, 6000, 6001, 6002]);
    expect(() => portsToBuild('70000')).toThrow(/PORT_ATLAS_PORTS: "70000" is not a port or span/);
  });

  it('builds only the service pages of services and aliases on those ports, and every one without a list', () => {
    const quick = serviceNamesToBuild('5432');
    expect(quick).toContain('postgresql');
    expect(quick).toContain('postgres');
    expect(quick).not.toContain('ssh');
    expect(serviceNamesToBuild('')).toHaveLength(services.size + serviceAliases.size);
  });
});
