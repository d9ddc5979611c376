import type { NotablePortInput } from '../../src/lib/schemas/notable-port';

/** Notable ports in the "database" category. Summaries are our own words; every entry has a source. */
export const notablePorts: NotablePortInput[] = [
  {
    port: 1433,
    protocols: ['tcp'],
    name: 'Microsoft SQL Server',
    summary: 'The default instance of Microsoft SQL Server accepts client connections on this TCP port.',
    category: 'database',
    aliases: ['mssql', 'sql-server', 'sqlserver', 'ms-sql-s', 'tds'],
    status: 'official',
    sources: [
      {
        url: 'https://learn.microsoft.com/en-us/sql/sql-server/install/configure-the-windows-firewall-to-allow-sql-server-access',
        title: 'Microsoft Learn: Configure the Windows Firewall to allow SQL Server access',
        kind: 'vendor',
      },
    ],
  },
  {
    port: 1521,
    protocols: ['tcp'],
    name: 'Oracle Database listener',
    summary: 'The Oracle Net listener takes client connections for Oracle Database on this port by default, although IANA assigned the number to something else.',
    category: 'database',
    aliases: ['oracle', 'oracle-db', 'tns', 'tnslsnr', 'sqlnet'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://docs.oracle.com/en/database/oracle/oracle-database/21/ntdbi/oracle-database-component-port-numbers-and-protocols.html',
        title: 'Oracle Database documentation: Component Port Numbers and Protocols',
        kind: 'vendor',
      },
    ],
  },
  {
    port: 3306,
    protocols: ['tcp'],
    name: 'MySQL / MariaDB',
    summary: 'MySQL and MariaDB database servers accept client connections on this TCP port by default.',
    category: 'database',
    aliases: ['mysql', 'mariadb', 'mysqld'],
    status: 'official',
    sources: [
      {
        url: 'https://dev.mysql.com/doc/refman/8.4/en/server-system-variables.html',
        title: 'MySQL Reference Manual: Server System Variables (port)',
        kind: 'project',
      },
    ],
  },
  {
    port: 5432,
    protocols: ['tcp'],
    name: 'PostgreSQL',
    summary: 'The default port a PostgreSQL database server listens on for client connections.',
    category: 'database',
    aliases: ['postgres', 'postgresql', 'pg', 'psql'],
    status: 'official',
    sources: [
      {
        url: 'https://www.postgresql.org/docs/current/runtime-config-connection.html',
        title: 'PostgreSQL documentation: Connections and Authentication (port)',
        kind: 'project',
      },
    ],
  },
  {
    port: 6379,
    protocols: ['tcp'],
    name: 'Redis',
    summary: 'The Redis in-memory data store accepts client commands on this TCP port by default.',
    category: 'database',
    aliases: ['redis', 'valkey'],
    status: 'official',
    sources: [
      {
        url: 'https://github.com/redis/redis/blob/unstable/redis.conf',
        title: 'Redis source: example redis.conf (port)',
        kind: 'project',
      },
    ],
  },
  {
    port: 9200,
    protocols: ['tcp'],
    name: 'Elasticsearch HTTP API',
    summary: 'Elasticsearch and OpenSearch nodes serve their REST API to clients here, while nodes talk to each other on 9300.',
    category: 'database',
    aliases: ['elasticsearch', 'elastic', 'opensearch'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://www.elastic.co/guide/en/elasticsearch/reference/current/modules-network.html',
        title: 'Elasticsearch Reference: Networking (http.port)',
        kind: 'project',
      },
    ],
  },
  {
    port: 11211,
    protocols: ['tcp', 'udp'],
    name: 'Memcached',
    summary: 'The memcached in-memory cache takes client requests here over TCP, and over UDP only if enabled, which it has not been by default since version 1.5.6.',
    category: 'database',
    aliases: ['memcached', 'memcache'],
    status: 'official',
    sources: [
      {
        url: 'https://github.com/memcached/memcached/blob/master/doc/memcached.1',
        title: 'memcached(1) manual page',
        kind: 'project',
      },
      {
        url: 'https://github.com/memcached/memcached/wiki/ReleaseNotes156',
        title: 'memcached 1.5.6 release notes (UDP disabled by default)',
        kind: 'project',
      },
    ],
  },
  {
    port: 27017,
    protocols: ['tcp'],
    name: 'MongoDB',
    summary: 'MongoDB mongod and mongos processes accept client connections on this TCP port by default.',
    category: 'database',
    aliases: ['mongodb', 'mongo', 'mongod', 'mongos'],
    status: 'official',
    sources: [
      {
        url: 'https://www.mongodb.com/docs/manual/reference/default-mongodb-port/',
        title: 'MongoDB Manual: Default MongoDB Port',
        kind: 'project',
      },
    ],
  },
];
