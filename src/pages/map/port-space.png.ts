/**
 * `/map/port-space.png`: every port as one pixel of a 256×256 indexed PNG (row = high byte, column = low
 * byte, so port = row × 256 + column), coloured by MAP_PALETTE. One shared, cacheable image serves the home
 * map, the zoomed range maps and the small map on every port page.
 */
import { portClasses } from '../../data/site-data';
import { MAP_PALETTE, encodePalettePng } from '../../lib/port-space';

export function GET(): Response {
  const codes = portClasses;
  const png = encodePalettePng(256, 256, MAP_PALETTE, codes);
  return new Response(png, { headers: { 'content-type': 'image/png' } });
}
