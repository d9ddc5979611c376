/**
 * Runs on the 404 page. Short links (/5432) and port addresses without the final slash (/ports/5432) go on
 * to the port page, on any static host that serves 404.html for missing paths, without server rules.
 * Anything else that looks like a port address gets an explanation. Text is set with textContent, never
 * as markup, because the path comes from whoever wrote the link.
 *
 * Only the canonical form is a port here (parsePort without leading zeros): `/ports/080/` is explained, not
 * followed, because the URL contract gives every port exactly one address.
 */
import { MAX_PORT, parsePort } from '../lib/port-number';
import { BASE_PATH, pathInsideBase, portPath } from '../lib/urls';

const path = pathInsideBase(location.pathname, BASE_PATH) ?? location.pathname.replace(/^\//, '');
const shortLink = /^(?:ports\/)?([^/]+)\/?$/.exec(path);
const shortPort = shortLink ? parsePort(shortLink[1]) : null;
if (shortPort !== null && !/^ports\/\d+\/$/.test(path)) {
  location.replace(portPath(shortPort) + location.hash);
} else {
  let value: string | null = null;
  try {
    value = (/^(?:ports\/)?([^/]*)\/?$/.exec(decodeURIComponent(path)) ?? [])[1]?.slice(0, 200) ?? null;
  } catch {
    value = null; // malformed percent-encoding: keep the generic message
  }
  const reason = document.getElementById('not-found-reason');
  const looksLikePort = value !== null && (path.startsWith('ports/') || /^[-+]?\d/.test(value));
  if (reason && value !== null && looksLikePort) {
    let why = `"${value}" is not a port number.`;
    if (/^\d+$/.test(value)) {
      why = Number(value) > MAX_PORT ? `${value} is above ${MAX_PORT}, the highest port number.` : `Write the port without leading zeros: ${portPath(Number(value))}.`;
    } else if (/^-\d+$/.test(value)) {
      why = 'Port numbers are never negative.';
    }
    reason.textContent = why;
  }
}
