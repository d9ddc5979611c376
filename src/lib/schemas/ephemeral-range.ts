import { z } from 'astro/zod';
import { portNumberSchema } from './port-number';
import { sourcesSchema } from './source';

/** An operating system's default range for automatically chosen (ephemeral) source ports. */
export const ephemeralRangeSchema = z.object({
  /** Stable identifier, e.g. "linux". */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens'),
  /** The system, e.g. "Linux". */
  system: z.string().trim().min(1),
  /** Which releases use this default, e.g. "4.2 and later". */
  versions: z.string().trim().min(1),
  /** First port of the default range. */
  start: portNumberSchema,
  /** Last port of the default range (inclusive). */
  end: portNumberSchema,
  /** Whether this is the system's current default (older defaults are kept for reference). */
  current: z.boolean(),
  /** The command that shows the range on a running system. */
  readCommand: z.string().trim().min(1),
  /** A caveat worth showing beside the numbers. */
  note: z.string().trim().min(1).optional(),
  /** Where the default can be checked. Secondary sources are marked as such on the page. */
  sources: sourcesSchema,
});
export type EphemeralRange = z.infer<typeof ephemeralRangeSchema>;
