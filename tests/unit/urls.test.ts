import { describe, expect, it } from 'vitest';
import { absoluteUrl, deployment, DEFAULT_SITE, normaliseBase, pathInsideBase, portPath, rangePath, searchPath, sitePath, withBase } from '../../src/lib/urls';

describe('base paths', () => {
  it('are written one way whatever form the setting takes', () => {
    for (const form of ['/port-atlas/', '/port-atlas', 'port-atlas/', 'port-atlas', ' /port-atlas// ']) expect(normaliseBase(form)).toBe('/port-atlas/');
    for (const root of [undefined, null, '', '/', '//']) expect(normaliseBase(root)).toBe('/');
  });

  it('come with the origin from the environment, and one default origin when it is unset', () => {
    expect(deployment({})).toEqual({ site: DEFAULT_SITE, base: '/' });
    expect(deployment({ PORT_ATLAS_SITE: 'https://ports.example.org', PORT_ATLAS_BASE: '/port-atlas' })).toEqual({ site: 'https://ports.example.org', base: '/port-atlas/' });
  });

  it('prefix site paths, and a request path is read back inside the base', () => {
    expect(withBase('/port-atlas/', '/ports/80/')).toBe('/port-atlas/ports/80/');
    expect(pathInsideBase('/port-atlas/ports/80/', '/port-atlas/')).toBe('ports/80/');
    expect(pathInsideBase('/port-atlas', '/port-atlas/')).toBe('');
    expect(pathInsideBase('/elsewhere/80', '/port-atlas/')).toBeNull();
  });
});

describe('page addresses under the root base', () => {
  it('follow the URL contract: decimal port, trailing slash, protocol as the fragment', () => {
    expect(portPath(5432)).toBe('/ports/5432/');
    expect(portPath(53, 'udp')).toBe('/ports/53/#udp');
    expect(portPath(22, null)).toBe('/ports/22/');
    expect(rangePath('x11')).toBe('/ranges/x11/');
    expect(sitePath('/')).toBe('/');
  });

  it('escape a search query', () => {
    expect(searchPath()).toBe('/search/');
    expect(searchPath('ssh & telnet')).toBe('/search/?q=ssh%20%26%20telnet');
  });

  it('become absolute on the configured origin', () => {
    expect(absoluteUrl('/ports/80/')).toBe(new URL('/ports/80/', DEFAULT_SITE).href);
  });
});
