import type { NotablePortInput } from '../../src/lib/schemas/notable-port';

/** Notable ports in the "games" category. Summaries are our own words; every entry has a source. */
export const notablePorts: NotablePortInput[] = [
  {
    port: 25565,
    protocols: ['tcp'],
    name: 'Minecraft Java Edition server',
    summary: 'Minecraft Java Edition game servers accept player connections on this TCP port unless server.properties says otherwise.',
    category: 'games',
    aliases: ['minecraft', 'mc'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://minecraft.wiki/w/Server.properties',
        title: 'Minecraft Wiki: server.properties (server-port)',
        kind: 'secondary',
      },
    ],
  },
];
