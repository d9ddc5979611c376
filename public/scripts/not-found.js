// Runs on the 404 page. Short links (/5432) and port addresses without the final slash (/ports/5432) go on
// to the port page, on any static host that serves 404.html for missing paths, without server rules.
// Anything else that looks like a port address gets an explanation. Text is set with textContent, never
// as markup, because the path comes from whoever wrote the link.
const base = new URL(document.currentScript.src).pathname.replace(/scripts\/not-found\.js$/, '');
const path = location.pathname.startsWith(base) ? location.pathname.slice(base.length) : location.pathname.replace(/^\//, '');
const isPort = (value) => /^(0|[1-9]\d{0,4})$/.test(value) && Number(value) <= 65535;
const shortLink = /^(?:ports\/)?([^/]+)\/?$/.exec(path);
if (shortLink && isPort(shortLink[1]) && !/^ports\/\d+\/$/.test(path)) {
  location.replace(`${base}ports/${shortLink[1]}/${location.hash}`);
} else {
  let value = null;
  try {
    value = (/^(?:ports\/)?([^/]*)\/?$/.exec(decodeURIComponent(path)) ?? [])[1]?.slice(0, 200) ?? null;
  } catch {
    value = null; // malformed percent-encoding: keep the generic message
  }
  const reason = document.getElementById('not-found-reason');
  const looksLikePort = value !== null && (path.startsWith('ports/') || /^[-+]?\d/.test(value));
  if (reason && looksLikePort) {
    let why = `"${value}" is not a port number.`;
    if (/^\d+$/.test(value)) {
      why = Number(value) > 65535 ? `${value} is above 65535, the highest port number.` : `Write the port without leading zeros: /ports/${Number(value)}/.`;
    } else if (/^-\d+$/.test(value)) {
      why = 'Port numbers are never negative.';
    }
    reason.textContent = why;
  }
}
