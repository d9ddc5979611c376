/**
 * How much of a ranked worklist of commonly open ports (content/common-ports/) the curated data explains.
 *
 * A port counts as explained for a protocol when a curated notable-port entry covers it on that protocol (in the
 * entry itself or in one of its unofficial uses), or when it lies in a curated application span that names the
 * protocol among its listeners and is narrower than {@link MAX_EXPLAINING_SPAN_WIDTH} ports. An operating system's
 * ephemeral range never counts: it explains outgoing connections, not a port that a scan finds open.
 *
 * The types are written out here instead of imported from the schemas so that Node can run this module from the
 * data report without a bundler.
 */

/** A transport protocol the worklists are ranked for. */
export type WorklistProtocol = 'tcp' | 'udp';

/** The parts of a notable-port entry that decide coverage. */
export interface CoverageEntry {
  port: number;
  protocols: readonly string[];
  unofficialUses?: readonly { protocols: readonly string[] }[];
}

/** The parts of a curated span that decide coverage. */
export interface CoverageSpan {
  slug: string;
  start: number;
  end: number;
  kind: string;
  ephemeralDefault?: string;
  listeners?: readonly string[];
}

/** A span must hold fewer ports than this to explain a port inside it: a wider span says too little about any one. */
export const MAX_EXPLAINING_SPAN_WIDTH = 5000;

/** The tiers the coverage targets are set for, as counts of the highest-ranked ports. */
export const COVERAGE_TIERS: Readonly<Record<WorklistProtocol, readonly number[]>> = {
  tcp: [100, 300, 1000],
  udp: [50, 100, 250],
};

/** Why a port counts as explained: its own entry, or the slug of the span it lies in. */
export type Explanation = { by: 'entry'; port: number } | { by: 'span'; slug: string };

/** Coverage of the top `size` ports of one worklist. */
export interface TierCoverage {
  protocol: WorklistProtocol;
  size: number;
  covered: number;
  /** covered / size × 100, rounded down to one decimal so that 94.99 never shows as 95.0. */
  percent: number;
  /** The unexplained ports of this tier, in rank order. */
  uncovered: number[];
}

/** True when a span explains ports seen open on `protocol`: an application span, narrow enough, with listeners. */
export function spanExplainsListeners(span: CoverageSpan, protocol: WorklistProtocol): boolean {
  return (
    span.kind === 'sub-range' &&
    span.ephemeralDefault === undefined &&
    span.end - span.start + 1 < MAX_EXPLAINING_SPAN_WIDTH &&
    (span.listeners ?? []).includes(protocol)
  );
}

/** Builds a lookup from port to what explains it on `protocol`, preferring a port's own entry over a span. */
export function explainer(
  entries: readonly CoverageEntry[],
  spans: readonly CoverageSpan[],
  protocol: WorklistProtocol,
): (port: number) => Explanation | null {
  const withEntry = new Set(
    entries
      .filter((entry) => entry.protocols.includes(protocol) || (entry.unofficialUses ?? []).some((use) => use.protocols.includes(protocol)))
      .map((entry) => entry.port),
  );
  const explainingSpans = spans.filter((span) => spanExplainsListeners(span, protocol));
  return (port) => {
    if (withEntry.has(port)) return { by: 'entry', port };
    const span = explainingSpans.find((candidate) => candidate.start <= port && port <= candidate.end);
    return span ? { by: 'span', slug: span.slug } : null;
  };
}

/** Coverage of each tier of a ranked worklist (most common port first). */
export function worklistCoverage(
  ranked: readonly number[],
  protocol: WorklistProtocol,
  entries: readonly CoverageEntry[],
  spans: readonly CoverageSpan[],
  tiers: readonly number[] = COVERAGE_TIERS[protocol],
): TierCoverage[] {
  const explain = explainer(entries, spans, protocol);
  return tiers.map((size) => {
    const top = ranked.slice(0, size);
    const uncovered = top.filter((port) => explain(port) === null);
    const covered = top.length - uncovered.length;
    return { protocol, size: top.length, covered, percent: top.length === 0 ? 0 : Math.floor((covered / top.length) * 1000) / 10, uncovered };
  });
}

/**
 * Reads a worklist file: one port number a line, most common first; blank lines and # comments are skipped.
 * `maxPort` is MAX_PORT from src/lib/port-number.ts, passed in so that this module needs no runtime imports.
 */
export function parseWorklist(text: string, file: string, maxPort: number): number[] {
  const ports: number[] = [];
  text.split('\n').forEach((line, index) => {
    const value = line.replace(/#.*/, '').trim();
    if (value === '') return;
    if (!/^\d{1,5}$/.test(value) || Number(value) > maxPort) throw new Error(`${file}: line ${index + 1}: "${value}" is not a port number 0–${maxPort}`);
    ports.push(Number(value));
  });
  return ports;
}
