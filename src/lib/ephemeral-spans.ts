/** Kept free of zod and other build-time imports: the port picker's browser script uses it too. */
import type { PortRange } from './schemas/port-range';

/**
 * Whether a span is an operating system's default ephemeral range (shown as ephemeral use) rather than a
 * span some program uses (shown as an unofficial use). The data says so explicitly: equal numbers are not
 * enough, since coturn's relay span is the same 49152–65535 as Windows' default.
 */
export function isOsEphemeralSubRange(range: Pick<PortRange, 'kind' | 'ephemeralDefault'>): boolean {
  return range.kind === 'sub-range' && range.ephemeralDefault !== undefined;
}
