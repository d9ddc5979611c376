// `npm run build`: Astro's build with two things the plain CLI cannot do.
// 1. NODE_ENV=production marks a production build, which must name its public origin (astro.config.mjs
//    refuses the placeholder). Astro sets NODE_ENV=production for every build itself, so the reader's own
//    setting is only visible here, before Astro starts.
// 2. The log stays readable in CI: Astro prints one line per generated page (73,000 of them); those lines
//    are counted instead, and every other line (warnings, timings, the page total) passes through.
// Options: --outDir <dir>. Environment: PORT_ATLAS_SITE, PORT_ATLAS_BASE, PORT_ATLAS_PORTS (see README).
import { build } from 'astro';

if (process.env.NODE_ENV === 'production') process.env.PORT_ATLAS_PRODUCTION = '1';

const args = process.argv.slice(2);
const outDirAt = args.indexOf('--outDir');
const outDir = outDirAt >= 0 ? args[outDirAt + 1] : undefined;
if (outDirAt >= 0 && !outDir) {
  console.error('--outDir needs a directory');
  process.exit(2);
}

/** "  ├─ /ports/22/index.html (+2ms)": a line about one generated page. */
const PAGE_LINE = /^(?:\S+ )?\s+[├└]─ \S+/;
let hidden = 0;
const write = process.stdout.write.bind(process.stdout);
let pending = '';
process.stdout.write = (chunk, ...rest) => {
  pending += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
  const lines = pending.split('\n');
  pending = lines.pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const kept = lines.filter((line) => !(PAGE_LINE.test(line.replace(/\x1b\[[0-9;]*m/g, '')) && ++hidden));
  if (kept.length > 0) write(`${kept.join('\n')}\n`, ...rest);
  else if (typeof rest.at(-1) === 'function') rest.at(-1)();
  return true;
};

try {
  await build({ root: process.cwd(), ...(outDir ? { outDir } : {}) });
  if (pending) write(`${pending}\n`);
  write(`(${hidden.toLocaleString('en-US')} per-page log lines left out)\n`);
} catch (error) {
  process.stdout.write = write;
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
