import type { NotablePortInput } from '../../src/lib/schemas/notable-port';

/**
 * Notable ports at 49152 and above: the IANA dynamic/private range, where nothing is assigned but some
 * widely used programs still default to a fixed number. Each entry keeps its real category.
 * Summaries are our own words; every entry has a source.
 */
export const notablePorts: NotablePortInput[] = [
  {
    port: 55553,
    protocols: ['tcp'],
    name: 'Metasploit RPC (msfrpcd)',
    summary: 'The Metasploit Framework RPC daemon msfrpcd, and the msfrpc client that talks to it, use TCP 55553 by default for the MessagePack RPC API over HTTPS.',
    category: 'security-malware',
    aliases: ['msfrpcd', 'msfrpc', 'msgrpc'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://docs.metasploit.com/docs/using-metasploit/advanced/RPC/how-to-use-metasploit-messagepack-rpc.html',
        title: 'Metasploit docs: How to use Metasploit Messagepack RPC',
        kind: 'project',
      },
      {
        url: 'https://github.com/rapid7/metasploit-framework/blob/master/msfrpc',
        title: 'Metasploit Framework source: msfrpc (ServerPort 55553)',
        kind: 'project',
      },
    ],
    security: [
      {
        note: 'Whoever logs in to the RPC service can run any module and drive open sessions, so keep it bound to localhost or a trusted network and use a strong password; the msgrpc plugin loaded inside msfconsole listens on 55552 instead.',
        sources: [
          {
            url: 'https://docs.rapid7.com/metasploit/running-metasploit-remotely',
            title: 'Rapid7 docs: Running Metasploit Remotely',
            kind: 'vendor',
          },
        ],
      },
    ],
    related: [4444, 3790],
  },
  {
    port: 55000,
    protocols: ['tcp'],
    name: 'Wazuh server API',
    summary: 'The Wazuh manager serves its RESTful management API on TCP 55000 by default, used by the Wazuh dashboard and by scripts that manage agents and rules.',
    category: 'security-malware',
    aliases: ['wazuh-api'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://documentation.wazuh.com/4.9/getting-started/architecture.html',
        title: 'Wazuh documentation 4.9: Architecture (required ports)',
        kind: 'project',
      },
      {
        url: 'https://github.com/wazuh/wazuh-packages/issues/2883',
        title: 'wazuh/wazuh-packages issue 2883: installer log asking to allow ports 1514, 1515, 1516 and 55000',
        kind: 'project',
      },
    ],
    related: [1514, 1515],
  },
  {
    port: 50070,
    protocols: ['tcp'],
    name: 'Hadoop 2 HDFS NameNode web UI',
    summary: 'In Hadoop 2.x the HDFS NameNode serves its web interface and the WebHDFS REST API on TCP 50070 by default (dfs.namenode.http-address); Hadoop 3 moved this default to 9870.',
    category: 'database',
    aliases: ['hdfs', 'namenode', 'webhdfs', 'hadoop'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://hadoop.apache.org/docs/r2.7.4/hadoop-project-dist/hadoop-hdfs/hdfs-default.xml',
        title: 'Apache Hadoop 2.7.4: hdfs-default.xml (dfs.namenode.http-address 0.0.0.0:50070)',
        kind: 'project',
      },
      {
        url: 'https://hadoop.apache.org/docs/r3.2.4/hadoop-project-dist/hadoop-hdfs/hdfs-default.xml',
        title: 'Apache Hadoop 3.2.4: hdfs-default.xml (new defaults in the 98xx range)',
        kind: 'project',
      },
    ],
    security: [
      {
        note: 'Hadoop requires no authentication unless secure (Kerberos) mode is set up, and with security off WebHDFS simply trusts the user name passed in the request, so anyone who can reach this port can act as any HDFS user; keep it off untrusted networks.',
        sources: [
          {
            url: 'https://hadoop.apache.org/docs/r2.6.3/hadoop-project-dist/hadoop-common/SecureMode.html',
            title: 'Apache Hadoop 2.6.3 documentation: Hadoop in Secure Mode',
            kind: 'project',
          },
          {
            url: 'https://hadoop.apache.org/docs/r2.8.0/hadoop-project-dist/hadoop-hdfs/WebHDFS.html',
            title: 'Apache Hadoop 2.8.0 documentation: WebHDFS REST API (authentication, user.name)',
            kind: 'project',
          },
        ],
      },
    ],
    related: [50470, 50075, 50010, 50020, 50090, 8020],
  },
  {
    port: 50470,
    protocols: ['tcp'],
    name: 'Hadoop 2 HDFS NameNode web UI (HTTPS)',
    summary: 'Hadoop 2.x NameNodes use TCP 50470 as the default HTTPS address for their web interface (dfs.namenode.https-address) when HTTPS is enabled; Hadoop 3 changed it to 9871.',
    category: 'database',
    aliases: ['namenode-https'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://hadoop.apache.org/docs/r2.7.4/hadoop-project-dist/hadoop-hdfs/hdfs-default.xml',
        title: 'Apache Hadoop 2.7.4: hdfs-default.xml (dfs.namenode.https-address 0.0.0.0:50470)',
        kind: 'project',
      },
      {
        url: 'https://hadoop.apache.org/docs/r3.2.4/hadoop-project-dist/hadoop-hdfs/hdfs-default.xml',
        title: 'Apache Hadoop 3.2.4: hdfs-default.xml (new defaults in the 98xx range)',
        kind: 'project',
      },
    ],
    related: [50070],
  },
  {
    port: 50075,
    protocols: ['tcp'],
    name: 'Hadoop 2 HDFS DataNode web UI',
    summary: 'Hadoop 2.x DataNodes serve their HTTP status pages and WebHDFS block reads on TCP 50075 by default (dfs.datanode.http.address); Hadoop 3 uses 9864 instead.',
    category: 'database',
    aliases: ['datanode'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://hadoop.apache.org/docs/r2.7.4/hadoop-project-dist/hadoop-hdfs/hdfs-default.xml',
        title: 'Apache Hadoop 2.7.4: hdfs-default.xml (dfs.datanode.http.address 0.0.0.0:50075)',
        kind: 'project',
      },
      {
        url: 'https://hadoop.apache.org/docs/r3.2.4/hadoop-project-dist/hadoop-hdfs/hdfs-default.xml',
        title: 'Apache Hadoop 3.2.4: hdfs-default.xml (new defaults in the 98xx range)',
        kind: 'project',
      },
    ],
    related: [50070, 50010, 50020],
  },
  {
    port: 50010,
    protocols: ['tcp'],
    name: 'Hadoop 2 HDFS DataNode data transfer',
    summary: 'Hadoop 2.x DataNodes accept block reads and writes from clients and other DataNodes on TCP 50010 by default (dfs.datanode.address); Hadoop 3 moved it to 9866.',
    category: 'database',
    aliases: ['datanode-data'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://hadoop.apache.org/docs/r2.7.4/hadoop-project-dist/hadoop-hdfs/hdfs-default.xml',
        title: 'Apache Hadoop 2.7.4: hdfs-default.xml (dfs.datanode.address 0.0.0.0:50010)',
        kind: 'project',
      },
      {
        url: 'https://hadoop.apache.org/docs/r3.2.4/hadoop-project-dist/hadoop-hdfs/hdfs-default.xml',
        title: 'Apache Hadoop 3.2.4: hdfs-default.xml (new defaults in the 98xx range)',
        kind: 'project',
      },
    ],
    related: [50075, 50020, 50070],
  },
  {
    port: 50020,
    protocols: ['tcp'],
    name: 'Hadoop 2 HDFS DataNode IPC',
    summary: 'Hadoop 2.x DataNodes listen for IPC (RPC) calls on TCP 50020 by default (dfs.datanode.ipc.address); Hadoop 3 changed the default to 9867.',
    category: 'database',
    aliases: ['datanode-ipc'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://hadoop.apache.org/docs/r2.7.4/hadoop-project-dist/hadoop-hdfs/hdfs-default.xml',
        title: 'Apache Hadoop 2.7.4: hdfs-default.xml (dfs.datanode.ipc.address 0.0.0.0:50020)',
        kind: 'project',
      },
      {
        url: 'https://hadoop.apache.org/docs/r3.2.4/hadoop-project-dist/hadoop-hdfs/hdfs-default.xml',
        title: 'Apache Hadoop 3.2.4: hdfs-default.xml (new defaults in the 98xx range)',
        kind: 'project',
      },
    ],
    related: [50010, 50075],
  },
  {
    port: 50090,
    protocols: ['tcp'],
    name: 'Hadoop 2 HDFS Secondary NameNode web UI',
    summary: 'The HDFS Secondary NameNode, which builds checkpoints of the NameNode metadata, serves HTTP on TCP 50090 by default in Hadoop 2.x; Hadoop 3 uses 9868.',
    category: 'database',
    aliases: ['secondary-namenode'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://hadoop.apache.org/docs/r2.7.4/hadoop-project-dist/hadoop-hdfs/hdfs-default.xml',
        title: 'Apache Hadoop 2.7.4: hdfs-default.xml (dfs.namenode.secondary.http-address 0.0.0.0:50090)',
        kind: 'project',
      },
      {
        url: 'https://hadoop.apache.org/docs/r3.2.4/hadoop-project-dist/hadoop-hdfs/hdfs-default.xml',
        title: 'Apache Hadoop 3.2.4: hdfs-default.xml (new defaults in the 98xx range)',
        kind: 'project',
      },
    ],
    related: [50070],
  },
  {
    port: 60010,
    protocols: ['tcp'],
    name: 'HBase Master web UI (before 1.0)',
    summary: 'HBase releases up to 0.98 served the HMaster web interface on TCP 60010 (hbase.master.info.port); HBase 1.0 and later moved it to 16010 to leave the ephemeral range.',
    category: 'database',
    aliases: ['hbase', 'hmaster'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://issues.apache.org/jira/browse/HBASE-10123',
        title: 'Apache JIRA HBASE-10123: Change default ports; move them out of linux ephemeral port range',
        kind: 'project',
      },
      {
        url: 'https://ambari.apache.org/current/installing-hadoop-using-ambari/content/reference_chap2_4.html',
        title: 'Apache Ambari documentation: HBase ports (60000, 60010, 60020, 60030)',
        kind: 'project',
      },
    ],
    related: [60000, 60020, 60030],
  },
  {
    port: 60020,
    protocols: ['tcp'],
    name: 'HBase RegionServer RPC (before 1.0)',
    summary: 'HBase releases up to 0.98 had RegionServers accept client RPC connections on TCP 60020 (hbase.regionserver.port); from HBase 1.0 the default is 16020.',
    category: 'database',
    aliases: ['hbase-regionserver'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://issues.apache.org/jira/browse/HBASE-10123',
        title: 'Apache JIRA HBASE-10123: Change default ports; move them out of linux ephemeral port range',
        kind: 'project',
      },
      {
        url: 'https://ambari.apache.org/current/installing-hadoop-using-ambari/content/reference_chap2_4.html',
        title: 'Apache Ambari documentation: HBase ports (60000, 60010, 60020, 60030)',
        kind: 'project',
      },
    ],
    related: [60010, 60030],
  },
  {
    port: 60030,
    protocols: ['tcp'],
    name: 'HBase RegionServer web UI (before 1.0)',
    summary: 'HBase releases up to 0.98 served each RegionServer\'s status web page on TCP 60030 (hbase.regionserver.info.port); HBase 1.0 and later use 16030.',
    category: 'database',
    aliases: ['hbase-regionserver-ui'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://issues.apache.org/jira/browse/HBASE-10123',
        title: 'Apache JIRA HBASE-10123: Change default ports; move them out of linux ephemeral port range',
        kind: 'project',
      },
      {
        url: 'https://ambari.apache.org/current/installing-hadoop-using-ambari/content/reference_chap2_4.html',
        title: 'Apache Ambari documentation: HBase ports (60000, 60010, 60020, 60030)',
        kind: 'project',
      },
    ],
    related: [60010, 60020],
  },
  {
    port: 50050,
    protocols: ['tcp'],
    name: 'Cobalt Strike team server',
    summary: 'The Cobalt Strike team server, the commercial red-team (and widely abused) command-and-control framework, accepts operator client connections over TLS on TCP 50050 by default.',
    category: 'security-malware',
    aliases: ['cobalt-strike', 'cobaltstrike', 'teamserver'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/nmap/nmap/pull/2369',
        title: 'nmap pull request 2369: Cobalt Strike administrative interface probe (default port 50050, TLS)',
        kind: 'secondary',
      },
      {
        url: 'https://github.com/muurk/cobalt-safari',
        title: 'cobalt-safari: identifying Cobalt Strike team servers on port 50050',
        kind: 'secondary',
      },
    ],
    security: [
      {
        note: 'A host answering on 50050 with Cobalt Strike\'s stock self-signed certificate is a well-known sign of a team server, and researchers scan the internet for exactly that, so an open 50050 deserves a closer look.',
        sources: [
          {
            url: 'https://github.com/muurk/cobalt-safari',
            title: 'cobalt-safari: identifying Cobalt Strike team servers by their default certificate',
            kind: 'secondary',
          },
        ],
      },
    ],
    related: [4444, 55553],
  },
  {
    port: 50051,
    protocols: ['tcp'],
    name: 'gRPC example server port',
    summary: 'The official gRPC examples (the helloworld Greeter in C++, Python, Node.js and other languages) listen on TCP 50051, so many gRPC services and tutorials copy that number; gRPC itself has no fixed port.',
    category: 'development',
    aliases: ['grpc'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/grpc/grpc/blob/v1.38.0/examples/cpp/helloworld/greeter_server.cc',
        title: 'grpc/grpc v1.38.0: examples/cpp/helloworld/greeter_server.cc (0.0.0.0:50051)',
        kind: 'project',
      },
      {
        url: 'https://android.googlesource.com/platform/external/grpc-grpc/+/HEAD/examples/python/helloworld/greeter_server.py',
        title: 'gRPC examples mirror: python/helloworld/greeter_server.py (port 50051)',
        kind: 'project',
      },
    ],
    related: [4317],
  },
  {
    port: 54321,
    protocols: ['tcp'],
    name: 'H2O machine-learning platform (Flow web UI and REST API)',
    summary: 'H2O, the open-source machine-learning platform from H2O.ai, serves its Flow notebook web UI and REST API on TCP 54321 by default, taking the next free port above it if 54321 is busy.',
    category: 'development',
    aliases: ['h2o', 'h2o-flow', 'sparkling-water'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://docs.h2o.ai/sparkling-water/3.3/latest-stable/doc/tutorials/change_default_port.html',
        title: 'H2O.ai Sparkling Water documentation: Changing the Default Port (first free port from 54321)',
        kind: 'vendor',
      },
      {
        url: 'https://github.com/h2oai/h2o-3/issues/15682',
        title: 'h2oai/h2o-3 issue 15682: boot log "Open H2O Flow in your web browser: http://...:54321/"',
        kind: 'project',
      },
    ],
    related: [],
  },
  {
    port: 58846,
    protocols: ['tcp'],
    name: 'Deluge daemon (deluged) RPC',
    summary: 'The Deluge BitTorrent daemon deluged listens on TCP 58846 by default for its thin clients (the GTK, console and web interfaces) that speak the DelugeRPC protocol.',
    category: 'file-transfer',
    aliases: ['deluge', 'deluged', 'delugerpc'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://manpages.ubuntu.com/manpages/mantic/man1/deluged.1.html',
        title: 'Ubuntu manpage: deluged(1) (-p port, default is 58846)',
        kind: 'project',
      },
    ],
    related: [8112, 51413],
  },
  {
    port: 50001,
    protocols: ['tcp'],
    name: 'Electrum server (plain TCP)',
    summary: 'Electrum-protocol servers for Bitcoin, such as ElectrumX and electrs, conventionally accept light-wallet connections over unencrypted TCP on 50001; the electrs example configuration binds it to 127.0.0.1.',
    category: 'infrastructure',
    aliases: ['electrum', 'electrumx', 'electrs'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/spesmilo/electrum/blob/master/electrum/servers.json',
        title: 'Electrum source: bundled server list (t 50001, s 50002)',
        kind: 'project',
      },
      {
        url: 'https://docs.rs/crate/electrs/0.9.11/source/doc/config_example.toml',
        title: 'electrs 0.9.11: doc/config_example.toml (electrum_rpc_addr 127.0.0.1:50001)',
        kind: 'project',
      },
    ],
    related: [50002, 8332, 8333],
  },
  {
    port: 50002,
    protocols: ['tcp'],
    name: 'Electrum server (TLS)',
    summary: 'Electrum-protocol servers for Bitcoin conventionally offer their TLS-wrapped service on 50002, the port most entries in the Electrum wallet\'s built-in server list use.',
    category: 'infrastructure',
    aliases: ['electrum-ssl'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/spesmilo/electrum/blob/master/electrum/servers.json',
        title: 'Electrum source: bundled server list (t 50001, s 50002)',
        kind: 'project',
      },
    ],
    related: [50001],
  },
  {
    port: 52311,
    protocols: ['tcp'],
    name: 'HCL BigFix (IBM BigFix / Tivoli Endpoint Manager)',
    summary: 'HCL BigFix, formerly IBM BigFix, uses TCP 52311 by default for agents talking to relays and the root server and for consoles talking to the root server; the number is chosen at install time.',
    category: 'monitoring-management',
    aliases: ['bigfix', 'besclient', 'tem'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://help.hcl-software.com/bigfix/11.0/inventory/Inventory/security/c_data_interaction.html',
        title: 'HCL BigFix 11 documentation: Flow of data (port 52311)',
        kind: 'vendor',
      },
    ],
    security: [
      {
        note: 'Relays on 52311 could be asked for the masthead, site list and package files without authentication (CVE-2019-4061), which leaked details of managed networks; restrict who can reach relays and apply HCL\'s fixes.',
        sources: [
          {
            url: 'https://raw.githubusercontent.com/rapid7/metasploit-framework/master/modules/auxiliary/gather/ibm_bigfix_sites_packages_enum.rb',
            title: 'Metasploit module: IBM BigFix Relay Server Sites and Package Enum (CVE-2019-4061, RPORT 52311)',
            kind: 'secondary',
          },
        ],
      },
    ],
    related: [],
  },
  {
    port: 61208,
    protocols: ['tcp'],
    name: 'Glances web server',
    summary: 'Glances, the cross-platform system monitor, serves its web interface and REST API on TCP 61208 when started in web server mode (glances -w).',
    category: 'monitoring-management',
    aliases: ['glances', 'glances-web'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/nicolargo/glances/blob/develop/docs/quickstart.rst',
        title: 'Glances documentation: Quickstart (web server mode on 61208)',
        kind: 'project',
      },
    ],
    related: [61209],
  },
  {
    port: 61209,
    protocols: ['tcp'],
    name: 'Glances client/server mode',
    summary: 'In client/server mode (glances -s) Glances listens on TCP 61209 on all interfaces by default so remote Glances clients can fetch its statistics.',
    category: 'monitoring-management',
    aliases: ['glances-server'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/nicolargo/glances/blob/develop/docs/quickstart.rst',
        title: 'Glances documentation: Quickstart (client/server mode on 61209)',
        kind: 'project',
      },
    ],
    related: [61208],
  },
  {
    port: 55555,
    protocols: ['tcp'],
    name: 'Solace Message Format (SMF)',
    summary: 'Solace PubSub+ event brokers accept client connections in Solace\'s own Solace Message Format (SMF) protocol on TCP 55555 by default.',
    category: 'messaging',
    aliases: ['solace', 'solace-smf', 'pubsubplus'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://docs.solace.com/Configuring-and-Managing/SW-Broker-Specific-Config/index.html',
        title: 'Solace documentation: Default Configuration for Software Event Brokers (default ports)',
        kind: 'vendor',
      },
    ],
    related: [55003, 55443, 55556],
  },
  {
    port: 55003,
    protocols: ['tcp'],
    name: 'Solace SMF (compressed)',
    summary: 'Solace PubSub+ software event brokers offer a compressed variant of their SMF messaging protocol on TCP 55003 by default.',
    category: 'messaging',
    aliases: ['solace-smf-compressed'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://docs.solace.com/Configuring-and-Managing/SW-Broker-Specific-Config/index.html',
        title: 'Solace documentation: Default Configuration for Software Event Brokers (default ports)',
        kind: 'vendor',
      },
    ],
    related: [55555, 55443],
  },
  {
    port: 55443,
    protocols: ['tcp'],
    name: 'Solace SMF over TLS',
    summary: 'Solace PubSub+ software event brokers serve SMF over TLS, with or without compression, on TCP 55443 by default once a server certificate is installed.',
    category: 'messaging',
    aliases: ['solace-smfs', 'solace-smf-tls'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://docs.solace.com/Configuring-and-Managing/SW-Broker-Specific-Config/index.html',
        title: 'Solace documentation: Default Configuration for Software Event Brokers (default ports)',
        kind: 'vendor',
      },
    ],
    related: [55555, 55003],
  },
  {
    port: 55556,
    protocols: ['tcp'],
    name: 'Solace SMF routing',
    summary: 'Solace PubSub+ software event brokers use TCP 55556 by default for SMF routing traffic between brokers.',
    category: 'messaging',
    aliases: ['solace-routing'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://docs.solace.com/Configuring-and-Managing/SW-Broker-Specific-Config/index.html',
        title: 'Solace documentation: Default Configuration for Software Event Brokers (default ports)',
        kind: 'vendor',
      },
    ],
    related: [55555],
  },
  {
    port: 50013,
    protocols: ['tcp'],
    name: 'SAP start service (sapstartsrv) HTTP, instance 00',
    summary: 'The SAP start service sapstartsrv, which starts, stops and monitors an SAP instance and offers the SAPControl web service, listens on 5<NN>13 for HTTP, so 50013 for instance number 00.',
    category: 'monitoring-management',
    aliases: ['sapstartsrv', 'sapcontrol', 'sapctrl00'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://help.sap.com/saphelp_em700_ehp01/helpdata/en/42/db8c45e873162ee10000000a1553f7/content.htm',
        title: 'SAP Help: AS ABAP Ports (Start service HTTP 5<NN>13, HTTPS 5<NN>14)',
        kind: 'vendor',
      },
    ],
    related: [50014, 3200, 3300, 3600],
  },
  {
    port: 50014,
    protocols: ['tcp'],
    name: 'SAP start service (sapstartsrv) HTTPS, instance 00',
    summary: 'The SAP start service uses 5<NN>14 for its HTTPS endpoint, so instance number 00 answers on 50014 and other instances follow the same pattern up to 59914.',
    category: 'monitoring-management',
    aliases: ['sapctrls00'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://help.sap.com/saphelp_em700_ehp01/helpdata/en/42/db8c45e873162ee10000000a1553f7/content.htm',
        title: 'SAP Help: AS ABAP Ports (Start service HTTP 5<NN>13, HTTPS 5<NN>14)',
        kind: 'vendor',
      },
    ],
    related: [50013],
  },
  {
    port: 51821,
    protocols: ['tcp'],
    name: 'wg-easy web UI',
    summary: 'wg-easy, a popular Docker image that bundles WireGuard with a web admin interface, serves that interface on TCP 51821 by default while WireGuard itself uses UDP 51820.',
    category: 'vpn-tunnel',
    aliases: ['wg-easy'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/wg-easy/wg-easy/blob/master/docker-compose.yml',
        title: 'wg-easy: docker-compose.yml (51820/udp and 51821/tcp)',
        kind: 'project',
      },
      {
        url: 'https://github.com/wg-easy/wg-easy/blob/master/wg-easy.service',
        title: 'wg-easy: wg-easy.service (TCP port for Web UI, default 51821)',
        kind: 'project',
      },
    ],
    related: [51820],
  },
  {
    port: 51826,
    protocols: ['tcp'],
    name: 'Homebridge HomeKit bridge (HAP)',
    summary: 'Homebridge, which exposes non-HomeKit devices to Apple Home, runs its HomeKit Accessory Protocol bridge on the port set in config.json, and its sample configuration and most installs use TCP 51826.',
    category: 'iot-industrial',
    aliases: ['homebridge', 'hap'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://raw.githubusercontent.com/nfarina/homebridge/master/config-sample.json',
        title: 'Homebridge source: config-sample.json (bridge port 51826)',
        kind: 'project',
      },
      {
        url: 'https://github.com/homebridge/homebridge/issues/2199',
        title: 'homebridge/homebridge issue 2199: maintainers on the usual bridge port 51826',
        kind: 'project',
      },
    ],
    related: [5353, 8581],
  },
  {
    port: 61614,
    protocols: ['tcp'],
    name: 'STOMP over WebSocket (ActiveMQ) / STOMP over TLS (RabbitMQ)',
    summary: 'Apache ActiveMQ\'s documented WebSocket transport for STOMP (and MQTT) listens on ws://0.0.0.0:61614, while RabbitMQ\'s STOMP plugin uses 61614 for STOMP over TLS.',
    category: 'messaging',
    aliases: ['stomp-ws', 'stomps'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://activemq.apache.org/websockets',
        title: 'Apache ActiveMQ Classic documentation: WebSockets (ws://0.0.0.0:61614)',
        kind: 'project',
      },
      {
        url: 'https://www.rabbitmq.com/docs/networking',
        title: 'RabbitMQ documentation: Networking and RabbitMQ (ports 61613 and 61614)',
        kind: 'project',
      },
    ],
    related: [61613, 61616],
  },
  {
    port: 53413,
    protocols: ['udp'],
    name: 'Netis/Netcore router backdoor',
    summary: 'Many Netis (Netcore) routers shipped with a service on UDP 53413, reachable from the WAN side and guarded only by a password hard-coded in the firmware, that gave near-complete control of the router.',
    category: 'security-malware',
    aliases: ['netis', 'netcore', 'netis-backdoor'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://netisscan.shadowserver.org/',
        title: 'The Shadowserver Foundation: Vulnerable Netis Router Scanning Project (53413/udp)',
        kind: 'observed',
      },
      {
        url: 'https://www.securityweek.com/easily-exploitable-vulnerability-found-netis-routers/',
        title: 'SecurityWeek: Easily Exploitable Vulnerability Found in Netis Routers (Trend Micro findings)',
        kind: 'secondary',
      },
    ],
    security: [
      {
        note: 'Scans for this backdoor kept arriving in large numbers years after its 2014 disclosure; unsolicited packets to UDP 53413 are almost always probes for it, and affected routers should be replaced or updated.',
        sources: [
          {
            url: 'https://netisscan.shadowserver.org/',
            title: 'The Shadowserver Foundation: Vulnerable Netis Router Scanning Project',
            kind: 'observed',
          },
          {
            url: 'https://latesthackingnews.com/2016/11/22/researchers-found-57-million-scans-netis-router-backdoor/amp',
            title: 'Latest Hacking News: Researchers Found 57 Million Scans for Netis Router Backdoor (Trend Micro data)',
            kind: 'secondary',
          },
        ],
      },
    ],
    related: [],
  },
  {
    port: 52869,
    protocols: ['tcp'],
    name: 'Realtek SDK miniigd UPnP SOAP service',
    summary: 'Routers built on the Realtek SDK run the miniigd UPnP daemon, whose SOAP interface on TCP 52869 has a command-injection flaw (CVE-2014-8361) that Mirai-family botnets such as Satori mass-scan for.',
    category: 'security-malware',
    aliases: ['miniigd', 'realtek-upnp'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://ics-cert.kaspersky.com/publications/news/2017/12/14/satori',
        title: 'Kaspersky ICS CERT: The brief awakening of the Satori botnet (ports 37215 and 52869)',
        kind: 'observed',
      },
      {
        url: 'https://blog.fortinet.com/2017/12/12/rise-of-one-more-mirai-worm-variant',
        title: 'Fortinet blog: Rise of One More Mirai Worm Variant (scanning on TCP 52869 and 37215)',
        kind: 'observed',
      },
      {
        url: 'https://www.fortiguard.com/cn/outbreak-alert/html/realtek-sdk-attack',
        title: 'FortiGuard Outbreak Alert: Realtek SDK Attack (CVE-2014-8361 in miniigd)',
        kind: 'observed',
      },
    ],
    security: [
      {
        note: 'The UPnP SOAP service should never answer from the internet; block 52869 at the WAN edge and update or retire affected routers, since exploitation attempts were still being seen in 2023.',
        sources: [
          {
            url: 'https://www.fortiguard.com/cn/outbreak-alert/html/realtek-sdk-attack',
            title: 'FortiGuard Outbreak Alert: Realtek SDK Attack',
            kind: 'observed',
          },
        ],
      },
    ],
    related: [37215, 1900],
  },
  {
    port: 61620,
    protocols: ['tcp'],
    name: 'DataStax OpsCenter monitoring port',
    summary: 'The DataStax OpsCenter daemon (opscenterd) listens on TCP 61620 for the monitoring traffic sent by the agents running on each Cassandra node.',
    category: 'monitoring-management',
    aliases: ['opscenter', 'opscenterd'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://docs.datastax.com/en/cassandra/2.1/cassandra/security/secureFireWall_r.html',
        title: 'DataStax documentation for Cassandra 2.1: Configuring firewall port access (OpsCenter ports)',
        kind: 'vendor',
      },
    ],
    related: [61621, 8888, 7000, 9042],
  },
  {
    port: 61621,
    protocols: ['tcp'],
    name: 'DataStax OpsCenter agent port',
    summary: 'DataStax OpsCenter agents on Cassandra nodes listen on TCP 61621 for the TLS connections that the central OpsCenter daemon opens to them.',
    category: 'monitoring-management',
    aliases: ['opscenter-agent'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://docs.datastax.com/en/cassandra/2.1/cassandra/security/secureFireWall_r.html',
        title: 'DataStax documentation for Cassandra 2.1: Configuring firewall port access (OpsCenter ports)',
        kind: 'vendor',
      },
    ],
    related: [61620],
  },
  {
    port: 60022,
    protocols: ['tcp'],
    name: 'Taskcluster livelog (log upload)',
    summary: 'The livelog server from Mozilla\'s Taskcluster CI takes a running task\'s log over HTTP PUT on this port by default; LIVELOG_PUT_PORT changes it.',
    category: 'development',
    aliases: ['livelog-put'],
    status: 'unofficial',
    sources: [
      { url: 'https://github.com/taskcluster/taskcluster/blob/main/tools/livelog/main.go', title: 'Taskcluster source: tools/livelog/main.go (DEFAULT_PUT_PORT = 60022)', kind: 'project' },
      { url: 'https://github.com/taskcluster/taskcluster/blob/main/tools/livelog/README.md', title: 'Taskcluster livelog README: URLs and ports', kind: 'project' },
    ],
    related: [60023],
  },
  {
    port: 60023,
    protocols: ['tcp'],
    name: 'Taskcluster livelog (log streaming)',
    summary: 'The livelog server from Mozilla\'s Taskcluster CI streams a running task\'s log to readers over HTTP GET on this port by default; LIVELOG_GET_PORT changes it.',
    category: 'development',
    aliases: ['livelog', 'taskcluster-livelog'],
    status: 'unofficial',
    sources: [
      { url: 'https://github.com/taskcluster/taskcluster/blob/main/tools/livelog/main.go', title: 'Taskcluster source: tools/livelog/main.go (DEFAULT_GET_PORT = 60023)', kind: 'project' },
      { url: 'https://github.com/taskcluster/taskcluster/blob/main/tools/livelog/README.md', title: 'Taskcluster livelog README: URLs and ports', kind: 'project' },
    ],
    related: [60022],
  },
  {
    port: 54322,
    protocols: ['tcp'],
    name: 'Supabase local development database (Postgres)',
    summary: 'The Supabase CLI\'s local stack (supabase start) publishes its Postgres database on this port, beside the API gateway on 54321.',
    category: 'development',
    aliases: ['supabase-db'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/supabase/cli/blob/develop/apps/cli-go/pkg/config/templates/config.toml',
        title: 'Supabase CLI source: config.toml template ([db] port = 54322)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    related: [54321, 54323, 5432],
  },
  {
    port: 54323,
    protocols: ['tcp'],
    name: 'Supabase Studio (local development)',
    summary: 'Supabase Studio, the dashboard for browsing tables, auth users and storage, runs on this port in the CLI\'s local development stack.',
    category: 'development',
    aliases: ['supabase-studio'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/supabase/cli/blob/develop/apps/cli-go/pkg/config/templates/config.toml',
        title: 'Supabase CLI source: config.toml template ([studio] port = 54323)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    related: [54321, 54322],
  },
  {
    port: 54324,
    protocols: ['tcp'],
    name: 'Supabase local email testing inbox',
    summary: 'The Supabase CLI\'s local stack catches the emails its auth service sends (sign-up links, magic links) and shows them in a web inbox on this port.',
    category: 'development',
    aliases: ['supabase-inbucket'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/supabase/cli/blob/develop/apps/cli-go/pkg/config/templates/config.toml',
        title: 'Supabase CLI source: config.toml template ([inbucket] port = 54324, email testing server web interface)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    related: [54321],
  },
  {
    port: 55679,
    protocols: ['tcp'],
    name: 'OpenTelemetry Collector zPages',
    summary: 'The OpenTelemetry Collector\'s zPages extension serves live debugging pages (pipelines, extensions, recent traces) over HTTP on localhost:55679 by default when it is enabled.',
    category: 'monitoring-management',
    aliases: ['zpages', 'otel-zpages'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/open-telemetry/opentelemetry-collector/blob/main/extension/zpagesextension/README.md',
        title: 'OpenTelemetry Collector: zPages extension README (endpoint default = localhost:55679)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    related: [4317, 4318],
  },
];
