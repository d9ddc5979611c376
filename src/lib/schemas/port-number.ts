/** Zod schemas for port numbers and protocols; the rules themselves live in src/lib/port-number.ts. */
import { z } from 'astro/zod';
import { MAX_PORT, MIN_PORT, PROTOCOLS } from '../port-number';

// Kept so that code written before the split still compiles; new code imports ../port-number directly.
export { MAX_PORT, PROTOCOLS, type Protocol } from '../port-number';

/** A TCP/UDP/SCTP/DCCP port number, 0–65535. */
export const portNumberSchema = z
  .number()
  .int('must be a whole number')
  .min(MIN_PORT, `must be between ${MIN_PORT} and ${MAX_PORT}`)
  .max(MAX_PORT, `must be between ${MIN_PORT} and ${MAX_PORT}`);

/** Transport protocols that the IANA registry assigns ports for. */
export const protocolSchema = z.enum(PROTOCOLS);
