import { describe, expect, it } from 'vitest';
import { checkCommands } from '../../src/lib/check-commands';
import { formatSpan, listWords } from '../../src/lib/ports';

describe('words for people', () => {
  it('formats spans and word lists', () => {
    expect(formatSpan(6000, 6063)).toBe('6000–6063');
    expect(formatSpan(80, 80)).toBe('80');
    expect(listWords(['TCP', 'UDP', 'SCTP'])).toBe('TCP, UDP and SCTP');
  });
});

describe('check commands', () => {
  it('fill the port number into every command for Linux, macOS and Windows', () => {
    const groups = checkCommands(60023);
    expect(groups.map((group) => group.id)).toEqual(['linux', 'macos', 'windows']);
    for (const group of groups) {
      for (const { command } of group.commands) expect(command).toContain('60023');
    }
    expect(groups[0].commands[0].command).toBe("sudo ss -tulpn 'sport = :60023'");
  });
});
