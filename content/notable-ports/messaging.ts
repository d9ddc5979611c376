import type { NotablePortInput } from '../../src/lib/schemas/notable-port';

/** Notable ports in the "messaging" category. Summaries are our own words; every entry has a source. */
export const notablePorts: NotablePortInput[] = [
  {
    port: 119,
    protocols: ['tcp'],
    name: 'NNTP',
    summary: 'Usenet news servers exchange and serve newsgroup articles over the Network News Transfer Protocol on this port.',
    category: 'messaging',
    aliases: ['nntp', 'usenet', 'news'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc3977',
        title: 'RFC 3977: Network News Transfer Protocol (NNTP)',
        kind: 'standard',
      },
    ],
    related: [563],
  },
  {
    port: 5222,
    protocols: ['tcp'],
    name: 'XMPP client',
    summary: 'Jabber/XMPP chat servers accept connections from client applications on this port, upgrading them to TLS with STARTTLS.',
    category: 'messaging',
    aliases: ['xmpp', 'jabber', 'xmpp-client'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc6120',
        title: 'RFC 6120: Extensible Messaging and Presence Protocol (XMPP): Core',
        kind: 'standard',
      },
    ],
    related: [5269, 5223],
  },
  {
    port: 5672,
    protocols: ['tcp'],
    name: 'AMQP',
    summary: 'Message brokers such as RabbitMQ and ActiveMQ accept unencrypted AMQP client connections on this port, with 5671 used for AMQP over TLS.',
    category: 'messaging',
    aliases: ['amqp', 'rabbitmq'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rabbitmq.com/docs/networking',
        title: 'RabbitMQ documentation: Networking and RabbitMQ',
        kind: 'project',
      },
      {
        url: 'https://docs.oasis-open.org/amqp/core/v1.0/os/amqp-core-transport-v1.0-os.html',
        title: 'OASIS AMQP 1.0: Transport',
        kind: 'standard',
      },
    ],
    related: [5671, 15672, 4369],
  },
  {
    port: 9092,
    protocols: ['tcp'],
    name: 'Apache Kafka',
    summary: 'Apache Kafka brokers accept connections from producers, consumers and admin tools on this port by default.',
    category: 'messaging',
    aliases: ['kafka'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://kafka.apache.org/quickstart',
        title: 'Apache Kafka Quickstart',
        kind: 'project',
      },
    ],
    related: [2181],
  },
  {
    port: 6667,
    protocols: ['tcp'],
    name: 'IRC',
    summary: 'Internet Relay Chat servers traditionally accept plaintext client and server-to-server connections on this port, the centre of the 6665-6669 block used for IRC.',
    category: 'messaging',
    aliases: ['irc', 'ircd', 'ircu'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc7194',
        title: 'RFC 7194: Default Port for Internet Relay Chat (IRC) via TLS/SSL',
        kind: 'standard',
      },
    ],
    security: [
      {
        note: 'Plain IRC on this port carries messages, nicknames and any NickServ passwords unencrypted; prefer the TLS port 6697.',
        sources: [
          {
            url: 'https://www.rfc-editor.org/rfc/rfc7194',
            title: 'RFC 7194: Default Port for Internet Relay Chat (IRC) via TLS/SSL',
            kind: 'standard',
          },
        ],
      },
    ],
    related: [6697],
  },
  {
    port: 6697,
    protocols: ['tcp'],
    name: 'IRC over TLS',
    summary: 'IRC servers accept TLS-encrypted client connections on this port, which RFC 7194 made the registered default for IRC over TLS.',
    category: 'messaging',
    aliases: ['ircs', 'ircs-u', 'irc-tls'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc7194',
        title: 'RFC 7194: Default Port for Internet Relay Chat (IRC) via TLS/SSL',
        kind: 'standard',
      },
    ],
    related: [6667],
  },
  {
    port: 5269,
    protocols: ['tcp'],
    name: 'XMPP server-to-server',
    summary: 'XMPP servers open federated connections to each other on this port to deliver messages and presence between domains.',
    category: 'messaging',
    aliases: ['xmpp-server', 'xmpp-s2s', 's2s'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc6120',
        title: 'RFC 6120: Extensible Messaging and Presence Protocol (XMPP): Core',
        kind: 'standard',
      },
    ],
    related: [5222],
  },
  {
    port: 5223,
    protocols: ['tcp'],
    name: 'Apple Push Notification service (devices)',
    summary: 'Apple phones, tablets and Macs keep a persistent TLS connection to Apple\'s push notification servers on this port to receive notifications.',
    category: 'messaging',
    aliases: ['apns', 'apple-push'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://support.apple.com/en-us/HT203609',
        title: 'Apple Support: If your Apple devices aren\'t getting Apple push notifications',
        kind: 'vendor',
      },
    ],
    related: [443, 5228],
  },
  {
    port: 5228,
    protocols: ['tcp'],
    name: 'Firebase Cloud Messaging (devices)',
    summary: 'Android devices hold a long-lived connection to Google\'s Firebase Cloud Messaging servers on this port (with 5229, 5230 and 443 as alternatives) to receive push messages.',
    category: 'messaging',
    aliases: ['fcm', 'gcm', 'firebase-messaging', 'google-push'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://firebase.google.com/docs/cloud-messaging/network-configuration',
        title: 'Firebase documentation: Configure your network for FCM',
        kind: 'vendor',
      },
    ],
    related: [443, 5223],
  },
  {
    port: 5671,
    protocols: ['tcp'],
    name: 'AMQP over TLS',
    summary: 'Message brokers such as RabbitMQ accept TLS-encrypted AMQP 0-9-1 and AMQP 1.0 client connections on this port.',
    category: 'messaging',
    aliases: ['amqps'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rabbitmq.com/docs/networking',
        title: 'RabbitMQ documentation: Networking and RabbitMQ',
        kind: 'project',
      },
    ],
    related: [5672],
  },
  {
    port: 15672,
    protocols: ['tcp'],
    name: 'RabbitMQ management UI and HTTP API',
    summary: 'When the RabbitMQ management plugin is enabled, its web UI, HTTP API and the rabbitmqadmin tool use this port.',
    category: 'messaging',
    aliases: ['rabbitmq-management', 'rabbitmqadmin'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://www.rabbitmq.com/docs/networking',
        title: 'RabbitMQ documentation: Networking and RabbitMQ',
        kind: 'project',
      },
      {
        url: 'https://www.rabbitmq.com/docs/management',
        title: 'RabbitMQ documentation: Management Plugin',
        kind: 'project',
      },
    ],
    security: [
      {
        note: 'RabbitMQ\'s built-in guest account may only log in from localhost by default; keep that restriction and put the management port behind a firewall or TLS proxy.',
        sources: [
          {
            url: 'https://www.rabbitmq.com/docs/access-control',
            title: 'RabbitMQ documentation: Authentication, Authorisation, Access Control',
            kind: 'project',
          },
        ],
      },
    ],
    related: [5672, 5671, 25672],
  },
  {
    port: 25672,
    protocols: ['tcp'],
    name: 'RabbitMQ inter-node communication',
    summary: 'RabbitMQ cluster nodes and its CLI tools talk to each other over Erlang distribution on this port, which by default is the AMQP port plus 20000.',
    category: 'messaging',
    aliases: ['rabbitmq-cluster', 'erlang-distribution'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://www.rabbitmq.com/docs/networking',
        title: 'RabbitMQ documentation: Networking and RabbitMQ',
        kind: 'project',
      },
    ],
    security: [
      {
        note: 'The RabbitMQ documentation advises against exposing the Erlang distribution port publicly; anyone who can reach it and knows the shared Erlang cookie can control the node.',
        sources: [
          {
            url: 'https://www.rabbitmq.com/docs/networking',
            title: 'RabbitMQ documentation: Networking and RabbitMQ',
            kind: 'project',
          },
        ],
      },
    ],
    related: [4369, 5672, 15672],
  },
  {
    port: 4369,
    protocols: ['tcp'],
    name: 'Erlang Port Mapper Daemon (epmd)',
    summary: 'The Erlang port mapper tells Erlang nodes, such as RabbitMQ, CouchDB or Elixir applications, which port each named node on a host is listening on.',
    category: 'messaging',
    aliases: ['epmd', 'erlang'],
    status: 'official',
    sources: [
      {
        url: 'https://www.erlang.org/doc/apps/erts/epmd_cmd.html',
        title: 'Erlang/OTP documentation: epmd',
        kind: 'project',
      },
      {
        url: 'https://www.rabbitmq.com/docs/networking',
        title: 'RabbitMQ documentation: Networking and RabbitMQ',
        kind: 'project',
      },
    ],
    security: [
      {
        note: 'epmd answers unauthenticated name queries that list the Erlang nodes on a host and their distribution ports, so keep it reachable only from cluster peers and management hosts.',
        sources: [
          {
            url: 'https://www.erlang.org/doc/apps/erts/erl_dist_protocol.html',
            title: 'Erlang/OTP documentation: Distribution Protocol (EPMD requests)',
            kind: 'project',
          },
        ],
      },
    ],
    related: [25672],
  },
  {
    port: 61616,
    protocols: ['tcp'],
    name: 'Apache ActiveMQ OpenWire',
    summary: 'Apache ActiveMQ brokers accept JMS client and broker-to-broker connections in their native OpenWire protocol on this port by default.',
    category: 'messaging',
    aliases: ['activemq', 'openwire', 'jms'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/apache/activemq/blob/main/assembly/src/release/conf/activemq.xml',
        title: 'Apache ActiveMQ source: default broker configuration (activemq.xml)',
        kind: 'project',
      },
    ],
    unofficialUses: [
      {
        user: 'Apache ActiveMQ Artemis (and Red Hat AMQ Broker)',
        description: 'ActiveMQ Artemis reuses 61616 for its default all-protocol acceptor, which takes Core, AMQP, STOMP, HornetQ, MQTT and OpenWire clients on one port.',
        protocols: ['tcp'],
        sources: [
          {
            url: 'https://access.redhat.com/documentation/en-us/red_hat_amq/7.7/html/configuring_amq_broker/protocols',
            title: 'Red Hat AMQ Broker 7.7 documentation: Network Connections: Protocols (default acceptors in broker.xml)',
            kind: 'vendor',
          },
          {
            url: 'https://activemq.apache.org/components/artemis/documentation/2.11.0/protocols-interoperability.html',
            title: 'Apache ActiveMQ Artemis 2.11.0 documentation: Protocols and Interoperability',
            kind: 'project',
          },
        ],
      },
    ],
    security: [
      {
        note: 'CVE-2023-46604 let unauthenticated attackers who could reach the OpenWire port run code on unpatched ActiveMQ brokers, and it was exploited widely; patch brokers and do not expose this port to the internet.',
        sources: [
          {
            url: 'https://nvd.nist.gov/vuln/detail/CVE-2023-46604',
            title: 'NVD: CVE-2023-46604 (Apache ActiveMQ)',
            kind: 'secondary',
          },
        ],
      },
    ],
    related: [61613, 8161, 5672],
  },
  {
    port: 61613,
    protocols: ['tcp'],
    name: 'STOMP',
    summary: 'Brokers such as ActiveMQ and RabbitMQ (with its STOMP plugin) accept text-based STOMP messaging clients on this port. The neighbour 61614 means different things: STOMP over TLS in RabbitMQ, but STOMP over WebSocket in ActiveMQ.',
    category: 'messaging',
    aliases: ['stomp'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://www.rabbitmq.com/docs/networking',
        title: 'RabbitMQ documentation: Networking and RabbitMQ (61613, 61614: STOMP clients without and with TLS)',
        kind: 'project',
        checked: '2026-11-30',
      },
      {
        url: 'https://www.rabbitmq.com/docs/stomp',
        title: 'RabbitMQ documentation: STOMP Plugin (listens on 61613 by default)',
        kind: 'project',
        checked: '2026-11-30',
      },
      {
        url: 'https://raw.githubusercontent.com/apache/activemq-web/main/stomp.html',
        title: 'Apache ActiveMQ Classic documentation source: Stomp (transport connector stomp://localhost:61613)',
        kind: 'project',
        checked: '2026-11-30',
      },
      {
        url: 'https://activemq.apache.org/websockets',
        title: 'Apache ActiveMQ Classic documentation: WebSockets (ws://0.0.0.0:61614)',
        kind: 'project',
      },
    ],
    related: [61616, 5672],
  },
  {
    port: 8161,
    protocols: ['tcp'],
    name: 'Apache ActiveMQ web console',
    summary: 'Apache ActiveMQ serves its Jetty-based web administration console and REST interface on this port by default.',
    category: 'messaging',
    aliases: ['activemq-console', 'activemq-web'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/apache/activemq/blob/main/assembly/src/release/conf/jetty.xml',
        title: 'Apache ActiveMQ source: web console configuration (jetty.xml)',
        kind: 'project',
      },
    ],
    related: [61616],
  },
  {
    port: 4222,
    protocols: ['tcp'],
    name: 'NATS client connections',
    summary: 'The NATS messaging server listens for client connections on this port when started without options.',
    category: 'messaging',
    aliases: ['nats', 'nats-server', 'gnatsd'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://docs.nats.io/nats-server/configuration/monitoring',
        title: 'NATS documentation: Monitoring (server start-up output)',
        kind: 'project',
      },
      {
        url: 'https://pkg.go.dev/github.com/nats-io/nats-server@v0.6.8',
        title: 'nats-server (gnatsd) README: server options',
        kind: 'project',
      },
    ],
    related: [6222, 8222],
  },
  {
    port: 6222,
    protocols: ['tcp'],
    name: 'NATS cluster routes',
    summary: 'NATS servers in a cluster connect to each other over route connections on this port, as in the official container image.',
    category: 'messaging',
    aliases: ['nats-cluster', 'nats-route'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://nats-io.github.io/docs/nats_server/running.html',
        title: 'NATS documentation: Running the server (Docker example)',
        kind: 'project',
      },
    ],
    related: [4222, 8222],
  },
  {
    port: 8222,
    protocols: ['tcp'],
    name: 'NATS HTTP monitoring',
    summary: 'The NATS server serves its HTTP monitoring endpoints (varz, connz and others) on this port when monitoring is enabled.',
    category: 'messaging',
    aliases: ['nats-monitoring'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://docs.nats.io/nats-server/configuration/monitoring',
        title: 'NATS documentation: Monitoring',
        kind: 'project',
      },
    ],
    security: [
      {
        note: 'The NATS monitoring endpoint has no authentication and binds to all interfaces, so bind it to localhost or firewall it rather than exposing it.',
        sources: [
          {
            url: 'https://docs.nats.io/nats-server/configuration/monitoring',
            title: 'NATS documentation: Monitoring',
            kind: 'project',
          },
        ],
      },
    ],
    related: [4222, 6222],
  },
  {
    port: 2181,
    protocols: ['tcp'],
    name: 'Apache ZooKeeper client port',
    summary: 'Apache ZooKeeper serves coordination clients, historically including Kafka, HBase and Solr, on this port, set by clientPort in zoo.cfg.',
    category: 'messaging',
    aliases: ['zookeeper', 'zk'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://zookeeper.apache.org/doc/current/zookeeperStarted.html',
        title: 'Apache ZooKeeper: Getting Started guide',
        kind: 'project',
      },
      {
        url: 'https://docs.cloudera.com/HDPDocuments/HDP3/HDP-3.1.5/administration/content/zookeeper-ports.html',
        title: 'Cloudera HDP documentation: ZooKeeper service ports',
        kind: 'vendor',
      },
    ],
    related: [9092],
  },
  {
    port: 1414,
    protocols: ['tcp'],
    name: 'IBM MQ',
    summary: 'IBM MQ (formerly WebSphere MQ) queue manager listeners accept client and channel connections on this port by default.',
    category: 'messaging',
    aliases: ['ibm-mq', 'websphere-mq', 'mqseries'],
    status: 'official',
    sources: [
      {
        url: 'https://www.ibm.com/docs/en/ibm-mq/9.3.x?topic=linux-using-mq-listener',
        title: 'IBM MQ documentation: Using the IBM MQ listener',
        kind: 'vendor',
      },
    ],
  },
  {
    port: 8448,
    protocols: ['tcp'],
    name: 'Matrix federation',
    summary: 'Matrix homeservers such as Synapse reach each other\'s federation (server-server) API over HTTPS on this port unless a server delegates elsewhere.',
    category: 'messaging',
    aliases: ['matrix', 'synapse', 'matrix-federation'],
    status: 'official',
    sources: [
      {
        url: 'https://spec.matrix.org/latest/server-server-api/',
        title: 'Matrix Specification: Server-Server API (resolving server names)',
        kind: 'standard',
      },
    ],
    related: [443],
  },
  {
    port: 444,
    protocols: ['tcp'],
    name: 'SNPP (Simple Network Paging Protocol)',
    summary: 'The Simple Network Paging Protocol (RFC 1861) sends messages to pagers through a paging gateway such as sendpage on TCP 444; IANA registers the port as snpp.',
    category: 'messaging',
    aliases: ['snpp'],
    status: 'official',
    sources: [
      {
        url: 'https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xml',
        title: 'IANA Service Name and Port Number Registry: 444/tcp snpp (Simple Network Paging Protocol)',
        kind: 'standard',
        checked: '2026-11-30',
      },
      {
        url: 'https://manpages.ubuntu.com/manpages/jammy/man1/snpp.1p.html',
        title: 'snpp(1p) manual page (sendpage-client): default server localhost:444',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
  },
  {
    port: 5190,
    protocols: ['tcp'],
    name: 'AIM and ICQ (OSCAR)',
    summary: 'AOL Instant Messenger and ICQ clients logged in to AOL\'s OSCAR servers on TCP 5190, which IANA registers to America Online; the services are gone, but revival servers for the old clients still listen here.',
    category: 'messaging',
    aliases: ['aim', 'icq', 'oscar', 'aol'],
    status: 'official',
    sources: [
      {
        url: 'https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xml',
        title: 'IANA Service Name and Port Number Registry: 5190/tcp aol (America-Online)',
        kind: 'standard',
        checked: '2026-11-30',
      },
      {
        url: 'https://www.github.com/DrewML/aim-server',
        title: 'aim-server: an OSCAR (AIM) server, authentication port 5190 by default',
        kind: 'secondary',
        checked: '2026-11-30',
      },
      {
        url: 'https://github.com/D-Modem/bbs/wiki/AIM-and-ICQ',
        title: 'D-Modem BBS wiki: AIM and ICQ (OSCAR listener on :5190; login.oscar.aol.com was AOL\'s server)',
        kind: 'secondary',
        checked: '2026-11-30',
      },
    ],
  },
  {
    port: 8333,
    protocols: ['tcp'],
    name: 'Bitcoin peer-to-peer',
    summary: 'Bitcoin Core and compatible full nodes accept peer-to-peer connections from other nodes on TCP 8333 by default (18333 on testnet); the node\'s JSON-RPC interface is separate, on 8332.',
    category: 'messaging',
    aliases: ['bitcoin', 'bitcoind', 'btc'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/bitcoin/bitcoin/issues/20668',
        title: 'Bitcoin Core PR #20668: -port help text (listen for connections, default 8333; testnet 18333)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    related: [8332, 18333],
  },
  {
    port: 8194,
    protocols: ['tcp'],
    name: 'Bloomberg API (blpapi)',
    summary: 'Programs built on Bloomberg\'s blpapi library connect to the Bloomberg API service on TCP 8194 by default; the library\'s own examples connect to localhost:8194. IANA registers the port as blp1, the Bloomberg data API.',
    category: 'messaging',
    aliases: ['bloomberg', 'blpapi', 'blp1'],
    status: 'official',
    sources: [
      {
        url: 'https://github.com/msitt/blpapi-python/blob/0f9d541ad78de2c33ec2895b2ecc8e0d0a2226e1/examples/SimpleRefDataExample.py',
        title: 'Bloomberg blpapi-python example: SimpleRefDataExample.py (connects to localhost, server port 8194 by default)',
        kind: 'project',
        checked: '2026-11-30',
      },
      {
        url: 'https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xml',
        title: 'IANA Service Name and Port Number Registry (XML): 6543 lds-distrib; 8194 blp1 (Bloomberg data API)',
        kind: 'standard',
        checked: '2026-11-30',
      },
    ],
  },
];
