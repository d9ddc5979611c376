/**
 * The only search code every page loads: a few hundred bytes that fetch the search box's behaviour
 * (search-box.ts) the first time someone focuses a search box. Without it, or before it arrives, the box
 * is a plain form that submits to /search/, which handles every query too.
 */
const forms = document.querySelectorAll<HTMLFormElement>('form[data-search]');
let loaded = false;
const load = () => {
  if (loaded) return;
  loaded = true;
  void import('./search-box');
};
forms.forEach((form) => form.addEventListener('focusin', load));

// "/" focuses the search box, as on many reference sites, unless the reader is typing somewhere.
document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target as HTMLElement | null;
  if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
  const input = forms[0]?.querySelector('input');
  if (!input) return;
  event.preventDefault();
  input.focus();
  input.select();
});
