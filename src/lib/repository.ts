/**
 * Where the project's repository is, read from the environment in this one place:
 *
 *   PORT_ATLAS_REPO=https://github.com/owner/repo [PORT_ATLAS_REPO_BRANCH=main] npm run build
 *
 * Without PORT_ATLAS_REPO the site has no "Something wrong?" line at all, rather than links that point nowhere.
 */
import type { Repository } from './corrections';

/** Parses the configured values; a value that is not a GitHub repository URL fails the build with a clear message. */
export function parseRepository(url: string | undefined, branch: string | undefined): Repository | null {
  if (!url) return null;
  const match = /^https:\/\/github\.com\/([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+?)(?:\.git)?\/?$/.exec(url.trim());
  if (!match) throw new Error(`PORT_ATLAS_REPO: "${url}" is not a GitHub repository URL (write e.g. https://github.com/owner/repo)`);
  const name = (branch ?? '').trim() || 'main';
  if (!/^[A-Za-z0-9._\/-]+$/.test(name)) throw new Error(`PORT_ATLAS_REPO_BRANCH: "${branch}" is not a branch name`);
  return { url: `https://github.com/${match[1]}/${match[2]}`, branch: name };
}

export const repository: Repository | null = parseRepository(process.env.PORT_ATLAS_REPO, process.env.PORT_ATLAS_REPO_BRANCH);
