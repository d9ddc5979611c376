/**
 * The port picker in the browser (src/pages/tools/port-picker.astro). Without this script the page is a GET
 * form that shows the build's suggestions for the default choices. With it, the choices come from the URL
 * on load, every change of the form recomputes the suggestions at once, and the URL follows the form
 * (history.replaceState) so that the address bar is always a link to what is on screen. A value that cannot
 * be used (a port beyond 65535 in the URL or the form) is named next to the form rather than dropped quietly,
 * and a summary line at the foot of the form keeps the result in view on a phone, where the list itself is a
 * long scroll below.
 */
import {
  blockerItem,
  decodePickerData,
  parsePickerQuery,
  pickerQuery,
  suggestPorts,
  type ParsedPickerQuery,
  type PickerConstraints,
  type PickerData,
  type PickerDataJson,
  type PickResult,
} from '../lib/port-picker';
import { portPath } from '../lib/urls';

const form = document.querySelector<HTMLFormElement>('form[data-port-picker]');
const list = document.querySelector<HTMLOListElement>('#picker-suggestions');
const status = document.querySelector<HTMLElement>('#picker-status');

/** The form's choices, read through the same parser as the URL so that the two can never disagree. */
function formQuery(form: HTMLFormElement, ids: string[]): ParsedPickerQuery {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) params.append(name, String(value));
  // A number field holding text that is not a number reports an empty value; say so instead of ignoring it.
  for (const name of ['from', 'to']) {
    const input = form.querySelector<HTMLInputElement>(`input[name=${name}]`)!;
    if (input.value === '' && input.validity.badInput) params.set(name, 'not a number');
  }
  return parsePickerQuery(params, ids);
}

/** Sets the form's controls to the constraints (from a shared URL). */
function showConstraints(form: HTMLFormElement, constraints: PickerConstraints, search: URLSearchParams): void {
  const avoid: Record<string, boolean> = { assigned: constraints.avoidAssigned, unofficial: constraints.avoidUnofficial, low: constraints.avoidBelow1024 };
  form.querySelectorAll<HTMLInputElement>('input[type=checkbox][name=avoid]').forEach((box) => (box.checked = avoid[box.value] ?? false));
  form.querySelectorAll<HTMLInputElement>('input[type=checkbox][name=os]').forEach((box) => (box.checked = constraints.avoidEphemeralOf.includes(box.value)));
  form.querySelectorAll<HTMLInputElement>('input[type=radio][name=proto]').forEach((radio) => (radio.checked = radio.value === constraints.protocol));
  // The span fields keep what the link said, even a bad value, so that the reader sees what the message is about.
  for (const [name, value] of [['from', constraints.preferredStart], ['to', constraints.preferredEnd]] as const) {
    form.querySelector<HTMLInputElement>(`input[name=${name}]`)!.value = value?.toString() ?? search.get(name)?.trim() ?? '';
  }
}

/** Lists what could not be used, next to the span fields, and marks the fields at fault. */
function showProblems(form: HTMLFormElement, problems: ParsedPickerQuery['problems']): void {
  const box = form.querySelector<HTMLElement>('#picker-problems')!;
  box.replaceChildren(
    ...problems.map((problem) => {
      const line = document.createElement('p');
      line.textContent = problem.message;
      return line;
    }),
  );
  box.hidden = problems.length === 0;
  for (const name of ['from', 'to']) {
    const input = form.querySelector<HTMLInputElement>(`input[name=${name}]`)!;
    if (problems.some((problem) => problem.field === name)) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  }
}

function suggestionItem(port: number, reason: string): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = portPath(port);
  link.textContent = `Port ${port}`;
  link.className = 'picker-port';
  const copy = document.createElement('button');
  copy.type = 'button';
  copy.className = 'picker-copy';
  copy.dataset.copyPort = String(port);
  copy.setAttribute('aria-label', `Copy ${port}`);
  copy.textContent = 'Copy';
  const why = document.createElement('span');
  why.className = 'picker-reason';
  why.textContent = reason;
  item.append(link, ' ', copy, ' ', why);
  return item;
}

function render(result: PickResult, list: HTMLOListElement, status: HTMLElement): void {
  list.replaceChildren(...result.suggestions.map((suggestion) => suggestionItem(suggestion.port, suggestion.reason)));
  const count = result.candidates.toLocaleString('en-US');
  status.textContent =
    result.message ?? `${count} ports fit these choices. ${result.suggestions.length} of them, spread across the span, each in the middle of a free run:`;
  status.classList.toggle('picker-empty', result.suggestions.length === 0);

  const blocked = document.querySelector<HTMLElement>('#picker-blocked');
  if (blocked) {
    const items = result.blockers.map((blocker) => {
      const item = document.createElement('li');
      const span = document.createElement('span');
      span.className = 'muted';
      span.textContent = `(${blocker.start === blocker.end ? blocker.start : `${blocker.start}–${blocker.end}`})`;
      item.append(`${blockerItem(blocker)} `, span);
      return item;
    });
    blocked.querySelector('ul')!.replaceChildren(...items);
    blocked.hidden = items.length === 0 || result.suggestions.length === 0; // an empty list's message names them already
  }

  const summary = document.querySelector<HTMLElement>('#picker-summary');
  if (summary) {
    const link = document.createElement('a');
    link.href = '#picker-h';
    if (result.suggestions.length === 0) {
      summary.textContent = 'No port fits. ';
      link.textContent = 'See why';
    } else {
      const ports = result.suggestions.map((suggestion) => suggestion.port);
      summary.textContent = `${count} ports fit: ${ports.slice(0, 4).join(', ')}${ports.length > 4 ? '…' : ''} `;
      link.textContent = `All ${ports.length} with reasons`;
    }
    summary.append(link);
    summary.hidden = false;
  }
}

/** Copies a suggested port number; where the clipboard is refused, selects the number instead. */
async function copyPort(button: HTMLButtonElement): Promise<void> {
  const port = button.dataset.copyPort ?? '';
  try {
    await navigator.clipboard.writeText(port);
    button.textContent = 'Copied';
  } catch {
    const link = button.parentElement?.querySelector('a');
    if (link) getSelection()?.selectAllChildren(link);
    button.textContent = 'Press Ctrl+C';
  }
  setTimeout(() => (button.textContent = 'Copy'), 2000);
}

async function start(form: HTMLFormElement, list: HTMLOListElement, status: HTMLElement): Promise<void> {
  const ids = [...form.querySelectorAll<HTMLInputElement>('input[name=os][type=checkbox]')].map((box) => box.value);
  const search = new URLSearchParams(location.search);
  const fromUrl = parsePickerQuery(search, ids);
  showConstraints(form, fromUrl.constraints, search);
  showProblems(form, fromUrl.problems);
  form.dataset.ready = 'loading';
  list.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-copy-port]') : null;
    if (button) void copyPort(button);
  });

  // The form listens before the data arrives, so that a reader who edits a field while it loads sees the
  // problems at once and gets suggestions for what they typed, not for the link they came from.
  let data: PickerData | undefined;
  let edited = false;
  const share = document.querySelector<HTMLAnchorElement>('#picker-share');
  const update = (parsed: ParsedPickerQuery, writeUrl: boolean) => {
    const query = `?${pickerQuery(parsed.constraints)}`;
    if (writeUrl && location.search !== query) history.replaceState(history.state, '', query + location.hash);
    if (share) share.href = query;
    showProblems(form, parsed.problems);
    if (data) render(suggestPorts(parsed.constraints, data), list, status);
  };
  const fromForm = () => {
    edited = true;
    update(formQuery(form, ids), true);
  };
  form.addEventListener('change', fromForm);
  form.addEventListener('input', fromForm);
  form.addEventListener('submit', (event) => {
    // Without the data, the form submits as it would without JavaScript.
    if (!data) return;
    event.preventDefault();
    fromForm();
  });

  try {
    const response = await fetch(form.dataset.source!);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    data = decodePickerData((await response.json()) as PickerDataJson);
  } catch (error) {
    status.textContent = `The picker's data did not load (${(error as Error).message}); the list shows the suggestions for the default choices.`;
    return;
  }

  // A shared link keeps its own query (and its problems stay named) until the reader changes something.
  update(edited ? formQuery(form, ids) : fromUrl, false);
  form.dataset.ready = 'true';
}

if (form && list && status) void start(form, list, status);
