// A minimal static file server for `dist`, behaving like common static hosts: `/a/` serves `/a/index.html`,
// `/a` redirects to `/a/` when that folder exists, and any missing path gets `404.html` with status 404.
// Every response, the 404 page included, carries the headers `_headers` sets for `/*`.
// Used by the end-to-end tests; `node tools/static-server.mjs [dir] [port]` runs it by hand.
//
// Why not `astro preview`: it sends configured headers on found files only, so the 404 page and its script
// would escape the Content-Security-Policy the tests enforce, and it serves `/ports/22` as a page instead of
// redirecting to `/ports/22/` as static hosts do. A maintained server (serve, sirv) would still need this
// file's base path, `_headers` and 404 handling wrapped around it.
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { normaliseBase, pathInsideBase } from '../src/lib/urls.ts';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};

function fileAt(path) {
  try {
    const stats = statSync(path);
    return stats.isFile() ? path : stats.isDirectory() ? 'directory' : null;
  } catch {
    return null;
  }
}

/**
 * Reads the headers that `_headers` (Netlify / Cloudflare Pages format) sets for every path (`/*`), so that
 * the tests run under the same Content-Security-Policy a deployment would send.
 */
function globalHeaders(rootDir) {
  let text;
  try {
    text = readFileSync(join(rootDir, '_headers'), 'utf8');
  } catch {
    return {};
  }
  const headers = {};
  let inGlobal = false;
  for (const line of text.split('\n')) {
    if (/^\S/.test(line)) inGlobal = line.trim() === '/*';
    else if (inGlobal && line.includes(':')) {
      const index = line.indexOf(':');
      headers[line.slice(0, index).trim().toLowerCase()] = line.slice(index + 1).trim();
    }
  }
  // upgrade-insecure-requests would send the test browser to https on localhost.
  if (headers['content-security-policy']) headers['content-security-policy'] = headers['content-security-policy'].replace(/;\s*upgrade-insecure-requests/, '');
  return headers;
}

/** Starts the server; resolves to { url, close }. `base` is the path prefix the site is built for. */
export function startStaticServer({ root = 'dist', port = 0, base = '/' } = {}) {
  const rootDir = resolve(root);
  const prefix = normaliseBase(base);
  const extraHeaders = globalHeaders(rootDir);
  const server = createServer((request, response) => {
    const send = (status, path, headers = {}) => {
      response.writeHead(status, { ...extraHeaders, 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', ...headers });
      if (request.method === 'HEAD') response.end();
      else createReadStream(path).pipe(response);
    };
    const notFound = () => {
      const page = join(rootDir, '404.html');
      if (fileAt(page)) send(404, page);
      else response.writeHead(404).end('Not found');
    };
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      return notFound();
    }
    const relative = pathInsideBase(pathname, prefix);
    if (relative === null) return notFound();
    const target = normalize(join(rootDir, relative));
    if (!target.startsWith(rootDir)) return notFound();
    const found = fileAt(target);
    if (found === 'directory') {
      if (!pathname.endsWith('/')) {
        response.writeHead(301, { location: `${pathname}/` }).end();
        return;
      }
      const index = join(target, 'index.html');
      return fileAt(index) ? send(200, index) : notFound();
    }
    if (found) return send(200, found);
    return notFound();
  });
  return new Promise((resolvePromise) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolvePromise({
        url: `http://127.0.0.1:${address.port}${prefix.slice(0, -1)}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { url } = await startStaticServer({ root: process.argv[2] ?? 'dist', port: Number(process.argv[3] ?? 4321) });
  console.log(`Serving dist at ${url}/`);
}
