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

/** A calendar date written YYYY-MM-DD that exists (no 2026-02-30) and is not after today. */
export const checkedDateSchema = z.string().superRefine((value, context) => {
  const problem = !/^\d{4}-\d{2}-\d{2}$/.test(value)
    ? 'must be a date written YYYY-MM-DD'
    : Number.isNaN(Date.parse(`${value}T00:00:00Z`)) || !new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)
      ? 'is not a real calendar date'
      : value > new Date().toISOString().slice(0, 10)
        ? 'is in the future: use the day you read the source'
        : null;
  if (problem) context.addIssue({ code: 'custom', message: problem });
});

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
  /**
   * The day someone opened and read the page and saw it say what it is cited for, as YYYY-MM-DD. Required for
   * every source added from 2026-11-30 on; older entries predate the rule. A date in the future is a typo.
   */
  checked: checkedDateSchema.optional(),
});

/** Every curated claim needs at least one source. */
export const sourcesSchema = z.array(sourceSchema).min(1, 'needs at least one source');

export type Source = z.infer<typeof sourceSchema>;
export type SourceKind = z.infer<typeof sourceKindSchema>;
