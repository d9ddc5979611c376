import { z } from 'astro/zod';

/** What kind of document backs a curated claim. */
export const sourceKindSchema = z.enum([
  /** An RFC or other published standard. */
  'standard',
  /** The vendor's own documentation, knowledge base or support article. */
  'vendor',
  /** The project's own documentation or source code. */
  'project',
  /** The operating system's source code or manual page. */
  'os-source',
  /** A secondary source (a book, an article, a third-party list); say so on the page. */
  'secondary',
  /** Observed traffic or scans reported by a named observer (e.g. a CERT or honeypot report). */
  'observed',
]);

/** A citation for one curated claim. */
export const sourceSchema = z.object({
  /** Where the claim can be checked; always https. */
  url: z
    .string()
    .url()
    .refine((url) => url.startsWith('https://'), 'must be an https:// URL'),
  /** The document's title as a reader would recognise it. */
  title: z.string().trim().min(3),
  /** What kind of document this is. */
  kind: sourceKindSchema,
});

/** Every curated claim needs at least one source. */
export const sourcesSchema = z.array(sourceSchema).min(1, 'needs at least one source');

export type Source = z.infer<typeof sourceSchema>;
export type SourceKind = z.infer<typeof sourceKindSchema>;
