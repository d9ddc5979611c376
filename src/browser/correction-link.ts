/**
 * The footer's "Report it" link carries the page's path, not its full URL (bytes on 65,536 pages), and cannot
 * know the section the reader came to (`#udp`): a static page is the same file for every anchor. When the
 * reader clicks, middle-clicks or opens the context menu on it, complete it. One listener per event, no work
 * until then.
 */
import { completeIssueUrl } from '../lib/corrections';

const complete = (event: Event) => {
  const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('.site-footer a[href*="/issues/new?"]') : null;
  if (link) link.href = completeIssueUrl(link.href, location);
};
for (const type of ['click', 'auxclick', 'contextmenu']) document.addEventListener(type, complete);
