/**
 * "Check what is using this port": the command group (Linux, macOS, Windows) a reader opened last opens first
 * on the next port page. It runs with the header script on every page, not with the copy buttons, which load
 * later: a reader's click on a group must be remembered however soon after the page appears it comes.
 */
const SYSTEM_KEY = 'port-atlas:system';

// Command groups: open the system the reader chose last time.
const groups = [...document.querySelectorAll<HTMLDetailsElement>('#check details')];
let remembered: string | null = null;
try {
  remembered = localStorage.getItem(SYSTEM_KEY);
} catch {
  // Storage can be blocked; the page's own order stands.
}
const chosen = groups.find((group) => group.id === `check-${remembered}`);
if (chosen) for (const group of groups) group.open = group === chosen;
// Only a reader's own choice is remembered (a click or key on the summary), never the page's default.
document.addEventListener('click', (event) => {
  const group = event.target instanceof Element ? event.target.closest('summary')?.parentElement : null;
  if (!(group instanceof HTMLDetailsElement) || !group.matches('#check details') || group.open) return;
  try {
    localStorage.setItem(SYSTEM_KEY, group.id.replace(/^check-/, ''));
  } catch {
    // Not remembered; nothing else depends on it.
  }
});
export {};
