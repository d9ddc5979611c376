/**
 * The port picker in the browser (src/pages/tools/port-picker.astro). Without this script the page is a GET
 * form that shows the build's suggestions for the default choices. With it, the choices come from the URL
 * on load, every change of the form recomputes the suggestions at once, and the URL follows the form
 * (history.replaceState) so that the address bar is always a link to what is on screen.
 */
import { decodePickerData, parsePickerQuery, pickerQuery, suggestPorts, type PickerConstraints, type PickerData, type PickerDataJson } from '../lib/port-picker';
import { portPath } from '../lib/urls';

const form = document.querySelector<HTMLFormElement>('form[data-port-picker]');
const list = document.querySelector<HTMLOListElement>('#picker-suggestions');
const status = document.querySelector<HTMLElement>('#picker-status');
const share = document.querySelector<HTMLAnchorElement>('#picker-share');

/** The form's choices, read through the same parser as the URL so that the two can never disagree. */
function formConstraints(form: HTMLFormElement, ids: string[]): PickerConstraints {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) params.append(name, String(value));
  return parsePickerQuery(params, ids);
}

/** Sets the form's controls to the constraints (from a shared URL). */
function showConstraints(form: HTMLFormElement, constraints: PickerConstraints): void {
  const avoid: Record<string, boolean> = { assigned: constraints.avoidAssigned, unofficial: constraints.avoidUnofficial, low: constraints.avoidBelow1024 };
  form.querySelectorAll<HTMLInputElement>('input[type=checkbox][name=avoid]').forEach((box) => (box.checked = avoid[box.value] ?? false));
  form.querySelectorAll<HTMLInputElement>('input[type=checkbox][name=os]').forEach((box) => (box.checked = constraints.avoidEphemeralOf.includes(box.value)));
  form.querySelector<HTMLInputElement>('input[name=from]')!.value = constraints.preferredStart?.toString() ?? '';
  form.querySelector<HTMLInputElement>('input[name=to]')!.value = constraints.preferredEnd?.toString() ?? '';
}

function render(constraints: PickerConstraints, data: PickerData, list: HTMLOListElement, status: HTMLElement): void {
  const result = suggestPorts(constraints, data);
  list.replaceChildren(
    ...result.suggestions.map((suggestion) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = portPath(suggestion.port);
      link.textContent = `Port ${suggestion.port}`;
      link.className = 'picker-port';
      const reason = document.createElement('span');
      reason.className = 'picker-reason';
      reason.textContent = suggestion.reason;
      item.append(link, ' ', reason);
      return item;
    }),
  );
  const count = result.candidates.toLocaleString('en-US');
  status.textContent =
    result.message ?? `${count} ports fit these choices. ${result.suggestions.length} of them, spread across the span, each in the middle of a free run:`;
  status.classList.toggle('picker-empty', result.suggestions.length === 0);
}

async function start(form: HTMLFormElement, list: HTMLOListElement, status: HTMLElement): Promise<void> {
  const ids = [...form.querySelectorAll<HTMLInputElement>('input[name=os][type=checkbox]')].map((box) => box.value);
  showConstraints(form, parsePickerQuery(location.search, ids));
  form.dataset.ready = 'loading';

  let data: PickerData;
  try {
    const response = await fetch(form.dataset.source!);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    data = decodePickerData((await response.json()) as PickerDataJson);
  } catch (error) {
    status.textContent = `The picker's data did not load (${(error as Error).message}); the list shows the suggestions for the default choices.`;
    return;
  }

  const update = (writeUrl: boolean) => {
    const constraints = formConstraints(form, ids);
    const query = `?${pickerQuery(constraints)}`;
    if (writeUrl && location.search !== query) history.replaceState(history.state, '', query + location.hash);
    if (share) share.href = query;
    render(constraints, data, list, status);
  };
  form.addEventListener('change', () => update(true));
  form.addEventListener('input', () => update(true));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update(true);
  });
  // A shared link keeps its own query until the reader changes something; a bare visit shows the defaults.
  update(false);
  form.dataset.ready = 'true';
}

if (form && list && status) void start(form, list, status);
