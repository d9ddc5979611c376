/**
 * Reads a paste line by line and hands every line to the format parsers in turn, so that a paste mixing
 * several tools' output (ss above nmap above docker ps) works without being told which is which. The formats
 * do not overlap: each line parser accepts only its own tool's shape, and the few that need context (a
 * PowerShell table's header, a Format-List block, nmap's current host, netstat -b's executable line) keep it
 * in a small reader object.
 */
import { NmapReader, parseNmapGrepableLine } from './formats/nmap';
import { netstatUnixHeader, parseNetstatUnixLine } from './formats/netstat-unix';
import { isWindowsOwnerNote, parseNetstatWindowsLine, windowsExecutable, windowsHeader } from './formats/netstat-windows';
import { parseDockerPsLine } from './formats/docker';
import { parseLsofLine } from './formats/lsof';
import { parseSsLine } from './formats/ss';
import { PowerShellList, PowerShellTable } from './formats/powershell';
import type { FormatId, LineResult, Socket } from './types';

/** How many "not understood" lines are kept to show. */
export const NOT_UNDERSTOOD_SHOWN = 5;
/** Longest line kept when shown back as not understood; the rest is cut (a 1 MB line stays 1 MB in memory only once). */
const SHOWN_LINE_LENGTH = 200;
/** Lines longer than this are no tool's output: they are counted as not understood without trying the parsers. */
const MAX_LINE_LENGTH = 4096;

export interface ParsedPaste {
  sockets: Socket[];
  /** The formats seen, in the order first seen. */
  formats: FormatId[];
  /** Lines with text that matched no format. */
  notUnderstood: number;
  /** The first few of them, with their line numbers, cut to a readable length. */
  notUnderstoodExamples: { line: number; text: string }[];
  /** Non-blank lines read. */
  lines: number;
}

const WINDOWS_ROW = /^\s*(?:TCP|UDP)(?:v6)?\s+\S*:/;

/**
 * Title and header lines of Windows netstat in any language ("Active Connections" / "Proto Local Address…",
 * "Aktive Verbindungen", "Активные подключения" / "Имя Локальный адрес…"): the lines without digits just above
 * the first socket line of a listing, or above a `Proto` header.
 */
function titleLines(lines: string[]): Set<number> {
  const titles = new Set<number>();
  const wordy = (line: string) => line.trim() !== '' && !/\d/.test(line) && line.trim().split(/\s+/).length <= 8;
  for (let index = 0; index < lines.length; index++) {
    const proto = /^\s*Proto\s/.test(lines[index]);
    if (!proto && !WINDOWS_ROW.test(lines[index])) continue;
    let previous = index - 1;
    while (previous >= 0 && lines[previous].trim() === '') previous--;
    if (!proto && previous >= 0 && WINDOWS_ROW.test(lines[previous])) continue;
    for (let taken = 0; taken < (proto ? 1 : 2) && previous >= 0 && wordy(lines[previous]); taken++) {
      titles.add(previous);
      previous--;
      while (previous >= 0 && lines[previous].trim() === '') previous--;
    }
  }
  return titles;
}

/** Lines that say how output was produced rather than what it contains: a shell prompt with one of the commands. */
const COMMAND_LINE = /^\s*(?:(?:PS\s+)?\S*[$#>%]\s*)?(?:sudo\s+)?(?:ss|netstat|NETSTAT|lsof|nmap|docker|[Gg]et-[Nn]et(?:TCPConnection|UDPEndpoint|TcpConnection|UdpEndpoint))(?:\s|$)/;

export function parsePaste(text: string): ParsedPaste {
  const lines = text.split(/\r\n|\r|\n/);
  const titles = titleLines(lines);
  const sockets: Socket[] = [];
  const formats: FormatId[] = [];
  const examples: { line: number; text: string }[] = [];
  let notUnderstood = 0;
  let nonBlank = 0;

  const table = new PowerShellTable();
  const list = new PowerShellList();
  const nmap = new NmapReader();
  /** Every parser of a whole line, in a fixed order; the formats do not overlap, so the order only affects speed. */
  const parsers: ((line: string, number: number) => LineResult | null)[] = [
    parseSsLine,
    parseNetstatUnixLine,
    netstatUnixHeader,
    windowsHeader,
    parseLsofLine,
    parseDockerPsLine,
    parseNmapGrepableLine,
    (line, number) => nmap.line(line, number),
    (line, number) => {
      const row = table.row(line, number);
      return row ? { kind: 'sockets', sockets: [row] } : null;
    },
  ];
  let lastParser = 0;
  /** The last Windows socket, until netstat -b's `[program.exe]` line below it names its program. */
  let windowsSocket: Socket | null = null;
  /**
   * Lines between a Windows socket and its executable (the component, or "cannot obtain ownership information").
   * They count as understood once a Windows line follows them, and as not understood otherwise.
   */
  let windowsNotes: { line: number; text: string }[] = [];

  const seen = (format: FormatId | null) => {
    if (format && !formats.includes(format)) formats.push(format);
  };
  const add = (found: Socket[]) => {
    for (const socket of found) sockets.push(socket);
    if (found.length > 0) seen(found[0].format);
  };
  const unknown = (number: number, line: string) => {
    notUnderstood++;
    if (examples.length < NOT_UNDERSTOOD_SHOWN) examples.push({ line: number, text: line.slice(0, SHOWN_LINE_LENGTH) });
  };
  const flushWindowsNotes = () => {
    for (const note of windowsNotes) unknown(note.line, note.text);
    windowsNotes = [];
    windowsSocket = null;
  };

  for (let index = 0; index < lines.length; index++) {
    // Trailing spaces are dropped once here, so that no pattern has to skip them (a paste can end every line in
    // thousands of them, and a pattern that looks for the end of a line across a long run of spaces is slow).
    const line = lines[index].trimEnd();
    const number = index + 1;
    const blank = line.trim() === '';

    // A Format-List block ends at a blank line or at the first line that is not `Name : value`.
    if (list.open || !blank) {
      const step = blank ? { consumed: false, socket: list.finish() } : list.line(line, number);
      if (step.socket) add([step.socket]);
      if (step.consumed) {
        nonBlank++;
        continue;
      }
    }
    if (blank) continue;
    nonBlank++;

    // netstat -b: the executable in brackets belongs to the socket just above it.
    const executable = windowsSocket ? windowsExecutable(line) : null;
    if (executable) {
      windowsSocket!.processes = [executable];
      windowsSocket = null;
      windowsNotes = [];
      continue;
    }
    if (line.length > MAX_LINE_LENGTH) {
      flushWindowsNotes();
      unknown(number, line);
      continue;
    }
    const windows = parseNetstatWindowsLine(line, number);
    if (windows) {
      add([windows]);
      windowsSocket = windows;
      windowsNotes = [];
      continue;
    }
    if (windowsSocket && windowsNotes.length < 2 && isWindowsOwnerNote(line)) {
      windowsNotes.push({ line: number, text: line });
      continue;
    }
    flushWindowsNotes();

    if (titles.has(index) || COMMAND_LINE.test(line)) continue;

    if (table.header(line)) {
      seen('powershell-table');
      continue;
    }

    // Output comes in runs of one format, so the parser that read the previous line is tried first.
    let result = parsers[lastParser](line, number);
    if (!result) {
      for (let candidate = 0; candidate < parsers.length; candidate++) {
        if (candidate === lastParser) continue;
        result = parsers[candidate](line, number);
        if (result) {
          lastParser = candidate;
          break;
        }
      }
    }

    if (result?.kind === 'sockets') add(result.sockets);
    else if (result?.kind === 'known') seen(result.format);
    else unknown(number, line);
  }
  flushWindowsNotes();
  const last = list.finish();
  if (last) add([last]);

  return { sockets, formats, notUnderstood, notUnderstoodExamples: examples, lines: nonBlank };
}
