/**
 * The footer line's links for one page: the configured repository, the page's canonical URL and the registry
 * snapshot date put together. Pages call this with the form that fits them and the file behind them.
 */
import { correctionLinks, type CorrectionLinks, type IssueForm, type SourceFile } from '../lib/corrections';
import { repository } from '../lib/repository';
import { registry } from './site-data';

/**
 * `pagePath` is the page's path under the base (`Astro.url.pathname`); `source` the file a contributor edits to
 * change the page, or null when no content file describes it yet.
 */
export function correctionsFor(pagePath: string, form: IssueForm, source: SourceFile | null): CorrectionLinks | null {
  return correctionLinks(repository, { form, fields: { page: pagePath, snapshot: registry.updated }, source });
}
