/**
 * `docker ps`: the PORTS column lists published ports as `host-address:host-port->container-port/protocol`
 * (`0.0.0.0:8080->80/tcp`, `[::]:8080->80/tcp`, `:::8080->80/tcp`, ranges `8000-8001->8000-8001/tcp`) and
 * ports a container exposes without publishing as `5432/tcp`. The container's name is the last column.
 */
import { parseEndpoint } from '../address';
import { MAX_PORT } from '../../port-number';
import type { LineResult, Socket, Transport } from '../types';

const HEADER = /^\s*CONTAINER ID\s+IMAGE\s+/;
const CONTAINER = /^[0-9a-f]{12}(?:[0-9a-f]{52})?\s{2,}/;
const PUBLISHED = /(?:(\[[^\]]*\]|[0-9.]+|::|\*)?:)?(\d{1,5})(?:-(\d{1,5}))?->(\d{1,5})(?:-(\d{1,5}))?\/(tcp|udp|sctp)/g;
const EXPOSED = /(?:^|[\s,])(\d{1,5})(?:-(\d{1,5}))?\/(tcp|udp|sctp)(?=,|\s|$)/g;
/** A published span longer than this is cut, so that `1-65535->1-65535/tcp` cannot produce 65,536 rows. */
const MAX_SPAN = 1024;

export function parseDockerPsLine(line: string, number: number): LineResult | null {
  if (HEADER.test(line)) return { kind: 'known', format: 'docker-ps' };
  if (!CONTAINER.test(line)) return null;
  const name = line.trim().split(/\s+/).at(-1) ?? '';
  const processes = [`container ${name}`];
  const sockets: Socket[] = [];
  for (const match of line.matchAll(PUBLISHED)) {
    const [, addressText = '0.0.0.0', hostStart, hostEnd = hostStart, containerStart, , protocol] = match;
    const address = parseEndpoint(`${addressText}:0`)?.address ?? addressText;
    const first = Number(hostStart);
    const last = Math.min(Number(hostEnd), first + MAX_SPAN - 1, MAX_PORT);
    for (let port = first; port <= last; port++) {
      sockets.push({
        format: 'docker-ps',
        protocol: protocol as Transport,
        role: 'listen',
        local: { address, port },
        state: 'published',
        processes,
        view: 'local',
        containerPort: Number(containerStart) + (port - first),
        line: number,
      });
    }
  }
  const withoutPublished = line.replace(PUBLISHED, '');
  for (const match of withoutPublished.matchAll(EXPOSED)) {
    const first = Number(match[1]);
    const last = Math.min(Number(match[2] ?? match[1]), first + MAX_SPAN - 1, MAX_PORT);
    for (let port = first; port <= last; port++) {
      sockets.push({
        format: 'docker-ps',
        protocol: match[3] as Transport,
        role: 'listen',
        local: { address: 'container', port },
        state: 'exposed',
        processes,
        view: 'container',
        line: number,
      });
    }
  }
  return sockets.length > 0 ? { kind: 'sockets', sockets } : { kind: 'known', format: 'docker-ps' };
}
