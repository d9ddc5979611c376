#!/usr/bin/env node
/**
 * Validates the curated content exactly as the build does, without building: it loads src/data/site-data.ts
 * (which validates every data file and prose file when it is imported) and reports each problem.
 *
 *   npx node tools/validate-content.mjs                 # problems as "file:line: message", exit 1 if any
 *   npx node tools/validate-content.mjs --format github # GitHub Actions annotations, one per problem
 *   npx node tools/validate-content.mjs --root DIR      # validate another checkout (the tests use a temp copy)
 *
 * In GitHub Actions (GITHUB_ACTIONS=true) the annotation format is the default. Each annotation names the file
 * and the line of the bad field (found in the file's text from the entry's key), and its title names the entry
 * and the field, so the pull request shows the message on the line that needs changing.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createServer } from 'vite';

const { values } = parseArgs({
  options: {
    root: { type: 'string', default: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..') },
    format: { type: 'string', default: process.env.GITHUB_ACTIONS === 'true' ? 'github' : 'text' },
  },
});
const root = path.resolve(values.root);
if (!['github', 'text'].includes(values.format)) {
  console.error(`--format must be "github" or "text", not "${values.format}"`);
  process.exit(2);
}

/** Annotation properties and messages escape %, CR and LF (and , and : in properties), per the workflow-command rules. */
const escapeData = (text) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

const server = await createServer({
  root,
  configFile: false,
  logLevel: 'silent',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, ws: false },
  optimizeDeps: { noDiscovery: true, include: [] },
});
let failed = false;
try {
  const { findFieldLine } = await server.ssrLoadModule('/src/lib/entry-lines.ts');
  const { ContentError } = await server.ssrLoadModule('/src/lib/validate-content.ts');
  try {
    await server.ssrLoadModule('/src/data/site-data.ts');
    console.log('Content is valid.');
  } catch (error) {
    // Vite may wrap the module's error; the ContentError is the one carrying `details`.
    /** @type {{ details: any[] } | null} */
    const contentError = error instanceof ContentError || Array.isArray(/** @type {any} */ (error)?.details) ? /** @type {any} */ (error) : null;
    if (!contentError) throw error;
    failed = true;
    for (const problem of contentError.details) {
      let text = null;
      try {
        text = readFileSync(path.join(root, problem.file), 'utf8');
      } catch {
        // A problem about a folder, or one reported without its file, has no line to point at.
      }
      const line = problem.line ?? (problem.entry?.key && text !== null ? findFieldLine(text, problem.entry.key, problem.field) : 1);
      const entry = problem.label ?? (problem.entry ? (problem.entry.key ? `${problem.entry.key.field} ${JSON.stringify(problem.entry.key.value)}` : `entry #${problem.entry.index + 1}`) : '');
      const title = [entry, problem.field && `field "${problem.field}"`].filter(Boolean).join(', ') || 'content';
      if (values.format === 'github') {
        const where = text === null ? '' : `file=${escapeProperty(problem.file)},line=${line},`;
        console.log(`::error ${where}title=${escapeProperty(title)}::${escapeData(`${text === null ? `${problem.file}: ` : ''}${title}: ${problem.message}`)}`);
      } else {
        console.log(`${problem.file}:${line}: ${title}: ${problem.message}`);
      }
    }
    console.log(`${contentError.details.length} problem${contentError.details.length === 1 ? '' : 's'} in the content.`);
  }
} catch (error) {
  failed = true;
  const message = error instanceof Error ? error.message : String(error);
  console.log(values.format === 'github' ? `::error title=Content could not be loaded::${escapeData(message)}` : `Content could not be loaded: ${message}`);
} finally {
  await server.close();
}
process.exit(failed ? 1 : 0);
