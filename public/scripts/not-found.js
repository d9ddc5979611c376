// Explains why a /ports/<x>/ address has no page. The text is set with textContent, never as markup,
// because the path comes from whoever wrote the link.
const match = /\/ports\/([^/]*)\/?$/.exec(decodeURIComponent(location.pathname).slice(0, 200));
const reason = document.getElementById('not-found-reason');
if (match && reason) {
  const value = match[1];
  let why = `"${value}" is not a port number.`;
  if (/^\d+$/.test(value)) {
    why = Number(value) > 65535 ? `${value} is above 65535, the highest port number.` : `Write the port without leading zeros: /ports/${Number(value)}/.`;
  } else if (/^-\d+$/.test(value)) {
    why = 'Port numbers are never negative.';
  }
  reason.textContent = why;
}
