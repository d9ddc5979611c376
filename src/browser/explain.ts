/**
 * The explain tool in the browser (src/pages/tools/explain/index.astro). It reads a paste (typed, pasted or
 * dropped as a file) with the parsers in src/lib/explain/, fetches the site's own data file the first time,
 * and builds the answer with createElement and textContent only, so that markup in a paste is shown as text
 * and never run. Nothing is sent, stored or written to the URL.
 */
import { ExplainData, dataFileOf, type ExplainDataJson, type PortKnowledge } from '../lib/explain/data';
import { NOT_UNDERSTOOD_SHOWN, parsePaste, type ParsedPaste } from '../lib/explain/parse';
import { explain, type ConnectionSummary, type Explanation, type PortRow, type Where } from '../lib/explain/summarize';
import { FORMAT_LABELS } from '../lib/explain/types';
import { listWords } from '../lib/words';
import { portPath, rangePath, sitePath } from '../lib/urls';

/** Files larger than this are cut: no socket table is this long, and reading more would only slow the page. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** Typing pauses this long before the paste is read again. */
const TYPING_PAUSE_MS = 300;
/**
 * Rows built at once. A scan of thousands of open ports would otherwise spend seconds building cards nobody
 * reads in one go; the rest come when asked for, a batch per frame.
 */
const ROWS_AT_ONCE = 100;
const ROWS_PER_FRAME = 500;

const input = document.querySelector<HTMLElement>('[data-explain]');
const textarea = document.querySelector<HTMLTextAreaElement>('#explain-paste');
const result = document.querySelector<HTMLElement>('#explain-result');
const status = document.querySelector<HTMLElement>('#explain-status');
const rowsList = document.querySelector<HTMLOListElement>('#explain-rows');
const connectionsBox = document.querySelector<HTMLElement>('#explain-connections');
const unknownBox = document.querySelector<HTMLElement>('#explain-unknown');

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** An element with text (never HTML) and an optional class. */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function link(href: string, text: string, className?: string): HTMLAnchorElement {
  const anchor = element('a', text, className);
  anchor.href = href;
  return anchor;
}

function whereText(where: Where): string {
  switch (where.kind) {
    case 'all':
      return 'all interfaces';
    case 'loopback':
      return 'this machine only (loopback)';
    case 'specific':
      return listWords(where.addresses);
    case 'scan':
      return `open on ${listWords(where.hosts)} (scanned)`;
    case 'container':
      return 'inside its container only (not published)';
  }
}

function knowledgeItems(knowledge: PortKnowledge): HTMLElement[] {
  const items: HTMLElement[] = [];
  if (knowledge.curated) {
    const line = element('p', undefined, 'explain-known');
    line.append(element('strong', knowledge.curated.name), `: ${knowledge.curated.summary}`);
    items.push(line);
  }
  if (knowledge.iana.length > 0) {
    const names = knowledge.iana.map((entry) => (entry.description ? `${entry.name} (${entry.description})` : entry.name));
    items.push(element('p', `IANA: ${listWords([...new Set(names)])}.`, knowledge.curated ? 'explain-iana meta' : 'explain-iana'));
  }
  if (!knowledge.curated && knowledge.iana.length === 0) items.push(element('p', 'Not assigned by IANA, and nothing this site curates uses it.', 'explain-iana meta'));
  if (knowledge.spans.length > 0) {
    const line = element('p', 'Inside ', 'meta');
    knowledge.spans.forEach((span, index) => {
      if (index > 0) line.append(index === knowledge.spans.length - 1 ? ' and ' : ', ');
      line.append(link(rangePath(span.slug), `${span.name} (${span.start}–${span.end})`));
    });
    line.append('.');
    items.push(line);
  }
  if (knowledge.listeners.length > 0) {
    const line = element('p', 'Listens by default on ', 'meta');
    knowledge.listeners.forEach((page, index) => {
      if (index > 0) line.append(index === knowledge.listeners.length - 1 ? ' and ' : ', ');
      line.append(link(page.path, page.title));
    });
    line.append('.');
    items.push(line);
  }
  for (const note of knowledge.security) {
    const line = element('p', undefined, 'explain-security');
    line.append(element('strong', 'Security: '), note);
    items.push(line);
  }
  return items;
}

function rowItem(row: PortRow): HTMLLIElement {
  const item = element('li', undefined, row.knowledge.security.length > 0 ? 'explain-row has-security' : 'explain-row');
  const head = element('p', undefined, 'explain-row-head');
  head.append(link(portPath(row.port), `${row.protocol.toUpperCase()} ${row.port}`, 'explain-port'));
  head.append(element('span', whereText(row.where), row.reachable ? 'explain-where is-reachable' : 'explain-where'));
  if (row.processes.length > 0) head.append(element('span', listWords(row.processes), 'explain-process'));
  else if (row.pids.length > 0) head.append(element('span', `${row.pids.length === 1 ? 'PID' : 'PIDs'} ${listWords(row.pids.map(String))}`, 'explain-process'));
  if (row.containerPorts.length > 0) head.append(element('span', `to container port ${listWords(row.containerPorts.map(String))}`, 'explain-process'));
  item.append(head, ...knowledgeItems(row.knowledge));
  return item;
}

function summaryText(parsed: ParsedPaste, explanation: Explanation): string {
  if (parsed.sockets.length === 0) return parsed.lines === 0 ? 'Paste some output to explain.' : 'No sockets found in this paste.';
  const read = `Read as ${listWords(parsed.formats.map((format) => FORMAT_LABELS[format]))}.`;
  if (explanation.rows.length === 0) return `No listening sockets in this paste, only connections. ${read}`;
  const ports = explanation.rows.length;
  return (
    `${count(explanation.listeningSockets, 'listening socket')} on ${count(ports, 'port')}: ` +
    `${explanation.reachablePorts.toLocaleString('en-US')} reachable from the network, ` +
    `${explanation.withSecurityNote.toLocaleString('en-US')} with a security note. ${read}`
  );
}

function connectionsSection(summary: ConnectionSummary): HTMLElement[] {
  if (summary.count === 0) return [];
  const parts: HTMLElement[] = [element('h3', 'Connections')];
  const states = summary.states.map((state) => `${state.count.toLocaleString('en-US')} ${state.state}`);
  parts.push(
    element(
      'p',
      `${count(summary.count, 'connection')} (${listWords(states)}): ${summary.incoming.toLocaleString('en-US')} to a port this machine ` +
        `listens on, ${summary.outgoing.toLocaleString('en-US')} outgoing.`,
    ),
  );
  if (summary.localPorts) {
    const { min, max } = summary.localPorts;
    parts.push(
      element(
        'p',
        `The outgoing connections use local ports ${min === max ? String(min) : `${min} to ${max}`}. The system picks such a port for each ` +
          'outgoing connection from its ephemeral range; nothing listens on it, so it gets no row above. The default ranges they fit:',
      ),
    );
    const list = element('ul', undefined, 'explain-ephemeral');
    for (const range of summary.ephemeral) {
      const share = range.inside === summary.outgoing ? `all ${summary.outgoing.toLocaleString('en-US')}` : `${range.inside.toLocaleString('en-US')} of ${summary.outgoing.toLocaleString('en-US')}`;
      list.append(element('li', `${range.systems.join(', ')}: ${range.start}–${range.end} (${share})`));
    }
    const more = element('p', 'How systems choose these ports: ', 'meta');
    more.append(link(sitePath('/learn/choosing-source-ports/'), 'choosing source ports'), '.');
    parts.push(list, more);
  }
  if (summary.remotePorts.length > 0) {
    const line = element('p', 'They go to remote ports ');
    summary.remotePorts.forEach((remote, index) => {
      if (index > 0) line.append(index === summary.remotePorts.length - 1 ? ' and ' : ', ');
      line.append(link(portPath(remote.port), String(remote.port)));
      line.append(`${remote.label ? ` (${remote.label})` : ''} ×${remote.count.toLocaleString('en-US')}`);
    });
    line.append('.');
    parts.push(line);
  }
  return parts;
}

function unknownSection(parsed: ParsedPaste): HTMLElement[] {
  if (parsed.notUnderstood === 0) return [];
  const parts: HTMLElement[] = [element('h3', 'Not understood')];
  parts.push(
    element(
      'p',
      `${count(parsed.notUnderstood, 'line')} matched no format the tool knows` +
        (parsed.notUnderstood > NOT_UNDERSTOOD_SHOWN ? `; the first ${parsed.notUnderstoodExamples.length}:` : ':'),
    ),
  );
  const list = element('ul', undefined, 'explain-unknown');
  for (const example of parsed.notUnderstoodExamples) {
    const item = element('li');
    item.append(element('span', `line ${example.line}: `, 'meta'), element('code', example.text));
    list.append(item);
  }
  parts.push(list, element('p', 'The tool reads:'));
  const formats = element('ul', undefined, 'explain-formats');
  for (const label of Object.values(FORMAT_LABELS)) formats.append(element('li', label));
  parts.push(formats);
  return parts;
}

/** A button below the rows that builds the ones not shown yet. */
function showMore(rest: PortRow[]): void {
  document.querySelector('#explain-more')?.remove();
  if (rest.length === 0) return;
  const button = element('button', `Show the other ${count(rest.length, 'port')}`, 'explain-more');
  button.type = 'button';
  button.id = 'explain-more';
  button.addEventListener('click', () => {
    button.disabled = true;
    let next = 0;
    const batch = () => {
      const rows = document.createDocumentFragment();
      for (const row of rest.slice(next, next + ROWS_PER_FRAME)) rows.append(rowItem(row));
      rowsList!.append(rows);
      next += ROWS_PER_FRAME;
      if (next < rest.length) requestAnimationFrame(batch);
      else button.remove();
    };
    batch();
  });
  rowsList!.after(button);
}

/** The data files a paste needs: those of its listening ports and of the remote ports its connections go to. */
function dataFilesFor(parsed: ParsedPaste): number[] {
  const files = new Set<number>();
  for (const socket of parsed.sockets) {
    const port = socket.role === 'listen' ? socket.local.port : socket.remote?.port;
    if (port !== null && port !== undefined) files.add(dataFileOf(port));
  }
  // Connections to wildcard remotes still need the ephemeral ranges, which every file carries.
  if (files.size === 0 && parsed.sockets.length > 0) files.add(0);
  return [...files].sort((a, b) => a - b);
}

function render(parsed: ParsedPaste, data: ExplainData): void {
  const explanation = explain(parsed, data);
  const rows = document.createDocumentFragment();
  for (const row of explanation.rows.slice(0, ROWS_AT_ONCE)) rows.append(rowItem(row));
  rowsList!.replaceChildren(rows);
  showMore(explanation.rows.slice(ROWS_AT_ONCE));
  status!.textContent = summaryText(parsed, explanation);
  connectionsBox!.replaceChildren(...connectionsSection(explanation.connections));
  unknownBox!.replaceChildren(...unknownSection(parsed));
  result!.hidden = false;
}

function start(input: HTMLElement, textarea: HTMLTextAreaElement): void {
  input.hidden = false;
  const data = new ExplainData();
  const files = new Map<number, Promise<void>>();
  /** Fetches the data files not fetched yet, each once; a failed one is tried again next time. */
  const loadFiles = (needed: number[]) =>
    Promise.all(
      needed.map((file) => {
        let loading = files.get(file);
        if (!loading) {
          loading = fetch(`${input.dataset.files}data-${file}.json`).then(async (response) => {
            if (!response.ok) throw new Error(`HTTP ${response.status}`);
            data.add((await response.json()) as ExplainDataJson);
          });
          loading.catch(() => files.delete(file));
          files.set(file, loading);
        }
        return loading;
      }),
    );

  let run = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const explainNow = async () => {
    // An explanation asked for now (Explain, a paste, a file) replaces one still waiting for a typing pause;
    // otherwise that late one would redraw the rows and undo "show the other ports".
    clearTimeout(timer);
    const current = ++run;
    const text = textarea.value;
    if (text.trim() === '') {
      result!.hidden = true;
      return;
    }
    performance.mark('explain-start');
    const parsed = parsePaste(text);
    try {
      await loadFiles(dataFilesFor(parsed));
    } catch (error) {
      result!.hidden = false;
      status!.textContent = `The tool's data did not load (${(error as Error).message}); try again.`;
      return;
    }
    if (current !== run) return;
    render(parsed, data);
    performance.measure('explain', 'explain-start');
  };

  let pasted = false;
  // A paste is explained at once; typing waits for a pause. The pasted text is in the textarea only by the
  // input event that follows the paste event.
  textarea.addEventListener('paste', () => (pasted = true));
  textarea.addEventListener('input', () => {
    clearTimeout(timer);
    if (pasted) {
      pasted = false;
      void explainNow();
    } else {
      timer = setTimeout(() => void explainNow(), TYPING_PAUSE_MS);
    }
  });
  document.querySelector('#explain-run')?.addEventListener('click', () => void explainNow());
  document.querySelector('#explain-clear')?.addEventListener('click', () => {
    textarea.value = '';
    result!.hidden = true;
    textarea.focus();
  });

  const readFile = async (file: File) => {
    const text = await file.slice(0, MAX_FILE_BYTES).text();
    textarea.value = text;
    await explainNow();
  };
  document.querySelector<HTMLInputElement>('#explain-file')?.addEventListener('change', (event) => {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (file) void readFile(file);
  });
  input.addEventListener('dragover', (event) => {
    event.preventDefault();
    input.classList.add('is-dragging');
  });
  input.addEventListener('dragleave', () => input.classList.remove('is-dragging'));
  input.addEventListener('drop', (event) => {
    event.preventDefault();
    input.classList.remove('is-dragging');
    const file = event.dataTransfer?.files[0];
    if (file) void readFile(file);
  });
}

if (input && textarea && result && status && rowsList && connectionsBox && unknownBox) start(input, textarea);
