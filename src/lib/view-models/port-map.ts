/**
 * The view model of a port map (src/components/PortMap.astro): which rows of the shared 256×256 image to
 * show, what to dim, where the IANA range boundaries fall, the legend, the block links and the text
 * description. The component only formats what is here.
 */
import { MAX_PORT, PORT_COUNT } from '../port-number';
import { MAP_PALETTE, MAP_STATUSES, countCells, hexColour, mapRows, type CellCode } from '../port-space';
import { formatSpan, ianaBoundaries } from '../ports';
import type { PortRange } from '../schemas/port-range';

/** Ports in one row of the map (the low byte of the port number). */
export const MAP_ROW = 256;
/** A span of fewer rows is padded to this many, so that a small range is still a band and not a hairline. */
const MIN_ROWS = 8;
/**
 * A span inside one row is also cropped to the columns around it, at least this many, so that its cells are
 * big enough to see and to click: 64 ports across a full row of 256 would be cells of 2.5 CSS pixels.
 */
const MIN_COLUMNS = 32;
/** Cells shown on each side of a span cropped to its columns, so that its neighbours stay in view. */
const CONTEXT_COLUMNS = 8;
/** Ports per block link under the map. */
export const MAP_BLOCK = 1024;

export interface PortMapOptions {
  /** First port to show (default 0). */
  start?: number;
  /** Last port to show (default 65535). */
  end?: number;
  /** Unique prefix for element ids on the page. */
  id?: string;
}

export interface PortMapModel {
  id: string;
  start: number;
  end: number;
  /** The row of the span's first port, where the keyboard cursor starts. */
  firstRow: number;
  /** The rows shown: the SVG's viewBox crops the image to top … top + rows - 1. */
  top: number;
  rows: number;
  /** The columns shown: left … left + columns - 1 (all 256 unless the span lies inside one row). */
  left: number;
  columns: number;
  whole: boolean;
  /** Cells shown but outside the span, dimmed. */
  outside: { x: number; y: number; width: number; height: number }[];
  /** Lines at the starts of IANA ranges that fall inside the rows shown. */
  boundaries: { port: number; row: number; name: string }[];
  legend: { code: CellCode; label: string; colour: string; count: number }[];
  blocks: { start: number; end: number; assigned: number }[];
  /** "Open a block of 1,024 ports" or "of ports" when zoomed. */
  blockWord: string;
  /** The image's text alternative. */
  description: string;
  /** "Ports 0 to 65535" or "Ports 6000–6063". */
  caption: string;
  /** Says that the rows are cropped, when they are: "Each row is cropped to the 80 cells around the span." */
  cropNote: string | null;
  /** Palette colours in code order, for the browser script to read the image's pixels. */
  palette: string;
  /** Status labels in code order, separated by "|". */
  labels: string;
}

const format = (n: number) => n.toLocaleString('en-US');

/**
 * The map of ports start–end. `codes` is one CELL code per port (site-data's portClasses) and `ranges`
 * the curated ranges, whose IANA starts after 0 become the boundary lines.
 */
export function buildPortMapModel(codes: Uint8Array, ranges: readonly PortRange[], options: PortMapOptions = {}): PortMapModel {
  const { start = 0, end = MAX_PORT, id = 'port-map' } = options;
  if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= MAX_PORT)) {
    throw new Error(`PortMap needs 0 ≤ start ≤ end ≤ ${MAX_PORT}, got ${start}–${end}`);
  }
  const lastRow = PORT_COUNT / MAP_ROW - 1;
  const counts = countCells(codes, start, end);
  const { first, last } = mapRows(start, end);
  const pad = Math.max(0, MIN_ROWS - (last - first + 1));
  const top = Math.max(0, Math.min(first - Math.floor(pad / 2), lastRow + 1 - Math.max(MIN_ROWS, last - first + 1)));
  const bottom = Math.min(lastRow, Math.max(last, top + MIN_ROWS - 1));
  const whole = start === 0 && end === MAX_PORT;
  const spanWidth = end - start + 1;
  const columns = first === last ? Math.min(MAP_ROW, Math.max(MIN_COLUMNS, spanWidth + 2 * CONTEXT_COLUMNS)) : MAP_ROW;
  const left = Math.max(0, Math.min(MAP_ROW - columns, (start % MAP_ROW) - Math.floor((columns - spanWidth) / 2)));

  // Cells shown but outside the span: whole rows above and below, and the ends of its first and last rows.
  const outside: PortMapModel['outside'] = [];
  if (first > top) outside.push({ x: 0, y: top, width: MAP_ROW, height: first - top });
  if (start % MAP_ROW > 0) outside.push({ x: 0, y: first, width: start % MAP_ROW, height: 1 });
  if (end % MAP_ROW < MAP_ROW - 1) outside.push({ x: (end % MAP_ROW) + 1, y: last, width: MAP_ROW - 1 - (end % MAP_ROW), height: 1 });
  if (bottom > last) outside.push({ x: 0, y: last + 1, width: MAP_ROW, height: bottom - last });

  const boundaries = ianaBoundaries(ranges)
    .map((range) => ({ port: range.start, row: range.start / MAP_ROW, name: `the ${range.slug} range at ${range.start}` }))
    .filter(({ port }) => port > top * MAP_ROW && port <= bottom * MAP_ROW);

  const legend = MAP_STATUSES.filter((status) => counts[status.key] > 0).map((status) => ({
    code: status.code,
    label: status.label,
    colour: hexColour(MAP_PALETTE[status.code]),
    count: counts[status.key],
  }));

  const blocks: PortMapModel['blocks'] = [];
  for (let block = Math.floor(start / MAP_BLOCK) * MAP_BLOCK; block <= end; block += MAP_BLOCK) {
    const from = Math.max(block, start);
    const to = Math.min(block + MAP_BLOCK - 1, end);
    blocks.push({ start: from, end: to, assigned: countCells(codes, from, to).assigned });
  }

  const span = whole ? `all ${format(PORT_COUNT)} ports` : `ports ${formatSpan(start, end)}`;
  const description = `Map of ${span}, one cell per port in rows of ${MAP_ROW}, lowest at top left: ${legend
    .map((entry) => `${format(entry.count)} ${entry.label.charAt(0).toLowerCase()}${entry.label.slice(1)}`)
    .join('; ')}.`;

  return {
    id,
    start,
    end,
    firstRow: first,
    top,
    rows: bottom - top + 1,
    left,
    columns,
    whole,
    outside,
    boundaries,
    legend,
    blocks,
    blockWord: whole ? `${format(MAP_BLOCK)} ports` : 'ports',
    description,
    caption: whole ? `Ports 0 to ${MAX_PORT}` : `Ports ${formatSpan(start, end)}`,
    cropNote: columns < MAP_ROW ? `Each row is cropped to the ${columns} cells around the span.` : null,
    palette: MAP_PALETTE.map(hexColour).join(','),
    labels: MAP_STATUSES.slice()
      .sort((a, b) => a.code - b.code)
      .map((status) => status.label)
      .join('|'),
  };
}
