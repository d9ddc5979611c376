import { z } from 'astro/zod';

/** The highest port number: ports are 16-bit unsigned integers. */
export const MAX_PORT = 65535;

/** A TCP/UDP/SCTP/DCCP port number, 0–65535. */
export const portNumberSchema = z
  .number()
  .int('must be a whole number')
  .min(0, 'must be between 0 and 65535')
  .max(MAX_PORT, 'must be between 0 and 65535');

/** Transport protocols that the IANA registry assigns ports for. */
export const protocolSchema = z.enum(['tcp', 'udp', 'sctp', 'dccp']);
export type Protocol = z.infer<typeof protocolSchema>;
export const PROTOCOLS: readonly Protocol[] = protocolSchema.options;
