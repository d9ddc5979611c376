import { z } from 'astro/zod';
import { portNumberSchema, protocolSchema } from './port-number';
import { sourcesSchema } from './source';

/** Broad groups used to list notable ports on `/ports/`. */
export const categorySchema = z.enum([
  'web',
  'mail',
  'name-directory',
  'file-transfer',
  'remote-access',
  'database',
  'messaging',
  'vpn-tunnel',
  'voip-media',
  'monitoring-management',
  'containers-orchestration',
  'development',
  'games',
  'iot-industrial',
  'time',
  'security-malware',
  'infrastructure',
]);
export type Category = z.infer<typeof categorySchema>;

/** A port that people actually meet, with what runs there in our own words. */
export const notablePortSchema = z.object({
  /** The port number. */
  port: portNumberSchema,
  /** Protocols this use runs over. */
  protocols: z.array(protocolSchema).min(1),
  /** The name people know the service by, e.g. "PostgreSQL". */
  name: z.string().trim().min(1),
  /** One sentence, our own words: what runs here. */
  summary: z.string().trim().min(20, 'needs a one-sentence summary of at least 20 characters'),
  /** Listing group. */
  category: categorySchema,
  /** Lower-case words people type to find it (e.g. "postgres", "pg"). */
  aliases: z.array(z.string().regex(/^[a-z0-9][a-z0-9.+_-]*$/, 'aliases are lower-case words')),
  /** "official": the IANA assignment is this use; "unofficial": a common use without (or against) the assignment. */
  status: z.enum(['official', 'unofficial']),
  /** Where each claim above can be checked. */
  sources: sourcesSchema,
});
export type NotablePort = z.infer<typeof notablePortSchema>;
