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
  },
];
