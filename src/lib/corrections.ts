/**
 * The links of the "Something wrong or missing on this page?" line: a prefilled issue form in the project's
 * repository and the source file behind the page. Pure functions: the repository comes in as an argument (see
 * `repository.ts` for where it is configured), so the same code runs at build time and in the browser.
 */

/** The project's GitHub repository, e.g. `https://github.com/owner/repo`, and the branch its files are read on. */
export interface Repository {
  url: string;
  branch: string;
}

/** The issue forms in `.github/ISSUE_TEMPLATE/`, by what they are for. */
export const ISSUE_FORMS = {
  /** "Correct a port". */
  correctPort: 'port.yml',
  /** "Add a port". */
  addPort: 'add-port.yml',
  /** "Registry data problem": errors in IANA's own records. */
  registry: 'registry.yml',
  /** "Correct a page": ranges, essays, services, systems. */
  correctPage: 'page.yml',
} as const;
export type IssueForm = (typeof ISSUE_FORMS)[keyof typeof ISSUE_FORMS];

/** The form fields a link fills in (each is an `id` in the forms above). */
export interface IssueFields {
  /**
   * The page: its path on the site (`/ports/5432/`, under the base) in the page's markup, which keeps the line
   * short on 65,536 pages; the browser makes it the full URL when the reader clicks (`completeIssueUrl`).
   */
  page: string;
  /** The IANA registry snapshot the page was built from, YYYY-MM-DD. */
  snapshot: string;
  /** The section the reader was in, as its fragment (`#udp`). */
  section?: string;
}

/** A file in the repository, optionally one line of it. */
export interface SourceFile {
  path: string;
  line?: number;
}

/** What the footer line links to. */
export interface CorrectionLinks {
  issueUrl: string;
  sourceUrl: string;
  /** How the source link reads: "edit the source" for a file behind the page, "how to add it" for the guide. */
  sourceLabel: string;
}

/**
 * Encodes a query value, leaving `/` and `:` as they are: both are legal in a query (RFC 3986, section 3.4) and
 * a readable URL costs fewer bytes on 65,536 pages.
 */
function queryValue(value: string): string {
  return encodeURIComponent(value).replace(/%2F/gi, '/').replace(/%3A/gi, ':');
}

/** GitHub's "new issue" URL for a form, its fields filled in through query parameters named by the fields' ids. */
export function issueFormUrl(repository: Repository, form: IssueForm, fields: IssueFields): string {
  const params: [string, string][] = [['template', form], ['page', fields.page], ['snapshot', fields.snapshot]];
  if (fields.section) params.push(['section', fields.section]);
  return `${repository.url}/issues/new?${params.map(([name, value]) => `${name}=${queryValue(value)}`).join('&')}`;
}

/**
 * What the browser adds to an issue URL made by `issueFormUrl` when the reader clicks: the page's full URL
 * (its origin before the path) and the section the reader is in (`location.hash`), which a static page cannot
 * know because it is the same file for every anchor. An empty or bare `#` hash adds no section. Calling it
 * twice gives the same URL.
 */
export function completeIssueUrl(issueUrl: string, location: { origin: string; hash: string }): string {
  const url = issueUrl.replace(/&section=[^&]*/, '').replace(/([?&]page=)(\/[^&]*)/, (_, name: string, path: string) => `${name}${queryValue(location.origin)}${path}`);
  return location.hash.length > 1 ? `${url}&section=${queryValue(location.hash)}` : url;
}

/** The file's page on GitHub, scrolled to the line when one is given. */
export function sourceFileUrl(repository: Repository, file: SourceFile): string {
  return `${repository.url}/blob/${repository.branch}/${file.path}${file.line ? `#L${file.line}` : ''}`;
}

/** Where CONTRIBUTING.md explains adding a port, for pages that no content file describes yet. */
export const ADD_PORT_GUIDE: SourceFile = { path: 'CONTRIBUTING.md' };
const ADD_PORT_ANCHOR = '#add-a-port';

/** What a page shows, for its footer line. */
export interface CorrectionTarget {
  form: IssueForm;
  fields: IssueFields;
  /** The content file behind the page, or null when none describes it yet (an uncurated port). */
  source: SourceFile | null;
}

/** Both links of the footer line, or null when no repository is configured (the line is then left out). */
export function correctionLinks(repository: Repository | null, target: CorrectionTarget): CorrectionLinks | null {
  if (!repository) return null;
  return {
    issueUrl: issueFormUrl(repository, target.form, target.fields),
    sourceUrl: target.source ? sourceFileUrl(repository, target.source) : `${sourceFileUrl(repository, ADD_PORT_GUIDE)}${ADD_PORT_ANCHOR}`,
    sourceLabel: target.source ? 'edit the source' : 'how to add it',
  };
}

/** The content file behind a port page: its notable-ports entry (at its line), else its prose, else none. */
export function portSourceFile(notable: SourceFile | undefined, prosePath: string | undefined): SourceFile | null {
  return notable ?? (prosePath ? { path: prosePath } : null);
}

/** Escapes a URL for a double-quoted attribute. A bare `&` before `name=` is not a character reference in HTML, so it stays one byte. */
function attribute(url: string): string {
  return url.replace(/&(?![a-z][a-z0-9_-]*=)/gi, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The footer line's markup. It is built here rather than in the component because its size is budgeted (at
 * most 300 bytes on a port page, paid 65,536 times) and a unit test measures exactly what ships.
 */
export function correctionLineHtml(links: CorrectionLinks): string {
  return `<p>Something wrong or missing on this page? <a href="${attribute(links.issueUrl)}">Report it</a> or <a href="${attribute(links.sourceUrl)}">${links.sourceLabel}</a>.</p>`;
}
