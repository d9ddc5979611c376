import { z } from 'astro/zod';
import { portNumberSchema, protocolSchema } from './port-number';
import { sourcesSchema } from './source';

/** A named span of ports with its own page at `/ranges/<slug>/`. */
export const portRangeSchema = z.object({
  /** URL segment, e.g. "x11" → `/ranges/x11/`. Stable once published. */
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens'),
  /** Display name, e.g. "X Window System displays". */
  name: z.string().trim().min(1),
  /**
   * How a sentence names one of the three IANA ranges, e.g. "user (registered)" in "It is in the user
   * (registered) range, 1024–49151". Required for kind "iana", unused for sub-ranges.
   */
  shortName: z.string().trim().min(1).optional(),
  /** First port in the range. */
  start: portNumberSchema,
  /** Last port in the range (inclusive). */
  end: portNumberSchema,
  /** "iana": one of the three ranges RFC 6335 defines; "sub-range": a notable span inside them. */
  kind: z.enum(['iana', 'sub-range']),
  /** One or two sentences, our own words. */
  summary: z.string().trim().min(20, 'needs a summary of at least 20 characters'),
  /** Where the span and its meaning can be checked. */
  sources: sourcesSchema,
  /**
   * The id in content/ephemeral-ranges.ts when this span is an operating system's default ephemeral range.
   * Such spans are shown under "Ephemeral use", not as unofficial uses; a span that merely has the same
   * numbers (coturn's relays use 49152–65535 too) is an application use and leaves this out.
   */
  ephemeralDefault: z.string().optional(),
  /**
   * The protocols on which programs listen on ports of this span, so that a scan or `netstat` can find them open
   * (VNC displays: tcp). Left out for spans that describe source ports or probe targets (bindresvport, traceroute),
   * which explain traffic but not an open port. The coverage report counts a span only for these protocols.
   */
  listeners: z.array(protocolSchema).min(1).optional(),
});
export type PortRange = z.infer<typeof portRangeSchema>;
