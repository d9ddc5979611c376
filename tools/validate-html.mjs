// Validates the HTML of every page type and a sample of port pages across all ranges with html-validate.
// Usage: node tools/validate-html.mjs [dir]; exits 1 with the messages when any page has an error.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';

const root = process.argv[2] ?? 'dist';
const started = performance.now();

// Every page type, and port pages at the edges of each range plus notable and prose-carrying ports.
const ports = [0, 1, 2, 7, 22, 53, 79, 80, 135, 443, 831, 1023, 1024, 3389, 5432, 6000, 6063, 8080, 11434, 32768, 49151, 49152, 60023, 61000, 65535];
const learn = existsSync(join(root, 'learn')) ? readdirSync(join(root, 'learn'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => `learn/${e.name}/index.html`) : [];
const files = [
  'index.html', '404.html', 'ports/index.html', 'ranges/index.html', 'learn/index.html', 'search/index.html', 'data/index.html',
  'ranges/well-known/index.html', 'ranges/dynamic/index.html', 'ranges/x11/index.html', 'ranges/mosh/index.html',
  'services/postgresql/index.html', 'services/postgres/index.html', 'services/http/index.html',
  'systems/index.html', 'systems/windows-11/index.html',
  'changes/index.html', 'changes/earlier/index.html', 'services/ollama/index.html',
  ...learn,
  ...ports.map((port) => `ports/${port}/index.html`),
].map((file) => join(root, file));

const validator = new HtmlValidate(new FileSystemConfigLoader());
const results = [];
let errors = 0;
for (const file of files) {
  const report = await validator.validateFile(file);
  errors += report.errorCount;
  if (!report.valid) results.push(...report.results);
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (errors > 0) {
  console.error(formatterFactory('text')(results));
  console.error(`HTML validation: ${errors} errors in ${files.length} pages.`);
  process.exit(1);
}
console.log(`HTML validation: ${files.length} pages, 0 errors (${seconds} s).`);
