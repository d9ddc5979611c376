/** The search page: reads `?q=`, sends port numbers on to their page, and lists results for the rest. */
import { MAX_LIST_PORTS, parseQuery } from '../lib/search-query';
import { portPath, rangePath, sitePath } from '../lib/urls';
import { portPreviews } from './port-previews';
import { hitLink, loadPagefind, searchWords } from './search-results';

const SPAN_LIST_LIMIT = 500;

const raw = new URLSearchParams(location.search).get('q') ?? '';
const input = document.querySelector<HTMLInputElement>('#q-page')!;
const summary = document.getElementById('search-summary')!;
const list = document.getElementById('search-list')!;
const rangesList = document.getElementById('search-ranges')!;
const filtersBox = document.getElementById('search-filters')!;
const rangeSelect = document.querySelector<HTMLSelectElement>('#filter-range')!;
const protocolSelect = document.querySelector<HTMLSelectElement>('#filter-protocol')!;
input.value = raw.slice(0, 200);
summary.textContent = 'Searching…';
document.getElementById('search-no-script')!.hidden = true; // the script is running: that advice no longer applies

function item(child: Node): HTMLLIElement {
  const li = document.createElement('li');
  li.append(child);
  return li;
}

function link(href: string, text: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  return a;
}

/** Every port of a short span or list, each with its name and one-line summary. */
async function listPorts(ports: number[]): Promise<void> {
  const previews = await portPreviews(ports);
  list.replaceChildren(...previews.map(({ port, label, line }) => {
    const li = item(link(portPath(port), String(port)));
    if (label) {
      const name = document.createElement('strong');
      name.textContent = ` ${label}`;
      li.append(name, `: ${line}`);
    } else {
      li.append(` ${line}`);
    }
    return li;
  }));
}

async function showList(ports: number[], dropped: number): Promise<void> {
  summary.textContent = `Looking up ${ports.length} ports…`;
  await listPorts(ports);
  summary.textContent = `${ports.length} ports${dropped > 0 ? `; ${dropped} more were left out (at most ${MAX_LIST_PORTS} are listed)` : ''}.`;
}

async function showSpan(start: number, end: number): Promise<void> {
  summary.textContent = `Looking up ports ${start}–${end}…`;
  const response = await fetch(sitePath('/search/ports.json'));
  const data = (await response.json()) as { ranges: [string, string, number, number][]; ports: [number, string][] };
  const covering = data.ranges.filter(([, , rangeStart, rangeEnd]) => rangeStart <= end && start <= rangeEnd);
  const showRanges = () => {
    rangesList.hidden = covering.length === 0;
    rangesList.replaceChildren(...covering.map(([slug, name, rangeStart, rangeEnd]) => {
      const li = item(link(rangePath(slug), name));
      li.append(` ${rangeStart}–${rangeEnd}`);
      return li;
    }));
  };
  if (end - start < MAX_LIST_PORTS) {
    // A short span lists every port in it, assigned or not, so that 49664-49669 is not "0 ports".
    await listPorts(Array.from({ length: end - start + 1 }, (_, i) => start + i));
    summary.textContent = `The ${end - start + 1} ports from ${start} to ${end}:`;
    showRanges();
    return;
  }
  const inside = data.ports.filter(([port]) => port >= start && port <= end);
  summary.textContent = `${inside.length.toLocaleString('en-US')} port${inside.length === 1 ? '' : 's'} from ${start} to ${end} have an IANA assignment or curated data${inside.length > SPAN_LIST_LIMIT ? `; the first ${SPAN_LIST_LIMIT} are listed` : ''}.`;
  list.replaceChildren(...inside.slice(0, SPAN_LIST_LIMIT).map(([port, label]) => {
    const a = link(portPath(port), String(port));
    const li = item(a);
    li.append(` ${label}`);
    return li;
  }));
  showRanges();
}

async function populateFilters(): Promise<void> {
  const engine = await loadPagefind();
  const filters = await engine.filters();
  const fill = (select: HTMLSelectElement, values: Record<string, number> | undefined) => {
    for (const value of Object.keys(values ?? {}).sort()) {
      const option = document.createElement('option');
      option.value = value;
      option.textContent = value;
      select.append(option);
    }
  };
  fill(rangeSelect, filters.range);
  fill(protocolSelect, filters.protocol);
  filtersBox.hidden = false;
}

async function showWords(text: string): Promise<void> {
  summary.textContent = `Searching for “${text}”…`;
  const filters: Record<string, string> = {};
  if (rangeSelect.value) filters.range = rangeSelect.value;
  if (protocolSelect.value) filters.protocol = protocolSelect.value;
  // Results arrive in batches, each rendered as it comes, so that no single task blocks the page for long.
  let shown = 0;
  const hits = await searchWords(text, 50, Object.keys(filters).length > 0 ? filters : undefined, (batch) => {
    if (shown === 0) {
      summary.textContent = `Results for “${text}”`;
      list.replaceChildren();
    }
    list.append(...batch.map((hit) => item(hitLink(hit))));
    shown += batch.length;
  });
  if (hits.length === 0) {
    summary.textContent = `Nothing found for “${text}”. Try a port number, a service name such as ssh, or fewer words.`;
    list.replaceChildren();
  }
}

async function run(): Promise<void> {
  const query = parseQuery(raw);
  if (query.kind === 'words') void loadPagefind(true);
  try {
    if (query.kind === 'port') {
      summary.textContent = `Opening port ${query.port}…`;
      location.replace(portPath(query.port, query.protocol));
    } else if (query.kind === 'invalid') {
      summary.textContent = `“${query.input}” is not a port: ${query.reason}`;
    } else if (query.kind === 'span') {
      await showSpan(query.start, query.end);
    } else if (query.kind === 'list') {
      await showList(query.ports, query.dropped);
    } else if (query.kind === 'words') {
      // Results first; the filters' lists can wait until they are on screen.
      await showWords(query.text);
      await populateFilters();
      for (const select of [rangeSelect, protocolSelect]) select.addEventListener('change', () => void showWords(query.text));
    } else {
      summary.textContent = 'Type a port number (5432), a span (6000-6063) or a service name (ssh).';
    }
  } catch {
    summary.textContent = 'Search could not load. You can still open a port directly at /ports/<number>/.';
  }
}

void run();
