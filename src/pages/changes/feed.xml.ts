/** `/changes/feed.xml`: the Atom feed of IANA registry changes, one entry per snapshot. */
import type { APIContext } from 'astro';
import { history } from '../../data/site-data';
import { buildChangesFeed } from '../../lib/changes-feed';
import { sitePath } from '../../lib/urls';
import { changesPath, snapshotGroups } from '../../lib/view-models/changes';

export function GET({ site }: APIContext): Response {
  const origin = site ? site.origin : '';
  const body = buildChangesFeed({
    groups: snapshotGroups(history),
    absolute: (path) => `${origin}${path}`,
    feedPath: sitePath('/changes/feed.xml'),
    changesPath: changesPath(),
  });
  return new Response(body, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
}
