/**
 * PowerShell's `Get-NetTCPConnection` and `Get-NetUDPEndpoint`, as the default table and as `Format-List`.
 * The table's columns come from its header (LocalAddress LocalPort RemoteAddress RemotePort State
 * AppliedSetting OwningProcess for TCP; LocalAddress LocalPort for UDP). Blank cells (AppliedSetting is often
 * empty) shift the words, so only the leading columns are read by position and OwningProcess is the last number.
 * A list is blocks of `Name : value` lines separated by blank lines.
 */
import { parseEndpoint } from '../address';
import type { Endpoint, Socket, Transport } from '../types';
import { pidOf } from './common';

const TABLE_HEADER = /^\s*LocalAddress\s+LocalPort\b/;
const RULE = /^\s*-{3,}(?:\s+-{3,})*\s*$/;
const LIST_ITEM = /^\s*([A-Za-z][A-Za-z0-9]*)\s*:\s?(.*)$/;
/** The properties that start a block: a list of these cmdlets' objects always begins with one of them. */
const LIST_START = new Set(['LocalAddress', 'LocalPort', 'RemoteAddress', 'RemotePort', 'State', 'OwningProcess']);

/** A bare address (PowerShell prints it without the port) with a port. */
function endpoint(address: string, portText: string | undefined): Endpoint | null {
  if (!portText || !/^\d{1,5}$/.test(portText)) return null;
  return parseEndpoint(`${address.includes(':') ? `[${address}]` : address}:${portText}`);
}

function socketOf(values: Map<string, string>, protocol: Transport, format: Socket['format'], line: number): Socket | null {
  const local = endpoint(values.get('LocalAddress') ?? '', values.get('LocalPort'));
  if (!local || local.port === null) return null;
  const remoteAddress = values.get('RemoteAddress');
  const remote = remoteAddress !== undefined ? endpoint(remoteAddress, values.get('RemotePort')) ?? undefined : undefined;
  const state = values.get('State') ?? '';
  const listening = protocol === 'udp' ? true : state.toLowerCase() === 'listen';
  return {
    format,
    protocol,
    role: listening ? 'listen' : 'connection',
    local,
    remote,
    state,
    processes: [],
    pid: pidOf(values.get('OwningProcess')),
    view: 'local',
    line,
  };
}

/** Reads a PowerShell table: call `header` on every line, then `row` while a header is active. */
export class PowerShellTable {
  private columns: string[] | null = null;

  /** True when the line is the table's header or its rule of dashes. */
  header(line: string): boolean {
    if (TABLE_HEADER.test(line)) {
      this.columns = line.trim().split(/\s+/);
      return true;
    }
    return this.columns !== null && RULE.test(line);
  }

  row(line: string, number: number): Socket | null {
    if (!this.columns) return null;
    const words = line.trim().split(/\s+/);
    if (words.length < 2 || !/^[0-9a-fA-F.:%*]+$/.test(words[0]) || !/^\d+$/.test(words[1])) return null;
    const values = new Map<string, string>();
    const fixed = ['LocalAddress', 'LocalPort', 'RemoteAddress', 'RemotePort', 'State'].filter((name) => this.columns!.includes(name));
    fixed.forEach((name, index) => words[index] !== undefined && values.set(name, words[index]));
    if (this.columns.includes('OwningProcess') && words.length > fixed.length) values.set('OwningProcess', words.at(-1)!);
    const protocol: Transport = this.columns.includes('RemotePort') || this.columns.includes('State') ? 'tcp' : 'udp';
    return socketOf(values, protocol, 'powershell-table', number);
  }
}

/** Reads `Format-List` blocks: feed every line to `line`; it returns a socket when a block ends. */
export class PowerShellList {
  private values: Map<string, string> | null = null;
  private start = 0;

  /**
   * Returns `consumed` when the line belongs to a block, and the socket of a block the line closed (a blank
   * line, or a LocalAddress that starts the next object).
   */
  line(line: string, number: number): { consumed: boolean; socket: Socket | null } {
    const item = LIST_ITEM.exec(line);
    if (item && (this.values || LIST_START.has(item[1]))) {
      let socket: Socket | null = null;
      if (this.values?.has(item[1])) socket = this.finish();
      if (!this.values) {
        this.values = new Map();
        this.start = number;
      }
      this.values.set(item[1], item[2]);
      return { consumed: true, socket };
    }
    return { consumed: false, socket: this.finish() };
  }

  /** Ends the current block (at a blank line or the end of the paste). */
  finish(): Socket | null {
    const values = this.values;
    this.values = null;
    if (!values) return null;
    const protocol: Transport = values.has('RemotePort') || values.has('State') ? 'tcp' : 'udp';
    return socketOf(values, protocol, 'powershell-list', this.start);
  }

  get open(): boolean {
    return this.values !== null;
  }
}
