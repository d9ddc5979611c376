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
    related: [1434],
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
    related: [2483, 2484],
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
    related: [33060, 4567],
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
    related: [6432],
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
    security: [
      {
        note: 'Redis is built for trusted clients on trusted networks: an exposed instance without a password lets anyone read the data or erase it with a single FLUSHALL; since 3.2, protected mode refuses outside clients when neither a bind address nor a password is set.',
        sources: [
          {
            url: 'https://redis.io/docs/latest/operate/oss_and_stack/management/security/',
            title: 'Redis documentation: Redis security',
            kind: 'project',
          },
        ],
      },
    ],
    related: [26379, 16379, 6380],
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
    security: [
      {
        note: 'Before version 8.0, Elasticsearch started with security features off, so clusters exposed on this port leaked or lost whole indices to anyone; 8.0 and later turn on TLS and authentication automatically on first start.',
        sources: [
          {
            url: 'https://www.elastic.co/guide/en/elasticsearch/reference/current/configuring-stack-security.html',
            title: 'Elasticsearch Guide: Start the Elastic Stack with security enabled automatically',
            kind: 'project',
          },
        ],
      },
    ],
    related: [9300],
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
    security: [
      {
        note: 'Memcached servers left open to the internet over UDP were used in 2018 for record reflection floods, because a tiny request can pull a very large cached value; disable UDP and never expose the port.',
        sources: [
          {
            url: 'https://www.cisa.gov/news-events/alerts/2014/01/17/udp-based-amplification-attacks',
            title: 'CISA Alert TA14-017A: UDP-Based Amplification Attacks',
            kind: 'observed',
          },
        ],
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
    security: [
      {
        note: 'A MongoDB server reachable from untrusted networks without access control lets anyone read or delete the data; enable authentication and bind only to trusted interfaces (localhost is the default since 3.6).',
        sources: [
          {
            url: 'https://www.mongodb.com/docs/manual/administration/security-checklist/',
            title: 'MongoDB Manual: Security Checklist',
            kind: 'project',
          },
        ],
      },
    ],
    related: [27018, 27019],
  },
  {
    port: 9042,
    protocols: ['tcp'],
    name: 'Apache Cassandra CQL native protocol',
    summary: 'Apache Cassandra and compatible databases such as ScyllaDB accept client connections speaking the CQL native binary protocol on this port.',
    category: 'database',
    aliases: ['cassandra', 'cql', 'cqlsh', 'scylladb'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://docs.datastax.com/en/cassandra-oss/3.x/cassandra/configuration/secureFireWall.html',
        title: 'DataStax documentation: Configuring firewall port access (Apache Cassandra 3.x)',
        kind: 'vendor',
      },
    ],
    related: [7001, 7199],
  },
  {
    port: 7001,
    protocols: ['tcp'],
    name: 'Apache Cassandra inter-node TLS',
    summary: 'Apache Cassandra nodes gossip and stream data to each other over TLS on this port when inter-node encryption is on; unencrypted inter-node traffic uses port 7000.',
    category: 'database',
    aliases: ['cassandra-ssl', 'ssl_storage_port'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://docs.datastax.com/en/cassandra-oss/3.x/cassandra/configuration/secureFireWall.html',
        title: 'DataStax documentation: Configuring firewall port access (Apache Cassandra 3.x)',
        kind: 'vendor',
      },
    ],
    unofficialUses: [
      {
        user: 'Oracle WebLogic Server',
        description: 'WebLogic Server instances, including the Administration Server, listen for plain HTTP and T3 connections on TCP 7001 by default, with 7002 as the default SSL port.',
        protocols: ['tcp'],
        sources: [
          {
            url: 'https://docs.oracle.com/cd/E13222_01/wls/docs100/schemaref/config/http.www.bea.com.ns.weblogic.920.domain/types/servertype.listen-port.html',
            title: 'Oracle WebLogic Server 10.0 Domain Configuration Schema Reference: listen-port (default 7001)',
            kind: 'vendor',
          },
          {
            url: 'https://docs.oracle.com/cd/E13222_01/wls/docs100/schemaref/config/http.www.bea.com.ns.weblogic.920.domain/types/ssltype.listen-port.html',
            title: 'Oracle WebLogic Server 10.0 Domain Configuration Schema Reference: SSL listen-port (default 7002)',
            kind: 'vendor',
          },
        ],
      },
    ],
    related: [7000, 9042, 7199],
  },
  {
    port: 7199,
    protocols: ['tcp'],
    name: 'Apache Cassandra JMX',
    summary: 'Apache Cassandra exposes its JMX management and monitoring interface, used by nodetool, on this port.',
    category: 'database',
    aliases: ['cassandra-jmx', 'nodetool'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://docs.datastax.com/en/cassandra-oss/3.x/cassandra/configuration/secureFireWall.html',
        title: 'DataStax documentation: Configuring firewall port access (Apache Cassandra 3.x)',
        kind: 'vendor',
      },
    ],
    related: [9042, 7001],
  },
  {
    port: 8086,
    protocols: ['tcp'],
    name: 'InfluxDB HTTP API',
    summary: 'The InfluxDB time-series database serves its HTTP API for writes and queries, and in version 2 its web UI, on this port by default.',
    category: 'database',
    aliases: ['influxdb', 'influx'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://docs.influxdata.com/influxdb/v2/reference/config-options/',
        title: 'InfluxDB OSS v2 documentation: Configuration options (http-bind-address)',
        kind: 'project',
      },
    ],
  },
  {
    port: 5984,
    protocols: ['tcp'],
    name: 'Apache CouchDB',
    summary: 'Apache CouchDB serves its HTTP/JSON document API and the Fauxton admin interface on this port.',
    category: 'database',
    aliases: ['couchdb', 'fauxton'],
    status: 'official',
    sources: [
      {
        url: 'https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xhtml?search=5984',
        title: 'IANA Service Name and Port Number Registry: port 5984',
        kind: 'standard',
      },
      {
        url: 'https://docs.couchdb.org/en/stable/setup/cluster.html',
        title: 'Apache CouchDB documentation: Cluster Set Up (ports)',
        kind: 'project',
      },
    ],
  },
  {
    port: 7474,
    protocols: ['tcp'],
    name: 'Neo4j HTTP',
    summary: 'The Neo4j graph database serves its HTTP API and Neo4j Browser here; the HTTPS connector uses 7473 and drivers connect over Bolt on 7687.',
    category: 'database',
    aliases: ['neo4j', 'neo4j-browser'],
    status: 'official',
    sources: [
      {
        url: 'https://neo4j.com/docs/operations-manual/current/configuration/ports/',
        title: 'Neo4j Operations Manual: Ports',
        kind: 'vendor',
      },
    ],
    related: [7687, 7473],
  },
  {
    port: 7687,
    protocols: ['tcp'],
    name: 'Neo4j Bolt protocol',
    summary: 'Neo4j drivers and cypher-shell connect to the database with the binary Bolt protocol on this port.',
    category: 'database',
    aliases: ['bolt', 'cypher-shell'],
    status: 'official',
    sources: [
      {
        url: 'https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xhtml?search=7687',
        title: 'IANA Service Name and Port Number Registry: port 7687',
        kind: 'standard',
      },
      {
        url: 'https://neo4j.com/docs/operations-manual/current/configuration/ports/',
        title: 'Neo4j Operations Manual: Ports',
        kind: 'vendor',
      },
    ],
    related: [7474],
  },
  {
    port: 26257,
    protocols: ['tcp'],
    name: 'CockroachDB',
    summary: 'CockroachDB nodes accept SQL clients over the PostgreSQL wire protocol and talk to each other over gRPC on this one port; the DB Console is on 8080.',
    category: 'database',
    aliases: ['cockroachdb', 'cockroach', 'crdb'],
    status: 'official',
    sources: [
      {
        url: 'https://www.cockroachlabs.com/docs/stable/cockroach-start',
        title: 'CockroachDB documentation: cockroach start',
        kind: 'vendor',
      },
    ],
    related: [5432, 8080],
  },
  {
    port: 28015,
    protocols: ['tcp'],
    name: 'RethinkDB client driver port',
    summary: 'RethinkDB listens for client driver connections on this port, with intracluster traffic on 29015 and the web admin on 8080, all bound to localhost unless told otherwise.',
    category: 'database',
    aliases: ['rethinkdb', 'rethink'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://rethinkdb.com/docs/start-a-server/',
        title: 'RethinkDB documentation: Start a RethinkDB server',
        kind: 'project',
      },
    ],
    related: [29015, 8080],
  },
  {
    port: 29015,
    protocols: ['tcp'],
    name: 'RethinkDB intracluster port',
    summary: 'RethinkDB servers in a cluster connect to one another on this port.',
    category: 'database',
    aliases: ['rethinkdb-cluster'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://rethinkdb.com/docs/start-a-server/',
        title: 'RethinkDB documentation: Start a RethinkDB server',
        kind: 'project',
      },
    ],
    related: [28015],
  },
  {
    port: 8529,
    protocols: ['tcp'],
    name: 'ArangoDB',
    summary: 'The ArangoDB multi-model database serves its HTTP API and web interface on this port, bound to 127.0.0.1 by default.',
    category: 'database',
    aliases: ['arangodb', 'arango', 'arangod'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/arangodb/docs-hugo/pull/855',
        title: 'ArangoDB documentation source: server.endpoint option defaults',
        kind: 'project',
      },
    ],
  },
  {
    port: 50000,
    protocols: ['tcp'],
    name: 'IBM Db2 instance port',
    summary: 'IBM Db2 instances created by Db2 11.5.5 and earlier listen for client connections here by default; instances created by 11.5.6 and later default to port 25000.',
    category: 'database',
    aliases: ['db2', 'ibm-db2', 'db2c'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://www.ibm.com/support/pages/node/465801',
        title: 'IBM Support: TCP/IP ports a Db2 server may listen on (Japanese)',
        kind: 'vendor',
      },
    ],
    unofficialUses: [
      {
        user: 'Jenkins inbound agents',
        description: 'The official Jenkins Docker images expose the controller\'s TCP listener for inbound (JNLP) agents on port 50000; in other Jenkins packages that listener is off or on a random port unless an administrator fixes it.',
        protocols: ['tcp'],
        sources: [
          {
            url: 'https://jenkins.io/doc/book/security/services/',
            title: 'Jenkins documentation: Exposed Services and Ports (TCP agent listener, Docker images use 50000)',
            kind: 'project',
          },
          {
            url: 'https://github.com/jenkinsci/docker/blob/master/README.md',
            title: 'Official Jenkins Docker image README (-p 50000:50000 for agents)',
            kind: 'project',
          },
        ],
      },
    ],
  },
  {
    port: 9000,
    protocols: ['tcp'],
    name: 'ClickHouse native protocol',
    summary: 'ClickHouse servers accept clickhouse-client and native-protocol drivers on this port, alongside the HTTP interface on 8123.',
    category: 'database',
    aliases: ['clickhouse', 'clickhouse-client'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://clickhouse.com/docs/en/guides/sre/network-ports',
        title: 'ClickHouse documentation: Network ports',
        kind: 'vendor',
      },
    ],
    unofficialUses: [
      {
        user: 'PHP-FPM',
        description: 'The sample pool configuration shipped with PHP-FPM listens for FastCGI requests from the web server on 127.0.0.1:9000.',
        protocols: ['tcp'],
        sources: [
          {
            url: 'https://github.com/php/php-src/blob/master/sapi/fpm/www.conf.in',
            title: 'PHP source: sapi/fpm/www.conf.in (listen)',
            kind: 'project',
          },
        ],
      },
    ],
    related: [8123],
  },
  {
    port: 26379,
    protocols: ['tcp'],
    name: 'Redis Sentinel',
    summary: 'Redis Sentinel processes, which watch Redis primaries and promote a replica when one fails, listen on this port by default.',
    category: 'database',
    aliases: ['redis-sentinel', 'sentinel'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://redis.io/docs/latest/operate/oss_and_stack/management/sentinel/',
        title: 'Redis documentation: High availability with Redis Sentinel',
        kind: 'project',
      },
    ],
    related: [6379],
  },
  {
    port: 16379,
    protocols: ['tcp'],
    name: 'Redis Cluster bus',
    summary: 'Redis Cluster nodes talk to each other on a bus port that is, by default, their client port plus 10000, which makes 16379 for a node on 6379.',
    category: 'database',
    aliases: ['redis-cluster', 'cluster-bus'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://redis.io/docs/latest/operate/oss_and_stack/management/scaling/',
        title: 'Redis documentation: Scale with Redis Cluster',
        kind: 'project',
      },
    ],
    related: [6379],
  },
  {
    port: 3050,
    protocols: ['tcp'],
    name: 'Firebird / InterBase',
    summary: 'The Firebird database server, and the InterBase server it descends from, listen for client connections on this port, registered as gds_db.',
    category: 'database',
    aliases: ['firebird', 'interbase', 'gds_db'],
    status: 'official',
    sources: [
      {
        url: 'https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xhtml?search=3050',
        title: 'IANA Service Name and Port Number Registry: port 3050',
        kind: 'standard',
      },
    ],
  },
  {
    port: 33060,
    protocols: ['tcp'],
    name: 'MySQL X Protocol',
    summary: 'MySQL Server\'s X Plugin listens here for the X Protocol used by MySQL Shell and the X DevAPI document-store connectors.',
    category: 'database',
    aliases: ['mysqlx', 'mysql-x', 'mysqlsh'],
    status: 'official',
    sources: [
      {
        url: 'https://dev.mysql.com/doc/refman/8.0/en/x-plugin-options-system-variables.html',
        title: 'MySQL 8.0 Reference Manual: X Plugin Options and Variables (mysqlx_port)',
        kind: 'vendor',
      },
    ],
    related: [3306],
  },
  {
    port: 4567,
    protocols: ['tcp', 'udp'],
    name: 'Galera Cluster replication',
    summary: 'Galera Cluster nodes (MariaDB Galera, Percona XtraDB Cluster) replicate write-sets to each other on this port; state transfers use 4568 and 4444.',
    category: 'database',
    aliases: ['galera', 'wsrep', 'pxc'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://galeracluster.com/library/documentation/firewall-settings.html',
        title: 'Galera Cluster documentation: Firewall Settings',
        kind: 'vendor',
      },
    ],
    related: [3306, 4568, 4444],
    unofficialUses: [
      {
        user: 'Sinatra (Ruby web framework)',
        description: 'Sinatra\'s built-in development server serves applications on this port unless another is set.',
        protocols: ['tcp'],
        sources: [
          {
            url: 'https://github.com/sinatra/sinatra',
            title: 'Sinatra README',
            kind: 'project',
          },
        ],
      },
    ],
  },
  {
    port: 9300,
    protocols: ['tcp'],
    name: 'Elasticsearch transport',
    summary: 'Elasticsearch and OpenSearch nodes talk to each other over the binary transport protocol starting at this port, taking the first free one up to 9400.',
    category: 'database',
    aliases: ['elasticsearch-transport', 'es-transport'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://www.elastic.co/guide/en/elasticsearch/reference/current/modules-network.html',
        title: 'Elasticsearch Guide: Networking (transport.port)',
        kind: 'vendor',
      },
    ],
    related: [9200],
  },
  {
    port: 8983,
    protocols: ['tcp'],
    name: 'Apache Solr',
    summary: 'The Apache Solr search server serves its HTTP API and admin UI on this port when started with the bin/solr script\'s defaults.',
    category: 'database',
    aliases: ['solr'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://solr.apache.org/guide/solr/latest/deployment-guide/solr-control-script-reference.html',
        title: 'Apache Solr Reference Guide: Solr Control Script Reference',
        kind: 'project',
      },
    ],
    related: [9200],
  },
  {
    port: 27018,
    protocols: ['tcp'],
    name: 'MongoDB shard server',
    summary: 'mongod processes started as shard members of a sharded MongoDB cluster (with --shardsvr) listen on this port by default.',
    category: 'database',
    aliases: ['mongodb-shard', 'shardsvr'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://www.mongodb.com/docs/manual/reference/default-mongodb-port/',
        title: 'MongoDB Manual: Default MongoDB Port',
        kind: 'project',
      },
    ],
    related: [27017, 27019],
  },
  {
    port: 27019,
    protocols: ['tcp'],
    name: 'MongoDB config server',
    summary: 'mongod processes started as config servers of a sharded MongoDB cluster (with --configsvr) listen on this port by default.',
    category: 'database',
    aliases: ['mongodb-config', 'configsvr'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://www.mongodb.com/docs/manual/reference/default-mongodb-port/',
        title: 'MongoDB Manual: Default MongoDB Port',
        kind: 'project',
      },
    ],
    related: [27017, 27018],
  },
  {
    port: 6432,
    protocols: ['tcp'],
    name: 'PgBouncer',
    summary: 'The PgBouncer connection pooler accepts PostgreSQL clients on this port and hands their queries to a smaller pool of server connections.',
    category: 'database',
    aliases: ['pgbouncer'],
    status: 'official',
    sources: [
      {
        url: 'https://www.pgbouncer.org/config.html',
        title: 'PgBouncer documentation: Configuration (listen_port)',
        kind: 'project',
      },
    ],
    related: [5432],
  },
  {
    port: 8091,
    protocols: ['tcp'],
    name: 'Couchbase Server web console',
    summary: 'Couchbase Server serves its web console and cluster management REST API on this port; 18091 is the TLS version.',
    category: 'database',
    aliases: ['couchbase', 'couchbase-console'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://docs.couchbase.com/server/current/install/install-ports.html',
        title: 'Couchbase Server documentation: Couchbase Server Ports',
        kind: 'vendor',
      },
    ],
    related: [11210],
  },
  {
    port: 11210,
    protocols: ['tcp'],
    name: 'Couchbase data service',
    summary: 'Couchbase SDKs read and write documents through the data service\'s binary memcached-based protocol on this port; 11207 is the TLS version.',
    category: 'database',
    aliases: ['couchbase-data', 'couchbase-kv'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://docs.couchbase.com/server/current/install/install-ports.html',
        title: 'Couchbase Server documentation: Couchbase Server Ports',
        kind: 'vendor',
      },
    ],
    related: [8091, 11211],
  },
  {
    port: 2484,
    protocols: ['tcp'],
    name: 'Oracle Net over TLS',
    summary: 'Registered for Oracle Net (TTC) connections protected with TLS, a common choice for a TCPS listener endpoint next to the plain listener on 1521.',
    category: 'database',
    aliases: ['oracle-tcps', 'ttc-ssl'],
    status: 'official',
    sources: [
      {
        url: 'https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xhtml?search=2484',
        title: 'IANA Service Name and Port Number Registry: port 2484',
        kind: 'standard',
      },
    ],
    related: [1521, 2483],
  },
  {
    port: 6789,
    protocols: ['tcp'],
    name: 'Ceph monitor (messenger v1)',
    summary: 'Ceph monitors listen on TCP 6789 for the legacy v1 messenger protocol, alongside 3300 for v2 since the Nautilus release; clients and daemons fall back to 6789 when 3300 fails. IANA lists the number for Oracle\'s remote administration daemon (radg), but in storage clusters it is Ceph.',
    category: 'database',
    aliases: ['ceph-mon', 'ceph-monitor'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://docs.ceph.com/en/umbrella/_sources/rados/configuration/msgr2.rst.txt',
        title: 'Ceph documentation: Messenger v2 (monitors bind 3300 for v2 and the old default 6789 for v1)',
        kind: 'project',
        checked: '2026-11-30',
      },
      {
        url: 'https://docs.redhat.com/en/documentation/red_hat_ceph_storage/6/html/configuration_guide/config-ceph-firewall-ports_conf',
        title: 'Red Hat Ceph Storage 6 Configuration Guide: Ceph firewall ports (6789 used if 3300 fails)',
        kind: 'vendor',
        checked: '2026-11-30',
      },
      {
        url: 'https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xml',
        title: 'IANA Service Name and Port Number Registry: 6789/tcp radg',
        kind: 'standard',
        checked: '2026-11-30',
      },
    ],
    related: [3300],
  },
];
