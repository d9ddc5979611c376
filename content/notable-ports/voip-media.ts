import type { NotablePortInput } from '../../src/lib/schemas/notable-port';

/** Notable ports in the "voip-media" category. Summaries are our own words; every entry has a source. */
export const notablePorts: NotablePortInput[] = [
  {
    port: 5060,
    protocols: ['udp', 'tcp'],
    name: 'SIP',
    summary: 'VoIP phones, PBXs and SIP trunks send unencrypted Session Initiation Protocol signalling for call setup on this port, with 5061 used for SIP over TLS.',
    category: 'voip-media',
    aliases: ['sip', 'voip', 'asterisk'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc3261',
        title: 'RFC 3261: SIP: Session Initiation Protocol',
        kind: 'standard',
      },
    ],
    related: [5061, 3478, 5004],
  },
  {
    port: 5061,
    protocols: ['tcp'],
    name: 'SIP over TLS',
    summary: 'SIP phones, PBXs and trunk providers exchange call-setup signalling encrypted with TLS on this port, the default for sips: addresses.',
    category: 'voip-media',
    aliases: ['sips', 'sip-tls'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc3261',
        title: 'RFC 3261: SIP: Session Initiation Protocol',
        kind: 'standard',
      },
    ],
    related: [5060, 5004],
  },
  {
    port: 3478,
    protocols: ['udp', 'tcp'],
    name: 'STUN and TURN',
    summary: 'STUN servers tell VoIP and WebRTC clients their public address, and TURN servers relay their media when no direct path exists, both on this port by default.',
    category: 'voip-media',
    aliases: ['stun', 'turn', 'coturn', 'webrtc'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc8489',
        title: 'RFC 8489: Session Traversal Utilities for NAT (STUN)',
        kind: 'standard',
      },
      {
        url: 'https://www.rfc-editor.org/rfc/rfc8656',
        title: 'RFC 8656: Traversal Using Relays around NAT (TURN)',
        kind: 'standard',
      },
    ],
    unofficialUses: [
      {
        user: 'Microsoft Teams',
        description: 'Teams clients send real-time audio, video and screen-sharing media to Microsoft\'s media relays over UDP ports 3478 to 3481.',
        protocols: ['udp'],
        sources: [
          {
            url: 'https://learn.microsoft.com/en-us/microsoft-365/enterprise/urls-and-ip-address-ranges',
            title: 'Microsoft Learn: Microsoft 365 URLs and IP address ranges',
            kind: 'vendor',
          },
        ],
      },
    ],
    security: [
      {
        note: 'A TURN server relays traffic to peers its clients choose, so it needs authentication and rules that stop it relaying into loopback or internal address ranges.',
        sources: [
          {
            url: 'https://www.rfc-editor.org/rfc/rfc8656',
            title: 'RFC 8656: Traversal Using Relays around NAT (TURN), security considerations',
            kind: 'standard',
          },
        ],
      },
    ],
    related: [5349, 5060],
  },
  {
    port: 5349,
    protocols: ['tcp', 'udp'],
    name: 'STUN and TURN over TLS/DTLS',
    summary: 'STUN and TURN servers accept the same NAT-traversal and relay requests wrapped in TLS (over TCP) or DTLS (over UDP) on this port.',
    category: 'voip-media',
    aliases: ['stuns', 'turns'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc8489',
        title: 'RFC 8489: Session Traversal Utilities for NAT (STUN)',
        kind: 'standard',
      },
      {
        url: 'https://www.rfc-editor.org/rfc/rfc8656',
        title: 'RFC 8656: Traversal Using Relays around NAT (TURN)',
        kind: 'standard',
      },
    ],
    related: [3478],
  },
  {
    port: 5004,
    protocols: ['udp'],
    name: 'RTP media',
    summary: 'The RTP audio/video profile registers this port as the default for RTP media streams, used when no other port has been negotiated.',
    category: 'voip-media',
    aliases: ['rtp', 'avt-profile-1'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc3551',
        title: 'RFC 3551: RTP Profile for Audio and Video Conferences with Minimal Control',
        kind: 'standard',
      },
    ],
    related: [5005, 5060],
  },
  {
    port: 5005,
    protocols: ['udp'],
    name: 'RTCP',
    summary: 'The RTP Control Protocol, which carries reception reports and statistics for an RTP stream, defaults to this port next to RTP on 5004.',
    category: 'voip-media',
    aliases: ['rtcp', 'avt-profile-2'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc3551',
        title: 'RFC 3551: RTP Profile for Audio and Video Conferences with Minimal Control',
        kind: 'standard',
      },
    ],
    unofficialUses: [
      {
        user: 'Java debugging (JDWP)',
        description: 'Maven Surefire\'s debug mode suspends the test JVM and waits for a debugger to attach over JDWP on TCP port 5005, a number many Java IDEs use by default.',
        protocols: ['tcp'],
        sources: [
          {
            url: 'https://maven.apache.org/surefire/maven-surefire-plugin/examples/debugging.html',
            title: 'Maven Surefire Plugin: Debugging Tests',
            kind: 'project',
          },
        ],
      },
    ],
    related: [5004],
  },
  {
    port: 1720,
    protocols: ['tcp'],
    name: 'H.323 call signalling',
    summary: 'H.323 video-conferencing and VoIP endpoints, gateways and gatekeepers set up calls with H.225.0 call signalling over TCP on this port.',
    category: 'voip-media',
    aliases: ['h323', 'h.323', 'h225', 'h323hostcall'],
    status: 'official',
    sources: [
      {
        url: 'https://www.itu.int/rec/T-REC-H.225.0',
        title: 'ITU-T Recommendation H.225.0: Call signalling protocols and media stream packetization',
        kind: 'standard',
      },
    ],
    related: [1719],
  },
  {
    port: 1719,
    protocols: ['udp'],
    name: 'H.323 gatekeeper RAS',
    summary: 'H.323 endpoints discover, register with and request admission from a gatekeeper using RAS messages sent over UDP to this port.',
    category: 'voip-media',
    aliases: ['h323-ras', 'h323gatestat', 'ras'],
    status: 'official',
    sources: [
      {
        url: 'https://www.itu.int/rec/T-REC-H.225.0',
        title: 'ITU-T Recommendation H.225.0: Call signalling protocols and media stream packetization',
        kind: 'standard',
      },
    ],
    related: [1720],
  },
  {
    port: 4569,
    protocols: ['udp'],
    name: 'IAX2',
    summary: 'Asterisk and compatible PBXs trunk calls to each other with the Inter-Asterisk eXchange protocol, which carries signalling and media together over this single UDP port.',
    category: 'voip-media',
    aliases: ['iax', 'iax2'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc5456',
        title: 'RFC 5456: IAX: Inter-Asterisk eXchange Version 2',
        kind: 'standard',
      },
    ],
    related: [5060, 5038],
  },
  {
    port: 2427,
    protocols: ['udp'],
    name: 'MGCP (gateway)',
    summary: 'Media gateways receive Media Gateway Control Protocol commands from their call agent on this UDP port.',
    category: 'voip-media',
    aliases: ['mgcp', 'mgcp-gateway'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc3435',
        title: 'RFC 3435: Media Gateway Control Protocol (MGCP) Version 1.0',
        kind: 'standard',
      },
    ],
    related: [2727],
  },
  {
    port: 2727,
    protocols: ['udp'],
    name: 'MGCP (call agent)',
    summary: 'MGCP call agents receive responses and notifications from the media gateways they control on this UDP port.',
    category: 'voip-media',
    aliases: ['mgcp-callagent'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc3435',
        title: 'RFC 3435: Media Gateway Control Protocol (MGCP) Version 1.0',
        kind: 'standard',
      },
    ],
    related: [2427],
  },
  {
    port: 5038,
    protocols: ['tcp'],
    name: 'Asterisk Manager Interface (AMI)',
    summary: 'The Asterisk PBX exposes its text-based Manager Interface for call control and event monitoring on this port when AMI is enabled.',
    category: 'voip-media',
    aliases: ['ami', 'asterisk-manager', 'freepbx'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/asterisk/asterisk/blob/master/configs/samples/manager.conf.sample',
        title: 'Asterisk source: sample manager.conf',
        kind: 'project',
      },
    ],
    security: [
      {
        note: 'AMI can originate calls and run commands on the PBX; Asterisk\'s sample configuration says not to enable it on a public address and to reach it through a VPN or SSH tunnel instead.',
        sources: [
          {
            url: 'https://github.com/asterisk/asterisk/blob/master/configs/samples/manager.conf.sample',
            title: 'Asterisk source: sample manager.conf',
            kind: 'project',
          },
        ],
      },
    ],
    related: [5060, 4569],
  },
  {
    port: 554,
    protocols: ['tcp', 'udp'],
    name: 'RTSP',
    summary: 'IP cameras, NVRs and streaming servers take Real Time Streaming Protocol requests to set up, play and pause audio/video streams on TCP 554. RTSP 1.0 (RFC 2326), and Microsoft\'s RTSP extensions built on it, also allowed requests over UDP 554; RTSP 2.0 (RFC 7826), which replaced it, is cited here for TCP only.',
    category: 'voip-media',
    aliases: ['rtsp'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc7826',
        title: 'RFC 7826: Real-Time Streaming Protocol Version 2.0 (TCP)',
        kind: 'standard',
      },
      {
        url: 'https://www.rfc-editor.org/rfc/rfc2326',
        title: 'RFC 2326: Real Time Streaming Protocol (RTSP) 1.0 (TCP and UDP)',
        kind: 'standard',
      },
      {
        url: 'https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-rtsp/1bc2e5ca-f670-4dc8-8c74-b605e5e8e806',
        title: 'Microsoft [MS-RTSP] §2.1 Transport: requests over UDP or TCP, default port 554',
        kind: 'vendor',
        checked: '2026-11-30',
      },
    ],
    related: [8554, 5004],
  },
  {
    port: 8554,
    protocols: ['tcp', 'udp'],
    name: 'RTSP alternate',
    summary: 'This registered alternate RTSP port is the default RTSP listener of media servers such as MediaMTX, letting them run without root privileges.',
    category: 'voip-media',
    aliases: ['rtsp-alt', 'mediamtx', 'rtsp-simple-server'],
    status: 'official',
    sources: [
      {
        url: 'https://github.com/bluenviron/mediamtx/blob/main/mediamtx.yml',
        title: 'MediaMTX source: default configuration (mediamtx.yml)',
        kind: 'project',
      },
    ],
    related: [554, 1935],
  },
  {
    port: 1935,
    protocols: ['tcp'],
    name: 'RTMP',
    summary: 'Live-streaming encoders push video to ingest servers with the Real-Time Messaging Protocol on this port, originally assigned to Macromedia Flash Communication Server.',
    category: 'voip-media',
    aliases: ['rtmp', 'flash-media-server'],
    status: 'official',
    sources: [
      {
        url: 'https://github.com/bluenviron/mediamtx/blob/main/mediamtx.yml',
        title: 'MediaMTX source: default configuration (rtmpAddress)',
        kind: 'project',
      },
    ],
    related: [8554, 554],
  },
  {
    port: 32400,
    protocols: ['tcp'],
    name: 'Plex Media Server',
    summary: 'Plex Media Server serves its web app and the API that Plex players use to browse and stream a library on this port.',
    category: 'voip-media',
    aliases: ['plex', 'plexmediaserver'],
    status: 'official',
    sources: [
      {
        url: 'https://support.plex.tv/hc/en-us/articles/201543147-What-network-ports-do-I-need-to-allow-through-my-firewall-',
        title: 'Plex Support: What network ports do I need to allow through my firewall?',
        kind: 'vendor',
      },
    ],
    related: [1900, 8096],
  },
  {
    port: 8096,
    protocols: ['tcp'],
    name: 'Jellyfin (HTTP)',
    summary: 'The Jellyfin media server serves its web interface and client API over plain HTTP on this port by default, with 8920 for HTTPS.',
    category: 'voip-media',
    aliases: ['jellyfin'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://typescript-sdk.jellyfin.org/variables/index.utils.JF_HTTP_PORT.html',
        title: 'Jellyfin TypeScript SDK: JF_HTTP_PORT',
        kind: 'project',
      },
    ],
    related: [8920, 32400],
  },
  {
    port: 8920,
    protocols: ['tcp'],
    name: 'Jellyfin (HTTPS)',
    summary: 'Jellyfin serves its web interface and API over HTTPS on this port when HTTPS is enabled in the server.',
    category: 'voip-media',
    aliases: ['jellyfin-https'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://typescript-sdk.jellyfin.org/variables/index.utils.JF_HTTPS_PORT.html',
        title: 'Jellyfin TypeScript SDK: JF_HTTPS_PORT',
        kind: 'project',
      },
    ],
    related: [8096],
  },
  {
    port: 3689,
    protocols: ['tcp'],
    name: 'DAAP (iTunes/Music sharing)',
    summary: 'Apple\'s Digital Audio Access Protocol lets iTunes and the Music app share music libraries over the local network on this port.',
    category: 'voip-media',
    aliases: ['daap', 'itunes-sharing'],
    status: 'official',
    sources: [
      {
        url: 'https://support.apple.com/en-us/HT202944',
        title: 'Apple Support: TCP and UDP ports used by Apple software products',
        kind: 'vendor',
      },
    ],
    related: [5353, 7000],
  },
  {
    port: 7000,
    protocols: ['tcp'],
    name: 'AirPlay',
    summary: 'AirPlay receivers, such as Apple TV and Macs with AirPlay Receiver switched on, accept AirPlay streaming connections on this port; IANA assigns the number to the AFS file server.',
    category: 'voip-media',
    aliases: ['airplay', 'airplay-receiver'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://support.apple.com/en-us/HT202944',
        title: 'Apple Support: TCP and UDP ports used by Apple software products',
        kind: 'vendor',
      },
      {
        url: 'https://developer.apple.com/forums/thread/682332',
        title: 'Apple Developer Forums: ports 5000 and 7000 used by AirPlay Receiver on macOS Monterey',
        kind: 'secondary',
      },
    ],
    unofficialUses: [
      {
        user: 'Apache Cassandra inter-node traffic',
        description: 'Cassandra nodes gossip and stream data to each other unencrypted on TCP 7000 (storage_port) by default, moving to 7001 when inter-node TLS is used.',
        protocols: ['tcp'],
        sources: [
          {
            url: 'https://docs.datastax.com/en/cassandra-oss/3.x/cassandra/configuration/secureFireWall.html',
            title: 'DataStax documentation for Apache Cassandra 3.x: Configuring firewall port access',
            kind: 'vendor',
          },
        ],
      },
    ],
    related: [5000, 3689, 5353],
  },
  {
    port: 8801,
    protocols: ['udp', 'tcp'],
    name: 'Zoom meetings',
    summary: 'Zoom clients send meeting audio and video to Zoom\'s servers, and to on-premises Meeting Connector and Hybrid media routers, over UDP 8801. Zoom\'s firewall-rules article lists UDP 8801–8810 and TCP 8801–8802 as well; newer Zoom articles add 8802 and 8803 only when media port separation is on, and fall back to TCP 443 when UDP is blocked.',
    category: 'voip-media',
    aliases: ['zoom'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://support.zoom.us/hc/en-us/articles/201362683-Network-Firewall-or-Proxy-Server-Settings-for-Zoom',
        title: 'Zoom Support: Network Firewall or Proxy Server Settings for Zoom (article 201362683; 2020 text: TCP 443, 8801, 8802 and UDP 3478, 3479, 8801-8810)',
        kind: 'vendor',
        checked: '2026-11-30',
      },
      {
        url: 'https://support.zoom.com/hc/en/article?id=zm_kb&sysparm_article=KB0061864',
        title: 'Zoom Support: Firewall requirements for Zoom Mesh (UDP 8801; 8802-8803 with port separation; TCP 443 fallback)',
        kind: 'vendor',
        checked: '2026-11-30',
      },
      {
        url: 'https://support.zoom.us/hc/en-us/articles/202342006-Network-Firewall-Settings-for-Meeting-Connector',
        title: 'Zoom Support: Network Firewall Settings for Meeting Connector (clients to connector on UDP 3478, 3479, 8801)',
        kind: 'vendor',
        checked: '2026-11-30',
      },
    ],
    related: [443, 3478],
  },
  {
    port: 64738,
    protocols: ['tcp', 'udp'],
    name: 'Mumble',
    summary: 'Mumble voice-chat servers (mumble-server, formerly Murmur) accept client control connections over TCP and voice packets over UDP on this port by default.',
    category: 'voip-media',
    aliases: ['mumble', 'murmur', 'mumble-server'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/mumble-voip/mumble/blob/master/auxiliary_files/mumble-server.ini',
        title: 'Mumble source: default server configuration (mumble-server.ini)',
        kind: 'project',
      },
    ],
  },
];
