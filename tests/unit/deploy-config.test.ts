import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** `path → { header: value }` from public/_headers. */
function headersFile(): Record<string, Record<string, string>> {
  const rules: Record<string, Record<string, string>> = {};
  let current: Record<string, string> | null = null;
  for (const line of readFileSync('public/_headers', 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) rules[line.trim()] = current = {};
    else if (current) {
      const at = line.indexOf(':');
      current[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return rules;
}

/** The same from netlify.toml's [[headers]] tables (the simple form this project writes). */
function netlifyHeaders(): Record<string, Record<string, string>> {
  const rules: Record<string, Record<string, string>> = {};
  let current: Record<string, string> | null = null;
  for (const line of readFileSync('netlify.toml', 'utf8').split('\n')) {
    const path = /^\s*for = "([^"]+)"/.exec(line);
    const value = /^\s*([A-Za-z-]+) = "(.*)"\s*$/.exec(line);
    if (path) rules[path[1]] = current = {};
    else if (/^\s*\[/.test(line) && !/headers\.values/.test(line)) current = null;
    else if (value && current) current[value[1]] = value[2];
  }
  return rules;
}

describe('deploy configuration', () => {
  it('gives Netlify exactly the headers of public/_headers', () => {
    expect(netlifyHeaders()).toEqual(headersFile());
  });

  it('builds for production on GitHub Pages with the origin and base path configure-pages reports', () => {
    const workflow = readFileSync('.github/workflows/deploy.yml', 'utf8');
    expect(workflow).toContain('NODE_ENV: production');
    expect(workflow).toContain('PORT_ATLAS_SITE: ${{ steps.pages.outputs.origin }}');
    expect(workflow).toContain('PORT_ATLAS_BASE: ${{ steps.pages.outputs.base_path }}/');
    expect(workflow).toMatch(/uses: actions\/upload-pages-artifact@v\d+\n\s+with:\n\s+path: dist/);
    expect(workflow).toMatch(/uses: actions\/deploy-pages@v\d+/);
  });
});
