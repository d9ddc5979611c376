/**
 * Enhances every `form[data-search]` once someone focuses a search box (see search-loader.ts). A port
 * number is handled here without loading any index; Pagefind, the aliases and the result rendering load
 * only when someone types words (src/browser/search-results.ts).
 */
import { parseQuery, type ParsedQuery } from '../lib/search-query';
import { portPath, searchPath } from '../lib/urls';

const DEBOUNCE_MS = 30;
/** Results in the drop-down; each costs Pagefind one small fragment request. */
const QUICK_RESULTS = 6;

type Results = typeof import('./search-results');
let results: Promise<Results> | undefined;
const loadResults = () => (results ??= import('./search-results'));
const loadPreviews = () => import('./port-previews');

/** What Enter will do with a port, a span or a list, before anything is loaded. */
function enterHint(query: ParsedQuery): string {
  if (query.kind === 'port') return `Press Enter to open port ${query.port}${query.protocol ? ` (${query.protocol.toUpperCase()})` : ''}.`;
  if (query.kind === 'span') return `Press Enter to list the ports from ${query.start} to ${query.end}.`;
  if (query.kind === 'list') return `Press Enter to list ports ${query.ports.join(', ')}${query.dropped > 0 ? ` (and ${query.dropped} more, left out)` : ''}.`;
  return '';
}

function resultCount(count: number): string {
  return count === 0 ? 'No quick results: press Enter to search every page.' : `${count} result${count === 1 ? '' : 's'}: use the arrow keys to choose one.`;
}

function enhance(form: HTMLFormElement): void {
  const input = form.querySelector('input')!;
  // The header's box ships as a plain form (its markup is on every page); the combobox parts are made here.
  const list = form.querySelector<HTMLUListElement>('[role=listbox]') ?? form.appendChild(Object.assign(document.createElement('ul'), { className: 'search-results', id: `${input.id}-results`, hidden: true }));
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Search results');
  let status = form.querySelector<HTMLElement>('.search-status');
  if (!status) {
    status = Object.assign(document.createElement('p'), { className: 'search-status', id: `${input.id}-status` });
    status.setAttribute('aria-live', 'polite');
    list.before(status);
  }
  for (const [name, value] of Object.entries({ role: 'combobox', 'aria-expanded': 'false', 'aria-controls': list.id, 'aria-autocomplete': 'list', 'aria-describedby': status.id })) {
    if (!input.hasAttribute(name)) input.setAttribute(name, value);
  }
  let timer = 0;
  let generation = 0;

  const close = () => {
    list.hidden = true;
    list.replaceChildren();
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };
  const options = () => [...list.querySelectorAll<HTMLElement>('[role=option]')];
  const active = () => list.querySelector<HTMLElement>('[aria-selected=true]');
  const move = (step: number) => {
    const all = options();
    if (all.length === 0) return;
    const next = (all.indexOf(active()!) + step + all.length) % all.length;
    all.forEach((option, i) => option.setAttribute('aria-selected', String(i === next)));
    input.setAttribute('aria-activedescendant', all[next].id);
    all[next].scrollIntoView({ block: 'nearest' });
  };

  const onInput = () => {
    const query = parseQuery(input.value);
    const current = ++generation;
    window.clearTimeout(timer);
    status.textContent = '';
    if (query.kind === 'invalid') {
      close();
      status.textContent = query.reason;
      return;
    }
    if (query.kind !== 'words') {
      close();
      status.textContent = enterHint(query);
      if (query.kind === 'port') {
        // Say what the port is before the reader goes there: its name, or whether it is assigned at all.
        void loadPreviews()
          .then((module) => module.portPreviews([query.port]))
          .then(([preview]) => {
            if (current !== generation) return;
            const what = preview.label ? `Port ${query.port}: ${preview.label}.` : preview.line;
            status.textContent = `${what} ${enterHint(query)}`;
          })
          .catch(() => undefined); // the hint without the name is still right
      }
      return;
    }
    // Start fetching the search code and index at the first word, not after the pause.
    void loadResults().then((module) => module.warmUp());
    timer = window.setTimeout(async () => {
      const module = await loadResults();
      const show = (hits: Awaited<ReturnType<Results['searchWords']>>) => {
        // A newer keystroke won, or the reader has left the box: results that arrive late stay closed.
        if (current !== generation || document.activeElement !== input) return;
        // Exact matches render first and full results replace them: keep the reader's selection across that.
        const selected = active()?.dataset.href;
        module.renderOptions(list, input.id, hits, query.text);
        list.hidden = false;
        status.textContent = resultCount(hits.length);
        input.setAttribute('aria-expanded', 'true');
        const again = selected ? options().find((option) => option.dataset.href === selected) : undefined;
        if (again) {
          again.setAttribute('aria-selected', 'true');
          input.setAttribute('aria-activedescendant', again.id);
        } else {
          input.removeAttribute('aria-activedescendant');
        }
      };
      const exact = await module.exactHits(query.text);
      if (exact.length > 0) show(exact);
      show(await module.searchWords(query.text, QUICK_RESULTS));
    }, DEBOUNCE_MS);
  };
  input.addEventListener('input', onInput);
  // Someone may have typed before this module arrived.
  if (document.activeElement === input && input.value) onInput();

  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (list.hidden) return;
      event.preventDefault();
      move(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Escape') {
      // Results still on their way must not reopen a list the reader has just closed.
      generation++;
      window.clearTimeout(timer);
      if (!list.hidden) {
        event.preventDefault();
        close();
      }
    }
  });

  list.addEventListener('mousedown', (event) => event.preventDefault()); // keep focus in the box while clicking a result
  list.addEventListener('click', (event) => {
    const option = (event.target as Element).closest<HTMLElement>('[role=option]');
    if (option?.dataset.href) location.assign(option.dataset.href);
  });
  // Tab or a click elsewhere closes the list at once (a click on an option keeps focus, see mousedown above);
  // moving the generation on makes results still on their way stay closed.
  input.addEventListener('blur', () => {
    generation++;
    window.clearTimeout(timer);
    close();
  });
  // Coming back to the box shows its results again.
  input.addEventListener('focus', () => {
    if (input.value && list.hidden) onInput();
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = parseQuery(input.value);
    if (query.kind === 'port') {
      location.assign(portPath(query.port, query.protocol));
    } else if (query.kind === 'invalid') {
      status.textContent = query.reason;
    } else if (query.kind === 'list') {
      location.assign(searchPath(query.ports.join(' ')));
    } else if (query.kind === 'empty') {
      input.focus();
    } else {
      location.assign(active()?.dataset.href ?? searchPath(input.value.slice(0, 200)));
    }
  });
}

document.querySelectorAll<HTMLFormElement>('form[data-search]').forEach(enhance);
