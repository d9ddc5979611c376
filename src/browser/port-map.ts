/**
 * Makes every `figure[data-port-map]` (src/components/PortMap.astro) a way to open a port. A mouse click on
 * a cell opens that port. A tap only selects it, because on a phone a cell is a pixel or two wide and a
 * finger cannot aim at one: the readout then names the port with a link to it, and a second tap on the same
 * cell opens it. The map is focusable, with arrow keys moving a cursor and Enter opening the port under it.
 * The readout says what the port is: its status from the map image's own pixels (nothing to download) and,
 * once the reader points at the map, its service name from the search's port list (/search/ports.json),
 * which is fetched then and not before.
 */
import { portPath, sitePath } from '../lib/urls';

const ROW = 256;

/** The status code of every port, from the image's pixels matched to the nearest palette colour. */
async function readStatuses(href: string, palette: number[][]): Promise<Uint8Array | null> {
  try {
    const image = new Image();
    image.src = href;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = ROW;
    canvas.height = ROW;
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) return null;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, ROW, ROW).data;
    const codes = new Uint8Array(ROW * ROW);
    for (let port = 0; port < codes.length; port++) {
      let best = 0;
      let bestDistance = Infinity;
      palette.forEach(([r, g, b], code) => {
        const distance = (pixels[port * 4] - r) ** 2 + (pixels[port * 4 + 1] - g) ** 2 + (pixels[port * 4 + 2] - b) ** 2;
        if (distance < bestDistance) [best, bestDistance] = [code, distance];
      });
      codes[port] = best;
    }
    return codes;
  } catch {
    return null; // the readout then names the port without its status
  }
}

/** Port number → short label ("PostgreSQL", "http-alt"), from the list the search page uses for spans. */
let names: Promise<Map<number, string> | null> | null = null;
function loadNames(): Promise<Map<number, string> | null> {
  names ??= fetch(sitePath('/search/ports.json'))
    .then((response) => (response.ok ? (response.json() as Promise<{ ports?: [number, string][] }>) : null))
    .then((json) => (json?.ports ? new Map(json.ports) : null))
    .catch(() => null); // the readout then gives the status alone
  return names;
}

function enhance(figure: HTMLElement): void {
  const svg = figure.querySelector<SVGSVGElement>('svg.port-map-svg')!;
  const cursor = svg.querySelector<SVGGElement>('.port-map-cursor')!;
  const readout = figure.querySelector<HTMLElement>('.port-map-readout')!;
  const hint = figure.querySelector<HTMLElement>('.port-map-hint')!;
  const image = svg.querySelector<SVGImageElement>('image')!;
  const start = Number(figure.dataset.start);
  const end = Number(figure.dataset.end);
  const [left, top, columns, rows] = svg.getAttribute('viewBox')!.split(' ').map(Number);
  const palette = (figure.dataset.palette ?? '').split(',').map((hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)));
  const labels = (figure.dataset.labels ?? '').split('|');
  let statuses: Uint8Array | null = null;
  let labelOf: Map<number, string> | null = null;
  let current = start;
  let shown = -1;
  /** How the last shown port was reached: a tap shows a link to open it, the keyboard says to press Enter. */
  let shownBy: 'pointer' | 'keys' | 'tap' = 'pointer';
  /** The kind of pointer behind the next click: a touch selects first, a mouse opens at once. */
  let pointerType = 'mouse';

  svg.setAttribute('role', 'application');
  svg.setAttribute('tabindex', '0');
  svg.setAttribute('aria-roledescription', 'port map');
  svg.setAttribute('aria-describedby', hint.id);
  svg.classList.add('is-interactive');
  hint.hidden = false;
  void readStatuses(image.href.baseVal, palette).then((codes) => {
    statuses = codes;
    if (shown >= 0) describe(shown, shownBy);
  });
  const wantNames = () =>
    void loadNames().then((map) => {
      labelOf = map;
      if (shown >= 0) describe(shown, shownBy);
    });
  for (const type of ['pointerenter', 'focus', 'touchstart'] as const) svg.addEventListener(type, wantNames, { once: true, passive: true });

  function describe(port: number, by: typeof shownBy): void {
    shown = port;
    shownBy = by;
    const name = labelOf?.get(port);
    const status = statuses ? (labels[statuses[port]] ?? 'unknown') : '';
    const what = [name, status].filter(Boolean).join(' · ');
    readout.textContent = `Port ${port}${what ? `: ${what}` : ''}.`;
    if (by === 'keys') readout.append(' Press Enter to open it.');
    if (by === 'tap') {
      const link = document.createElement('a');
      link.href = portPath(port);
      link.textContent = `Open port ${port}`;
      readout.append(' ', link, ' (or tap the cell again).');
    }
  }

  /** The port under a pointer event, or null outside the cells shown. */
  function portAt(event: MouseEvent): number | null {
    const matrix = svg.getScreenCTM();
    if (!matrix) return null;
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    const column = Math.floor(point.x);
    const row = Math.floor(point.y);
    if (column < left || column >= left + columns || row < top || row >= top + rows) return null;
    return row * ROW + column;
  }

  function moveTo(port: number): void {
    current = Math.min(end, Math.max(start, port));
    cursor.setAttribute('transform', `translate(${current % ROW} ${Math.floor(current / ROW)})`);
    cursor.setAttribute('visibility', 'visible');
    describe(current, 'keys');
  }

  svg.addEventListener('pointerdown', (event) => (pointerType = event.pointerType));
  svg.addEventListener('click', (event) => {
    const port = portAt(event);
    if (port === null) return;
    if (pointerType === 'mouse' || (shownBy === 'tap' && port === shown)) {
      location.assign(portPath(port));
      return;
    }
    // A tap: mark the cell and name the port; a link in the readout (or a second tap) opens it.
    current = port;
    cursor.setAttribute('transform', `translate(${port % ROW} ${Math.floor(port / ROW)})`);
    cursor.setAttribute('visibility', 'visible');
    describe(port, 'tap');
  });
  svg.addEventListener('pointermove', (event) => {
    if (event.pointerType !== 'mouse') return; // a finger sliding over the map is scrolling, not pointing
    const port = portAt(event);
    if (port !== null && port !== shown) describe(port, 'pointer');
  });
  svg.addEventListener('focus', () => {
    if (shownBy !== 'tap') moveTo(current);
  });
  svg.addEventListener('blur', () => {
    if (shownBy !== 'tap') cursor.setAttribute('visibility', 'hidden');
  });
  svg.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const column = current % ROW;
    const steps: Record<string, number> = {
      ArrowLeft: -1,
      ArrowRight: 1,
      ArrowUp: -ROW,
      ArrowDown: ROW,
      PageUp: -16 * ROW,
      PageDown: 16 * ROW,
      Home: -column,
      End: ROW - 1 - column,
    };
    if (event.key in steps) {
      event.preventDefault();
      moveTo(current + steps[event.key]);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      location.assign(portPath(current));
    }
  });
}

document.querySelectorAll<HTMLElement>('figure[data-port-map]').forEach(enhance);
