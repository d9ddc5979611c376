/**
 * Copy buttons for command and citation blocks, and today's date in citations. The buttons ship hidden so
 * that a page read without JavaScript shows no control that cannot work; this script reveals them and
 * handles every click with one listener. Loaded by pages that pass `copyButtons` to BaseLayout.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) button.hidden = false;
const now = new Date();
const today = [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
for (const date of document.querySelectorAll('[data-access-date]')) date.textContent = today;
document.addEventListener('click', async (event) => {
  const button = event.target instanceof Element ? event.target.closest('button[data-copy]') : null;
  const code = button?.parentElement?.querySelector('code');
  if (!button || !code) return;
  try {
    await navigator.clipboard.writeText(code.textContent ?? '');
    button.textContent = 'Copied';
  } catch {
    // Clipboard access can be refused (insecure origin, permissions): select the text instead.
    getSelection()?.selectAllChildren(code);
    button.textContent = 'Press Ctrl+C';
  }
  setTimeout(() => {
    button.textContent = 'Copy';
  }, 2000);
});
