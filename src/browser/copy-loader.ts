/**
 * Loads the copy buttons and dated citations (copy.ts) only on pages that have something they act on: a
 * command or code block, a cite box, or a section heading that links to itself (copy-targets.ts). This import
 * rides in the one script every page already loads, so no page carries a second script tag for it.
 */
import { COPY_TARGETS } from './copy-targets';

if (document.querySelector(COPY_TARGETS)) void import('./copy');
