import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** Runs `npm run build`'s script far enough to load the Astro config, which is where the origin is checked. */
function build(env: Record<string, string | undefined>) {
  const { PORT_ATLAS_SITE: _site, NODE_ENV: _mode, PORT_ATLAS_PRODUCTION: _production, ...rest } = process.env;
  return spawnSync(process.execPath, ['tools/build.mjs', '--outDir', 'dist-origin-check'], {
    encoding: 'utf8',
    env: { ...rest, PORT_ATLAS_PORTS: '1', ...env },
    timeout: 60_000,
  });
}

describe('a production build', { timeout: 60_000 }, () => {
  it('fails with a clear message when PORT_ATLAS_SITE is not set', () => {
    const result = build({ NODE_ENV: 'production' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('A production build needs the public origin: set PORT_ATLAS_SITE');
  });

  it('fails when PORT_ATLAS_SITE is still the placeholder origin', () => {
    const result = build({ NODE_ENV: 'production', PORT_ATLAS_SITE: 'https://port-atlas.example' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('PORT_ATLAS_SITE');
  });

  it('rejects an origin that is not an http(s) URL, whatever the mode', () => {
    const result = build({ PORT_ATLAS_SITE: 'ports.example.org' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('PORT_ATLAS_SITE must be an http(s) origin');
  });
});
