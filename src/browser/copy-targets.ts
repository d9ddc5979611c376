/**
 * What the copy buttons act on, in one place: copy.ts finds its targets with these selectors, and copy-loader.ts
 * loads copy.ts only on a page where one of them matches.
 */
export const CODE_BLOCKS = 'main pre';
export const CITE_BOX = 'dl.cite';
export const LINKED_HEADINGS = 'main :is(h2, h3) > a[href^="#"]';
export const COPY_TARGETS = [CODE_BLOCKS, CITE_BOX, LINKED_HEADINGS].join(', ');
