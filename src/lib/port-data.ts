/** What the view models need from the build-wide data (src/data/site-data.ts builds it once per build). */
import type { IanaRecord } from './iana';
import type { EphemeralRange } from './schemas/ephemeral-range';
import type { NotablePort } from './schemas/notable-port';
import type { PortRange } from './schemas/port-range';
import type { SystemListenerLink } from './systems';
import type { RegistryChange, RegistryHistory } from './registry-history';

export interface PortDataContext {
  recordsByPort: readonly IanaRecord[][];
  /** Sorted list of ports with at least one assignment, for "nearby assigned ports". */
  assignedPorts: readonly number[];
  notableByPort: ReadonlyMap<number, NotablePort>;
  ranges: readonly PortRange[];
  ephemeralRanges: readonly EphemeralRange[];
  snapshotDate: string;
  /** The date of the last commit (YYYY-MM-DD): a citation's access date that keeps builds reproducible. */
  buildDate: string;
  /** System pages listing each port as a default listener (src/lib/systems.ts); absent: none. */
  systemsByPort?: ReadonlyMap<number, SystemListenerLink[]>;
  /** The registry history, and the changes that belong to each port's history (src/lib/registry-history.ts); absent: none. */
  history?: RegistryHistory;
  historyByPort?: ReadonlyMap<number, RegistryChange[]>;
}
