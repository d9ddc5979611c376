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
  {
    port: 3074,
    protocols: ['tcp', 'udp'],
    name: 'Xbox network (Xbox Live) game traffic',
    summary: 'Xbox consoles use this port for Xbox network (Xbox Live) multiplayer and party traffic; Microsoft lists it among the ports a router must let through for an open NAT type.',
    category: 'games',
    aliases: ['xbox', 'xbox-live', 'xbl'],
    status: 'official',
    sources: [
      {
        url: 'https://support.microsoft.com/en-gb/help/4026770/xbox-open-these-network-ports-for-xbox-one',
        title: 'Microsoft Support: Network ports used by Xbox network',
        kind: 'vendor',
      },
      {
        url: 'https://support.microsoft.com/default.aspx/kb/908874',
        title: 'Microsoft KB 908874: ports needed to connect to Xbox Live',
        kind: 'vendor',
      },
    ],
    related: [88, 500, 3544, 4500],
  },
  {
    port: 27015,
    protocols: ['tcp', 'udp'],
    name: 'Source / Steam dedicated game server',
    summary: 'Valve Source engine dedicated servers (SRCDS) carry game traffic and server-browser queries on UDP 27015 and accept remote console (RCON) logins on TCP 27015.',
    category: 'games',
    aliases: ['srcds', 'source-server', 'steam-server', 'hlds'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://developer.valvesoftware.com/wiki/Source_Dedicated_Server',
        title: 'Valve Developer Community: Source Dedicated Server (Connectivity)',
        kind: 'vendor',
      },
    ],
    security: [
      {
        note: 'US-CERT lists the Steam server-query protocol on UDP 27015 among protocols abused for reflected amplification attacks (about 5.5 times); rate-limit or filter queries from spoofed sources.',
        sources: [
          {
            url: 'https://www.us-cert.gov/ncas/alerts/TA14-017A',
            title: 'US-CERT Alert TA14-017A: UDP-Based Amplification Attacks',
            kind: 'observed',
          },
        ],
      },
      {
        note: 'RCON on TCP 27015 lets anyone who knows the rcon_password run server console commands; use a strong password and keep the TCP port away from untrusted networks.',
        sources: [
          {
            url: 'https://developer.valvesoftware.com/wiki/Source_Dedicated_Server',
            title: 'Valve Developer Community: Source Dedicated Server',
            kind: 'vendor',
          },
        ],
      },
    ],
    related: [27020, 27036],
  },
  {
    port: 27020,
    protocols: ['udp'],
    name: 'SourceTV',
    summary: 'Source engine dedicated servers relay spectator broadcasts (SourceTV, formerly HLTV) to viewers on this UDP port.',
    category: 'games',
    aliases: ['sourcetv', 'hltv'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://developer.valvesoftware.com/wiki/Source_Dedicated_Server',
        title: 'Valve Developer Community: Source Dedicated Server (Connectivity)',
        kind: 'vendor',
      },
    ],
    related: [27015],
  },
  {
    port: 27036,
    protocols: ['tcp', 'udp'],
    name: 'Steam Remote Play (In-Home Streaming)',
    summary: 'Steam clients broadcast on UDP 27036 to find each other on the local network for Remote Play, then set up a TCP control connection before streaming the game.',
    category: 'games',
    aliases: ['steam-remote-play', 'steam-link', 'steam-streaming'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://codingrange.com/blog/steam-in-home-streaming-discovery-protocol',
        title: 'Coding Range: Decoded: Steam In-Home Streaming Discovery Protocol',
        kind: 'secondary',
      },
    ],
    related: [27015],
  },
  {
    port: 9987,
    protocols: ['udp'],
    name: 'TeamSpeak 3 voice',
    summary: 'TeamSpeak 3 servers carry voice traffic for the first virtual server on this UDP port (the default_voice_port setting); clients connect here unless the address names another port.',
    category: 'games',
    aliases: ['teamspeak', 'ts3', 'teamspeak3'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://hub.docker.com/_/teamspeak',
        title: 'Docker Official Image: teamspeak (exposed ports)',
        kind: 'vendor',
      },
    ],
    related: [10011, 30033],
  },
  {
    port: 10011,
    protocols: ['tcp'],
    name: 'TeamSpeak 3 ServerQuery',
    summary: 'TeamSpeak 3 servers accept plain-text ServerQuery administration sessions (a telnet-style command interface) on this TCP port.',
    category: 'games',
    aliases: ['ts3-query', 'serverquery'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://hub.docker.com/_/teamspeak',
        title: 'Docker Official Image: teamspeak (exposed ports)',
        kind: 'vendor',
      },
    ],
    security: [
      {
        note: 'Raw ServerQuery is an unencrypted text protocol, so the serveradmin login crosses the network in clear text; restrict the port to trusted addresses.',
        sources: [
          {
            url: 'https://hub.docker.com/_/teamspeak',
            title: 'Docker Official Image: teamspeak',
            kind: 'vendor',
          },
        ],
      },
    ],
    related: [9987, 30033],
  },
  {
    port: 30033,
    protocols: ['tcp'],
    name: 'TeamSpeak 3 file transfer',
    summary: 'TeamSpeak 3 servers move channel files, avatars and icons between clients and the server over this TCP port.',
    category: 'games',
    aliases: ['ts3-filetransfer'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://hub.docker.com/_/teamspeak',
        title: 'Docker Official Image: teamspeak (exposed ports)',
        kind: 'vendor',
      },
    ],
    related: [9987, 10011],
  },
  {
    port: 25575,
    protocols: ['tcp'],
    name: 'Minecraft RCON',
    summary: 'Minecraft Java Edition servers with enable-rcon=true accept remote console commands on this TCP port (the rcon.port setting in server.properties).',
    category: 'games',
    aliases: ['minecraft-rcon', 'mc-rcon'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://minecraft.wiki/w/Server.properties',
        title: 'Minecraft Wiki: server.properties (rcon.port)',
        kind: 'secondary',
      },
    ],
    security: [
      {
        note: 'RCON is unencrypted and protected only by rcon.password, and a logged-in client can run any operator command; keep it off the public internet.',
        sources: [
          {
            url: 'https://minecraft.wiki/w/Server.properties',
            title: 'Minecraft Wiki: server.properties',
            kind: 'secondary',
          },
        ],
      },
    ],
    related: [25565],
  },
  {
    port: 19132,
    protocols: ['udp'],
    name: 'Minecraft Bedrock Edition server',
    summary: 'Minecraft Bedrock Dedicated Server and other Bedrock-protocol servers listen for players on this UDP port over IPv4, with 19133 used for IPv6 by default.',
    category: 'games',
    aliases: ['minecraft-bedrock', 'bedrock', 'mcpe'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://minecraft.wiki/w/Server.properties',
        title: 'Minecraft Wiki: server.properties (Bedrock server-port)',
        kind: 'secondary',
      },
    ],
    related: [25565],
  },
  {
    port: 3724,
    protocols: ['tcp', 'udp'],
    name: 'World of Warcraft',
    summary: 'Blizzard registered this port for World of Warcraft, whose client uses it for game traffic over TCP and for voice chat over UDP.',
    category: 'games',
    aliases: ['wow', 'world-of-warcraft', 'blizwow'],
    status: 'official',
    sources: [
      {
        url: 'https://us.battle.net/forums/en/bnet/topic/11642844210',
        title: 'Blizzard Battle.net forums: Firewalls and hosting games (port list)',
        kind: 'vendor',
      },
    ],
    related: [1119, 6112],
  },
  {
    port: 1119,
    protocols: ['tcp', 'udp'],
    name: 'Battle.net',
    summary: 'Blizzard registered this port for the Battle.net chat and game protocol that its launcher and games use to reach Battle.net services.',
    category: 'games',
    aliases: ['battle.net', 'bnet', 'bnetgame'],
    status: 'official',
    sources: [
      {
        url: 'https://us.battle.net/forums/en/bnet/topic/11642844210',
        title: 'Blizzard Battle.net forums: Firewalls and hosting games (port list)',
        kind: 'vendor',
      },
    ],
    related: [3724, 6112],
  },
  {
    port: 6112,
    protocols: ['tcp', 'udp'],
    name: 'Blizzard classic games (Warcraft III, Diablo, StarCraft)',
    summary: 'Classic Blizzard games such as Warcraft III and Diablo host and join peer-to-peer games on this port; IANA assigned the number to the CDE desktop sub-process control daemon (dtspcd).',
    category: 'games',
    aliases: ['warcraft3', 'wc3', 'dtspcd'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://us.battle.net/support/en/article/others-unable-to-join-warcraft-iii-custom-battle-net-games',
        title: 'Blizzard Support: Others unable to join Warcraft III custom Battle.net games',
        kind: 'vendor',
      },
      {
        url: 'https://us.battle.net/forums/en/bnet/topic/11642844210',
        title: 'Blizzard Battle.net forums: Firewalls and hosting games (port list)',
        kind: 'vendor',
      },
    ],
    related: [1119, 3724],
  },
  {
    port: 26000,
    protocols: ['udp'],
    name: 'Quake',
    summary: 'The original Quake network protocol serves games and server-information queries on this UDP port, which IANA registered for Quake.',
    category: 'games',
    aliases: ['quake'],
    status: 'official',
    sources: [
      {
        url: 'https://www.us-cert.gov/ncas/alerts/TA14-017A',
        title: 'US-CERT Alert TA14-017A: UDP-Based Amplification Attacks (Quake Network Protocol, port 26000)',
        kind: 'observed',
      },
    ],
    security: [
      {
        note: 'US-CERT lists the Quake server-info exchange on this port as an amplification vector (about 64 times the request size), so open servers can be abused to flood third parties.',
        sources: [
          {
            url: 'https://www.us-cert.gov/ncas/alerts/TA14-017A',
            title: 'US-CERT Alert TA14-017A: UDP-Based Amplification Attacks',
            kind: 'observed',
          },
        ],
      },
    ],
  },
  {
    port: 34197,
    protocols: ['udp'],
    name: 'Factorio multiplayer',
    summary: 'Factorio game hosts and headless servers accept multiplayer players on this UDP port by default.',
    category: 'games',
    aliases: ['factorio'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://pomerium.com/docs/capabilities/non-http/examples/factorio',
        title: 'Pomerium docs: Testing UDP tunnels with Factorio (port 34197)',
        kind: 'secondary',
      },
    ],
  },
  {
    port: 2302,
    protocols: ['udp'],
    name: 'Arma dedicated server',
    summary: 'Bohemia Interactive Arma 3 (and earlier Arma) dedicated servers take game traffic on UDP 2302 and use the following ports for Steam query and Steam master traffic.',
    category: 'games',
    aliases: ['arma', 'arma3'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://community.bistudio.com/wiki/Arma_3_Dedicated_Server',
        title: 'Bohemia Interactive Community Wiki: Arma 3 Dedicated Server (port forwarding)',
        kind: 'vendor',
      },
    ],
  },
  {
    port: 8211,
    protocols: ['udp'],
    name: 'Palworld dedicated server',
    summary: 'Palworld dedicated servers accept players on this UDP port by default (the -port launch argument changes it).',
    category: 'games',
    aliases: ['palworld', 'palserver'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/pocketpairjp/palworld-dedicated-server-docker',
        title: 'Pocketpair: palworld-dedicated-server-docker (compose file maps 8211/udp)',
        kind: 'vendor',
      },
      {
        url: 'https://tech.palworldgame.com/settings-and-operation/arguments',
        title: 'Palworld Server Guide: launch arguments',
        kind: 'vendor',
      },
    ],
    related: [25575],
  },
  {
    port: 2456,
    protocols: ['udp'],
    name: 'Valheim dedicated server',
    summary: 'Valheim dedicated servers listen for players on UDP 2456 by default and also use the next port up (2457) for Steam server queries.',
    category: 'games',
    aliases: ['valheim'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/Halkcyon/valheim-server',
        title: 'Halkcyon/valheim-server: wrapper for valheim_server (port requirements)',
        kind: 'secondary',
      },
    ],
  },
  {
    port: 47989,
    protocols: ['tcp'],
    name: 'Sunshine game-stream host (HTTP, GameStream pairing)',
    summary: 'Sunshine, the self-hosted game-streaming host used with Moonlight clients, serves its GameStream-compatible HTTP interface here; this is the base port from which all its other ports are offset.',
    category: 'games',
    aliases: ['sunshine', 'gamestream'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/LizardByte/Sunshine/blob/master/docs/configuration.md',
        title: 'Sunshine documentation: Configuration (port, default 47989)',
        kind: 'project',
        checked: '2026-11-30',
      },
      {
        url: 'https://github.com/LizardByte/Sunshine/blob/master/src/nvhttp.h',
        title: 'Sunshine source: src/nvhttp.h (PORT_HTTP = 0, PORT_HTTPS = -5)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    related: [47984, 47990, 48010, 47998, 47999, 48000],
  },
  {
    port: 47984,
    protocols: ['tcp'],
    name: 'Sunshine game-stream host (HTTPS)',
    summary: 'Sunshine answers paired Moonlight clients over HTTPS five ports below its base port, which puts it here by default.',
    category: 'games',
    aliases: ['sunshine-https'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/LizardByte/Sunshine/blob/master/src/nvhttp.h',
        title: 'Sunshine source: src/nvhttp.h (PORT_HTTPS = -5 from the base port)',
        kind: 'project',
        checked: '2026-11-30',
      },
      {
        url: 'https://github.com/LizardByte/Sunshine/blob/master/DOCKER_README.md',
        title: 'Sunshine Docker README: port mappings 47984-47990/tcp, 48010, 47998-48000/udp',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    related: [47989, 47990],
  },
  {
    port: 47990,
    protocols: ['tcp'],
    name: 'Sunshine web configuration UI',
    summary: 'Sunshine\'s browser-based settings page (and its REST API) is served over HTTPS one port above the base port, at https://localhost:47990 on a default install.',
    category: 'games',
    aliases: ['sunshine-web-ui'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/LizardByte/Sunshine/blob/master/docs/getting_started.md',
        title: 'Sunshine documentation: Getting Started (web UI at https://localhost:47990)',
        kind: 'project',
        checked: '2026-11-30',
      },
      {
        url: 'https://github.com/LizardByte/Sunshine/blob/master/src/confighttp.h',
        title: 'Sunshine source: src/confighttp.h (PORT_HTTPS = 1 from the base port)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    security: [
      {
        note: 'By default Sunshine only lets devices on the local network open this page (origin_web_ui_allowed = lan); setting it to wan exposes the host\'s streaming controls to anyone who can reach the port.',
        sources: [
          {
            url: 'https://github.com/LizardByte/Sunshine/blob/master/docs/configuration.md',
            title: 'Sunshine documentation: Configuration (origin_web_ui_allowed)',
            kind: 'project',
            checked: '2026-11-30',
          },
        ],
      },
    ],
    related: [47989],
  },
  {
    port: 48010,
    protocols: ['tcp'],
    name: 'Sunshine game-stream host (RTSP session setup)',
    summary: 'Moonlight clients negotiate a Sunshine stream over RTSP on the port 21 above the base port before video, audio and control start flowing over UDP.',
    category: 'games',
    aliases: ['sunshine-rtsp'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/LizardByte/Sunshine/blob/master/src/rtsp.h',
        title: 'Sunshine source: src/rtsp.h (RTSP_SETUP_PORT = 21 from the base port)',
        kind: 'project',
        checked: '2026-11-30',
      },
      {
        url: 'https://github.com/LizardByte/Sunshine/blob/master/DOCKER_README.md',
        title: 'Sunshine Docker README: port mappings',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    related: [47989, 47998],
  },
  {
    port: 47998,
    protocols: ['udp'],
    name: 'Sunshine game-stream video',
    summary: 'Sunshine sends the encoded game video to a Moonlight client from this UDP port, nine above its base port.',
    category: 'games',
    aliases: ['sunshine-video'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/LizardByte/Sunshine/blob/master/src/stream.h',
        title: 'Sunshine source: src/stream.h (VIDEO_STREAM_PORT = 9, CONTROL_PORT = 10, AUDIO_STREAM_PORT = 11)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    related: [47999, 48000, 48010],
  },
  {
    port: 47999,
    protocols: ['udp'],
    name: 'Sunshine game-stream control channel',
    summary: 'Input from the Moonlight client (controller, mouse, keyboard) and stream control messages travel over this UDP port, ten above Sunshine\'s base port.',
    category: 'games',
    aliases: ['sunshine-control'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/LizardByte/Sunshine/blob/master/src/stream.h',
        title: 'Sunshine source: src/stream.h (CONTROL_PORT = 10)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    related: [47998, 48000],
  },
  {
    port: 48000,
    protocols: ['udp'],
    name: 'Sunshine game-stream audio',
    summary: 'Sunshine streams the host\'s audio to Moonlight from this UDP port, eleven above its base port; IANA lists the number for the unrelated Nimbus Controller (nimcontroller).',
    category: 'games',
    aliases: ['sunshine-audio'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/LizardByte/Sunshine/blob/master/src/stream.h',
        title: 'Sunshine source: src/stream.h (AUDIO_STREAM_PORT = 11)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    related: [47998, 47999],
  },
  {
    port: 27031,
    protocols: ['udp'],
    name: 'Steam Remote Play streaming (UDP 27031–27035)',
    summary: 'Once two Steam clients have found each other on port 27036, the Remote Play stream itself uses UDP ports 27031 to 27035; this is the first of them.',
    category: 'games',
    aliases: ['steam-remote-play-stream'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/NixOS/nixpkgs/blob/master/nixos/modules/programs/steam.nix',
        title: 'NixOS module programs.steam: remotePlay.openFirewall opens UDP 27031–27035 and TCP/UDP 27036',
        kind: 'secondary',
        checked: '2026-11-30',
      },
    ],
    related: [27036, 27040],
  },
  {
    port: 27040,
    protocols: ['tcp'],
    name: 'Steam Local Network Game Transfers',
    summary: 'The Steam client can copy installed games from another PC on the same network instead of downloading them; the data moves over TCP on this port after peers are found on UDP 27036.',
    category: 'games',
    aliases: ['steam-lan-transfer'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/NixOS/nixpkgs/blob/master/nixos/modules/programs/steam.nix',
        title: 'NixOS module programs.steam: localNetworkGameTransfers.openFirewall opens TCP 27040 (data transfers) and UDP 27036 (peer discovery)',
        kind: 'secondary',
        checked: '2026-11-30',
      },
    ],
    related: [27036, 27031],
  },
];
