/**
 * Makes every `figure[data-port-map]` (src/components/PortMap.astro) a way to open a port: a click or tap
 * on a cell opens that port, and the map becomes focusable, with arrow keys moving a cursor and Enter
 * opening the port under it. A line under the map names the port under the pointer or cursor and what it
 * is, read from the map image's own pixels, so that no extra data is downloaded.
 */
import { portPath } from '../lib/urls';

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

function enhance(figure: HTMLElement): void {
  const svg = figure.querySelector<SVGSVGElement>('svg.port-map-svg')!;
  const cursor = svg.querySelector<SVGGElement>('.port-map-cursor')!;
  const readout = figure.querySelector<HTMLElement>('.port-map-readout')!;
  const hint = figure.querySelector<HTMLElement>('.port-map-hint')!;
  const image = svg.querySelector<SVGImageElement>('image')!;
  const start = Number(figure.dataset.start);
  const end = Number(figure.dataset.end);
  const [, top, , rows] = svg.getAttribute('viewBox')!.split(' ').map(Number);
  const palette = (figure.dataset.palette ?? '').split(',').map((hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)));
  const labels = (figure.dataset.labels ?? '').split('|');
  let statuses: Uint8Array | null = null;
  let current = start;
  let shown = -1;

  svg.setAttribute('role', 'application');
  svg.setAttribute('tabindex', '0');
  svg.setAttribute('aria-roledescription', 'port map');
  svg.setAttribute('aria-describedby', hint.id);
  svg.classList.add('is-interactive');
  hint.hidden = false;
  void readStatuses(image.href.baseVal, palette).then((codes) => {
    statuses = codes;
    if (shown >= 0) describe(shown, document.activeElement === svg);
  });

  function describe(port: number, withKeys: boolean): void {
    shown = port;
    const status = statuses ? `: ${labels[statuses[port]] ?? 'unknown'}` : '';
    readout.textContent = `Port ${port}${status}.${withKeys ? ' Press Enter to open it.' : ''}`;
  }

  /** The port under a pointer event, or null outside the cells shown. */
  function portAt(event: MouseEvent): number | null {
    const matrix = svg.getScreenCTM();
    if (!matrix) return null;
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    const column = Math.floor(point.x);
    const row = Math.floor(point.y);
    if (column < 0 || column >= ROW || row < top || row >= top + rows) return null;
    return row * ROW + column;
  }

  function moveTo(port: number): void {
    current = Math.min(end, Math.max(start, port));
    cursor.setAttribute('transform', `translate(${current % ROW} ${Math.floor(current / ROW)})`);
    cursor.setAttribute('visibility', 'visible');
    describe(current, true);
  }

  svg.addEventListener('click', (event) => {
    const port = portAt(event);
    if (port !== null) location.assign(portPath(port));
  });
  svg.addEventListener('pointermove', (event) => {
    const port = portAt(event);
    if (port !== null && port !== shown) describe(port, false);
  });
  svg.addEventListener('focus', () => moveTo(current));
  svg.addEventListener('blur', () => cursor.setAttribute('visibility', 'hidden'));
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
