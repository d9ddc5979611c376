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

/** A program or protocol that uses a port without (or beyond) an IANA assignment for it. */
export const unofficialUseSchema = z.object({
  /** Who uses the port, e.g. "Minecraft: Java Edition server". */
  user: z.string().trim().min(1),
  /** One sentence in our own words: how it uses the port. */
  description: z.string().trim().min(20, 'needs a sentence of at least 20 characters'),
  /** Protocols this use runs over. */
  protocols: z.array(protocolSchema).min(1),
  /** Where the use is documented. */
  sources: sourcesSchema,
});

/** A security note for a port, with its source. */
export const securityNoteSchema = z.object({
  /** One or two sentences in our own words. */
  note: z.string().trim().min(20, 'needs a sentence of at least 20 characters'),
  sources: sourcesSchema,
});

/** A port that people actually meet, with what runs there in our own words. */
export const notablePortSchema = z.object({
  /** The port number. */
  port: portNumberSchema,
  /** Protocols this use runs over. */
  protocols: z.array(protocolSchema).min(1),
  /** The name people know the service by, e.g. "PostgreSQL". */
  name: z.string().trim().min(1),
  /** One sentence, our own words: what runs here. */
  summary: z
    .string()
    .trim()
    .min(20, 'needs a one-sentence summary of at least 20 characters')
    // The port page shows the registry record already; a curated entry must say what people meet there.
    .refine((text) => !/^IANA (registers|assigns|lists)\b/i.test(text), 'restates the IANA record: say what people actually meet on this port'),
  /** Listing group. */
  category: categorySchema,
  /** Lower-case words people type to find it (e.g. "postgres", "pg"). */
  aliases: z.array(z.string().regex(/^[a-z0-9][a-z0-9.+_-]*$/, 'aliases are lower-case words')),
  /** "official": the IANA assignment is this use; "unofficial": a common use without (or against) the assignment. */
  status: z.enum(['official', 'unofficial']),
  /** Where each claim above can be checked. */
  sources: sourcesSchema,
  /** Uses of this number that the IANA assignment does not describe, each with its own source. */
  unofficialUses: z.array(unofficialUseSchema).default([]),
  /** What to know before exposing the port: attacks, exposure, safer alternatives. */
  security: z.array(securityNoteSchema).default([]),
  /** Ports that go with this one (e.g. 993 for 143). */
  related: z.array(portNumberSchema).default([]),
});
/** A notable port as the data files write it (defaults may be omitted). */
export type NotablePortInput = z.input<typeof notablePortSchema>;
/** A validated notable port, defaults filled in. */
export type NotablePort = z.infer<typeof notablePortSchema>;
export type UnofficialUse = z.infer<typeof unofficialUseSchema>;
