import type { NotablePortInput } from '../../src/lib/schemas/notable-port';

/** Notable ports in the "monitoring-management" category. Summaries are our own words; every entry has a source. */
export const notablePorts: NotablePortInput[] = [
  {
    port: 161,
    protocols: ['udp'],
    name: 'SNMP',
    summary: 'SNMP agents on routers, switches, printers and servers answer management queries and settings from monitoring systems here.',
    category: 'monitoring-management',
    aliases: ['snmp', 'snmpd'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc3417',
        title: 'RFC 3417: Transport Mappings for the Simple Network Management Protocol (SNMP)',
        kind: 'standard',
      },
    ],
    security: [
      {
        note: 'SNMPv1 and v2c authenticate only with a community string sent in clear text, and defaults such as "public" and "private" are widely scanned for; use SNMPv3 with authentication and privacy, and filter the port from untrusted networks.',
        sources: [
          {
            url: 'https://www.rfc-editor.org/rfc/rfc3410',
            title: 'RFC 3410: Introduction and Applicability Statements for Internet-Standard Management Framework',
            kind: 'standard',
          },
        ],
      },
      {
        note: 'Agents that answer SNMPv2 GetBulk requests from the internet are used as reflectors in amplification DDoS attacks.',
        sources: [
          {
            url: 'https://www.cisa.gov/news-events/alerts/2014/01/17/udp-based-amplification-attacks',
            title: 'CISA Alert TA14-017A: UDP-Based Amplification Attacks',
            kind: 'observed',
          },
        ],
      },
    ],
    unofficialUses: [
      {
        user: 'SNMP over TCP',
        description: 'RFC 3430 defines an experimental mapping of SNMP onto TCP, and IANA registers snmp on 161/tcp as well as 161/udp, so agents that support the TCP mapping take requests on TCP 161.',
        protocols: ['tcp'],
        sources: [
          {
            url: 'https://www.rfc-editor.org/pdfrfc/rfc3430.txt.pdf',
            title: 'RFC 3430: SNMP over TCP Transport Mapping (experimental)',
            kind: 'standard',
            checked: '2026-11-30',
          },
          {
            url: 'https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xml',
            title: 'IANA Service Name and Port Number Registry: 161/tcp and 161/udp snmp',
            kind: 'standard',
            checked: '2026-11-30',
          },
        ],
      },
    ],
    related: [162, 199],
  },
  {
    port: 162,
    protocols: ['udp'],
    name: 'SNMP traps',
    summary: 'Network management stations listen on this port for unsolicited trap and inform notifications sent by SNMP agents.',
    category: 'monitoring-management',
    aliases: ['snmptrap', 'snmp-trap', 'snmptrapd'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc3417',
        title: 'RFC 3417: Transport Mappings for the Simple Network Management Protocol (SNMP)',
        kind: 'standard',
      },
    ],
    related: [161],
  },
  {
    port: 514,
    protocols: ['udp'],
    name: 'Syslog',
    summary: 'Devices and servers send classic syslog log messages to a central collector as UDP datagrams on this port.',
    category: 'monitoring-management',
    aliases: ['syslog', 'rsyslog', 'syslog-ng'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc5426',
        title: 'RFC 5426: Transmission of Syslog Messages over UDP',
        kind: 'standard',
      },
    ],
    security: [
      {
        note: 'Syslog over UDP has no authentication, integrity protection or delivery guarantee, so messages can be forged or lost; use syslog over TLS (port 6514) where that matters.',
        sources: [
          {
            url: 'https://www.rfc-editor.org/rfc/rfc5426',
            title: 'RFC 5426: Transmission of Syslog Messages over UDP (security considerations)',
            kind: 'standard',
          },
        ],
      },
      {
        note: 'rshd on TCP 514 trusts a client because of its privileged source port and the host it comes from, not a password; anyone who can fake those gets a shell, so the service should be off and SSH used instead.',
        sources: [
          {
            url: 'https://man.freebsd.org/cgi/man.cgi?format=html&query=rshd&sektion=8',
            title: 'FreeBSD rshd(8) manual page: authentication based on privileged port numbers from trusted hosts',
            kind: 'os-source',
            checked: '2026-11-30',
          },
        ],
      },
    ],
    unofficialUses: [
      {
        user: 'rsh (BSD remote shell)',
        description: 'On TCP the same number belongs to a different service: IANA registers 514/tcp as "shell", where rshd, the server behind rsh and rcmd(3), runs commands for remote users of trusted hosts.',
        protocols: ['tcp'],
        sources: [
          {
            url: 'https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xml',
            title: 'IANA Service Name and Port Number Registry: 514/tcp shell, 514/udp syslog',
            kind: 'standard',
            checked: '2026-11-30',
          },
          {
            url: 'https://man.freebsd.org/cgi/man.cgi?format=html&query=rshd&sektion=8',
            title: 'FreeBSD rshd(8) manual page: remote shell server',
            kind: 'os-source',
            checked: '2026-11-30',
          },
        ],
      },
    ],
    related: [6514, 601, 513],
  },
  {
    port: 9090,
    protocols: ['tcp'],
    name: 'Prometheus and Cockpit',
    summary: 'The Prometheus monitoring server and the Cockpit web console for Linux servers both listen on this port by default.',
    category: 'monitoring-management',
    aliases: ['prometheus', 'cockpit'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://prometheus.io/docs/prometheus/latest/getting_started/',
        title: 'Prometheus documentation: Getting started',
        kind: 'project',
      },
      {
        url: 'https://cockpit-project.org/guide/latest/cockpit-ws.8.html',
        title: 'Cockpit guide: cockpit-ws(8)',
        kind: 'project',
      },
    ],
    unofficialUses: [
      {
        user: 'HBase Thrift server',
        description: 'The optional HBase Thrift gateway listens on TCP 9090 by default, with its status web page on 9095.',
        protocols: ['tcp'],
        sources: [
          {
            url: 'https://docs.cloudera.com/HDPDocuments/HDP2/HDP-2.2.4/bk_HDP_Reference_Guide/content/hbase-ports.html',
            title: 'Hortonworks HDP 2.2.4 Reference Guide: HBase ports (Thrift 9090)',
            kind: 'vendor',
          },
        ],
      },
    ],
    related: [9093, 9100, 3000],
  },
  {
    port: 199,
    protocols: ['tcp'],
    name: 'SNMP multiplexing (SMUX)',
    summary: 'SNMP agents such as Net-SNMP\'s snmpd let subagents register their MIB subtrees over the SMUX protocol on this TCP port.',
    category: 'monitoring-management',
    aliases: ['smux'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc1227',
        title: 'RFC 1227: SNMP MUX Protocol and MIB',
        kind: 'standard',
      },
    ],
    related: [161, 705],
  },
  {
    port: 10050,
    protocols: ['tcp'],
    name: 'Zabbix agent',
    summary: 'Zabbix agents listen here for passive checks, answering the Zabbix server\'s or proxy\'s requests for metrics from the host.',
    category: 'monitoring-management',
    aliases: ['zabbix-agent', 'zabbix_agentd'],
    status: 'official',
    sources: [
      {
        url: 'https://www.zabbix.com/documentation/current/en/manual/appendix/config/zabbix_agentd',
        title: 'Zabbix manual: Zabbix agent (UNIX) configuration (ListenPort)',
        kind: 'project',
      },
    ],
    related: [10051],
  },
  {
    port: 10051,
    protocols: ['tcp'],
    name: 'Zabbix server and proxy (trapper)',
    summary: 'Zabbix servers and proxies receive active-check data, trapper items and proxy uploads from agents and senders on this port.',
    category: 'monitoring-management',
    aliases: ['zabbix', 'zabbix-server', 'zabbix-trapper'],
    status: 'official',
    sources: [
      {
        url: 'https://www.zabbix.com/documentation/current/en/manual/appendix/config/zabbix_server',
        title: 'Zabbix manual: Zabbix server configuration (ListenPort)',
        kind: 'project',
      },
    ],
    related: [10050],
  },
  {
    port: 5666,
    protocols: ['tcp'],
    name: 'Nagios NRPE',
    summary: 'The Nagios Remote Plugin Executor daemon listens here so a Nagios server can run check plugins on a remote host and collect the results.',
    category: 'monitoring-management',
    aliases: ['nrpe', 'nagios'],
    status: 'official',
    sources: [
      {
        url: 'https://github.com/NagiosEnterprises/nrpe/blob/master/sample-config/nrpe.cfg.in',
        title: 'NRPE source: sample nrpe.cfg (server_port)',
        kind: 'project',
      },
    ],
    security: [
      {
        note: 'NRPE should accept only the Nagios server\'s address (allowed_hosts), and letting clients pass command arguments (dont_blame_nrpe) is flagged in its sample configuration as a security risk.',
        sources: [
          {
            url: 'https://github.com/NagiosEnterprises/nrpe/blob/master/sample-config/nrpe.cfg.in',
            title: 'NRPE source: sample nrpe.cfg',
            kind: 'project',
          },
        ],
      },
    ],
  },
  {
    port: 9093,
    protocols: ['tcp'],
    name: 'Prometheus Alertmanager',
    summary: 'Prometheus Alertmanager receives alerts from Prometheus servers and serves its web UI and API on this port.',
    category: 'monitoring-management',
    aliases: ['alertmanager'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/prometheus/prometheus/wiki/Default-port-allocations',
        title: 'Prometheus wiki: Default port allocations',
        kind: 'project',
      },
    ],
    related: [9090, 9100],
  },
  {
    port: 8125,
    protocols: ['udp'],
    name: 'StatsD',
    summary: 'StatsD daemons, and StatsD-compatible agents such as Datadog\'s DogStatsD, receive counters, gauges and timings from applications as UDP datagrams on this port.',
    category: 'monitoring-management',
    aliases: ['statsd', 'dogstatsd'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/statsd/statsd/blob/master/exampleConfig.js',
        title: 'StatsD source: example configuration (default port)',
        kind: 'project',
      },
      {
        url: 'https://docs.datadoghq.com/developers/dogstatsd/',
        title: 'Datadog documentation: DogStatsD',
        kind: 'vendor',
      },
    ],
    related: [2003],
  },
  {
    port: 2003,
    protocols: ['tcp', 'udp'],
    name: 'Graphite Carbon (plaintext)',
    summary: 'Graphite\'s carbon-cache accepts metrics in its simple "path value timestamp" plaintext format on this port, with 2004 for the pickle format.',
    category: 'monitoring-management',
    aliases: ['graphite', 'carbon', 'carbon-cache'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://graphite.readthedocs.io/en/latest/feeding-carbon.html',
        title: 'Graphite documentation: Feeding in your data',
        kind: 'project',
      },
    ],
    related: [8125],
  },
  {
    port: 4317,
    protocols: ['tcp'],
    name: 'OpenTelemetry OTLP/gRPC',
    summary: 'OpenTelemetry SDKs export traces, metrics and logs to collectors and backends over OTLP/gRPC on this port by default.',
    category: 'monitoring-management',
    aliases: ['otlp', 'opentelemetry', 'otel', 'otel-collector'],
    status: 'official',
    sources: [
      {
        url: 'https://opentelemetry.io/docs/specs/otel/protocol/exporter/',
        title: 'OpenTelemetry specification: OpenTelemetry Protocol Exporter',
        kind: 'standard',
      },
      {
        url: 'https://opentelemetry.io/docs/languages/sdk-configuration/otlp-exporter/',
        title: 'OpenTelemetry documentation: OTLP Exporter Configuration',
        kind: 'project',
      },
    ],
    related: [4318],
  },
  {
    port: 4318,
    protocols: ['tcp'],
    name: 'OpenTelemetry OTLP/HTTP',
    summary: 'OpenTelemetry SDKs and collectors exchange telemetry encoded as protobuf or JSON over plain HTTP on this port by default.',
    category: 'monitoring-management',
    aliases: ['otlp-http'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://opentelemetry.io/docs/specs/otel/protocol/exporter/',
        title: 'OpenTelemetry specification: OpenTelemetry Protocol Exporter',
        kind: 'standard',
      },
    ],
    related: [4317],
  },
  {
    port: 9411,
    protocols: ['tcp'],
    name: 'Zipkin',
    summary: 'The Zipkin tracing server receives spans over HTTP and serves its web UI and query API on this port.',
    category: 'monitoring-management',
    aliases: ['zipkin'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://zipkin.io/pages/quickstart.html',
        title: 'Zipkin: Quickstart',
        kind: 'project',
      },
    ],
    related: [16686, 4317],
  },
  {
    port: 16686,
    protocols: ['tcp'],
    name: 'Jaeger UI and query API',
    summary: 'The Jaeger tracing system serves its web UI and query API on this port.',
    category: 'monitoring-management',
    aliases: ['jaeger', 'jaeger-query', 'jaeger-ui'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://pkg.go.dev/github.com/jaegertracing/jaeger@v1.19.1/ports',
        title: 'Jaeger source: ports package (default ports)',
        kind: 'project',
      },
    ],
    related: [14268, 6831, 4317],
  },
  {
    port: 14268,
    protocols: ['tcp'],
    name: 'Jaeger collector (HTTP)',
    summary: 'The Jaeger collector accepts spans sent directly by clients as Thrift over HTTP on this port.',
    category: 'monitoring-management',
    aliases: ['jaeger-collector'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://pkg.go.dev/github.com/jaegertracing/jaeger@v1.19.1/ports',
        title: 'Jaeger source: ports package (default ports)',
        kind: 'project',
      },
    ],
    related: [16686, 6831],
  },
  {
    port: 6831,
    protocols: ['udp'],
    name: 'Jaeger agent (compact Thrift)',
    summary: 'The Jaeger agent receives spans from instrumented applications as compact-encoded Thrift over UDP on this port.',
    category: 'monitoring-management',
    aliases: ['jaeger-agent'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://pkg.go.dev/github.com/jaegertracing/jaeger@v1.19.1/ports',
        title: 'Jaeger source: ports package (default ports)',
        kind: 'project',
      },
    ],
    related: [14268, 16686],
  },
  {
    port: 6514,
    protocols: ['tcp'],
    name: 'Syslog over TLS',
    summary: 'Syslog senders and collectors such as rsyslog and syslog-ng exchange log messages over TLS-protected TCP connections on this port.',
    category: 'monitoring-management',
    aliases: ['syslog-tls', 'rsyslog-tls'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc5425',
        title: 'RFC 5425: Transport Layer Security (TLS) Transport Mapping for Syslog',
        kind: 'standard',
      },
    ],
    related: [514, 601],
  },
  {
    port: 601,
    protocols: ['tcp'],
    name: 'Reliable syslog',
    summary: 'This port was registered for the reliable (connection-oriented) syslog service, and syslog collectors sometimes use it for plain syslog over TCP.',
    category: 'monitoring-management',
    aliases: ['syslog-conn'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc3195',
        title: 'RFC 3195: Reliable Delivery for syslog',
        kind: 'standard',
      },
    ],
    related: [514, 6514],
  },
  {
    port: 5044,
    protocols: ['tcp'],
    name: 'Logstash Beats input',
    summary: 'Logstash\'s Beats input conventionally listens on this port for log and metric events shipped by Filebeat, Metricbeat and other Elastic Beats.',
    category: 'monitoring-management',
    aliases: ['beats', 'filebeat', 'logstash-beats'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://www.elastic.co/guide/en/logstash/current/plugins-inputs-beats.html',
        title: 'Logstash Reference: Beats input plugin',
        kind: 'project',
      },
    ],
    related: [9600, 5601, 9200],
  },
  {
    port: 5601,
    protocols: ['tcp'],
    name: 'Kibana',
    summary: 'Kibana, the web front end of the Elastic Stack, serves its dashboards and API on this port by default.',
    category: 'monitoring-management',
    aliases: ['kibana'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://www.elastic.co/guide/en/kibana/current/settings.html',
        title: 'Kibana Guide: Configure Kibana (server.port)',
        kind: 'project',
      },
    ],
    related: [9200, 5044],
  },
  {
    port: 9600,
    protocols: ['tcp'],
    name: 'Logstash monitoring API',
    summary: 'Logstash serves its node-info and statistics monitoring API on the first free port from 9600 to 9700, normally 9600.',
    category: 'monitoring-management',
    aliases: ['logstash', 'logstash-api'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://www.elastic.co/guide/en/logstash/current/monitoring-logstash.html',
        title: 'Logstash Reference: Monitoring APIs',
        kind: 'project',
      },
    ],
    related: [5044],
  },
  {
    port: 623,
    protocols: ['udp'],
    name: 'IPMI (RMCP)',
    summary: 'Server baseboard management controllers answer IPMI-over-LAN requests, wrapped in the RMCP protocol, on this UDP port for out-of-band power control, sensors and remote console.',
    category: 'monitoring-management',
    aliases: ['ipmi', 'rmcp', 'bmc', 'ipmitool'],
    status: 'official',
    sources: [
      {
        url: 'https://www.dmtf.org/standards/asf',
        title: 'DMTF: Alert Standard Format (ASF), which defines RMCP',
        kind: 'standard',
      },
      {
        url: 'https://www.imss.caltech.edu/node/1370',
        title: 'Caltech IMSS: IPMI Best Practices',
        kind: 'secondary',
      },
    ],
    security: [
      {
        note: 'A BMC reachable on this port gives near-total control of the server below the operating system, and IPMI often ships with default or blank passwords and protocol weaknesses; keep it on an isolated management network, never on the internet.',
        sources: [
          {
            url: 'https://www.imss.caltech.edu/node/1370',
            title: 'Caltech IMSS: IPMI Best Practices',
            kind: 'secondary',
          },
        ],
      },
    ],
  },
  {
    port: 10000,
    protocols: ['tcp'],
    name: 'Webmin',
    summary: 'Webmin, the web-based Unix administration panel, serves its web interface on this port by default; IANA assigns the number to the NDMP backup protocol.',
    category: 'monitoring-management',
    aliases: ['webmin', 'miniserv', 'virtualmin'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/webmin/webmin/blob/master/setup.sh',
        title: 'Webmin source: setup script (default web server port)',
        kind: 'project',
      },
    ],
    unofficialUses: [
      {
        user: 'Apache Hive (HiveServer2)',
        description: 'HiveServer2, the SQL gateway of Apache Hive, accepts JDBC and ODBC clients on TCP 10000 by default in binary transport mode.',
        protocols: ['tcp'],
        sources: [
          {
            url: 'https://docs.progress.com/bundle/datadirect-apache-hive-jdbc-60/page/PortNumber.html',
            title: 'Progress DataDirect Apache Hive JDBC documentation: PortNumber (Hive server default 10000)',
            kind: 'secondary',
          },
        ],
      },
    ],
    security: [
      {
        note: 'Webmin releases 1.882 to 1.921 shipped a backdoor (CVE-2019-15107) that let unauthenticated attackers run commands as root; keep Webmin patched and reachable only from trusted networks.',
        sources: [
          {
            url: 'https://nvd.nist.gov/vuln/detail/CVE-2019-15107',
            title: 'NVD: CVE-2019-15107 (Webmin password_change.cgi)',
            kind: 'secondary',
          },
        ],
      },
    ],
  },
  {
    port: 8006,
    protocols: ['tcp'],
    name: 'Proxmox VE web interface',
    summary: 'Proxmox Virtual Environment hosts serve their HTTPS management interface and REST API on this port.',
    category: 'monitoring-management',
    aliases: ['proxmox', 'pve', 'pveproxy'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://pve.proxmox.com/wiki/Firewall',
        title: 'Proxmox VE wiki: Firewall (ports used by Proxmox VE)',
        kind: 'project',
      },
    ],
  },
  {
    port: 3100,
    protocols: ['tcp'],
    name: 'Grafana Loki',
    summary: 'Grafana Loki receives pushed log streams from agents such as Promtail, and answers LogQL queries, over HTTP on this port.',
    category: 'monitoring-management',
    aliases: ['loki', 'promtail'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://grafana.com/docs/loki/latest/configure/',
        title: 'Grafana Loki documentation: Configuration (http_listen_port)',
        kind: 'project',
      },
    ],
    related: [3000],
  },
  {
    port: 24224,
    protocols: ['tcp', 'udp'],
    name: 'Fluentd forward protocol',
    summary: 'Fluentd and Fluent Bit receive log events from other Fluentd or Fluent Bit instances and from client libraries with the forward protocol on this port.',
    category: 'monitoring-management',
    aliases: ['fluentd', 'fluent-bit', 'fluent-forward'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://docs.fluentd.org/input/forward',
        title: 'Fluentd documentation: forward input plugin',
        kind: 'project',
      },
    ],
  },
  {
    port: 8089,
    protocols: ['tcp'],
    name: 'Splunk management port (splunkd)',
    summary: 'Every Splunk Enterprise component, including universal forwarders, serves the splunkd management REST API on this port.',
    category: 'monitoring-management',
    aliases: ['splunkd', 'splunk-management'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://help.splunk.com/en/splunk-enterprise/administer/inherit-a-splunk-deployment/9.0/inherited-deployment-tasks/components-and-their-relationship-with-the-network',
        title: 'Splunk Enterprise documentation: Components and their relationship with the network',
        kind: 'vendor',
      },
    ],
    related: [8000, 9997, 8088],
  },
  {
    port: 9997,
    protocols: ['tcp'],
    name: 'Splunk forwarder receiving',
    summary: 'Splunk indexers conventionally listen on this port for data sent by universal and heavy forwarders.',
    category: 'monitoring-management',
    aliases: ['splunk', 'splunk-forwarder', 'splunk-receiver'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://help.splunk.com/en/splunk-enterprise/administer/inherit-a-splunk-deployment/9.0/inherited-deployment-tasks/components-and-their-relationship-with-the-network',
        title: 'Splunk Enterprise documentation: Components and their relationship with the network',
        kind: 'vendor',
      },
    ],
    related: [8089, 8088],
  },
  {
    port: 8088,
    protocols: ['tcp'],
    name: 'Splunk HTTP Event Collector',
    summary: 'Splunk indexers and heavy forwarders accept events posted over HTTP(S) to the HTTP Event Collector on this port.',
    category: 'monitoring-management',
    aliases: ['splunk-hec', 'hec'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://help.splunk.com/en/splunk-enterprise/administer/inherit-a-splunk-deployment/9.0/inherited-deployment-tasks/components-and-their-relationship-with-the-network',
        title: 'Splunk Enterprise documentation: Components and their relationship with the network',
        kind: 'vendor',
      },
    ],
    unofficialUses: [
      {
        user: 'Apache Hadoop YARN ResourceManager',
        description: 'The YARN ResourceManager serves its web UI and REST API on this port by default (yarn.resourcemanager.webapp.address).',
        protocols: ['tcp'],
        sources: [
          {
            url: 'https://hadoop.apache.org/docs/current/hadoop-yarn/hadoop-yarn-common/yarn-default.xml',
            title: 'Apache Hadoop: yarn-default.xml',
            kind: 'project',
          },
        ],
      },
    ],
    related: [8089, 9997],
  },
  {
    port: 830,
    protocols: ['tcp'],
    name: 'NETCONF over SSH',
    summary: 'Routers and switches accept NETCONF configuration-management sessions, carried as an SSH subsystem, on this port.',
    category: 'monitoring-management',
    aliases: ['netconf', 'netconf-ssh'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc6242',
        title: 'RFC 6242: Using the NETCONF Protocol over Secure Shell (SSH)',
        kind: 'standard',
      },
    ],
    related: [6513, 22],
  },
  {
    port: 6513,
    protocols: ['tcp'],
    name: 'NETCONF over TLS',
    summary: 'Network devices accept NETCONF configuration-management sessions over mutually authenticated TLS on this port.',
    category: 'monitoring-management',
    aliases: ['netconf-tls'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc7589',
        title: 'RFC 7589: Using the NETCONF Protocol over TLS with Mutual X.509 Authentication',
        kind: 'standard',
      },
    ],
    related: [830],
  },
  {
    port: 4739,
    protocols: ['udp', 'tcp', 'sctp'],
    name: 'IPFIX',
    summary: 'Routers, switches and probes export IP flow records to IPFIX collectors on this port, over UDP, TCP or SCTP.',
    category: 'monitoring-management',
    aliases: ['ipfix', 'netflow-v10'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc7011',
        title: 'RFC 7011: Specification of the IP Flow Information Export (IPFIX) Protocol',
        kind: 'standard',
      },
    ],
    related: [6343],
  },
  {
    port: 6343,
    protocols: ['udp'],
    name: 'sFlow',
    summary: 'Switches and routers send sampled packet headers and interface counters as sFlow datagrams to collectors on this UDP port.',
    category: 'monitoring-management',
    aliases: ['sflow'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc3176',
        title: 'RFC 3176: InMon Corporation\'s sFlow',
        kind: 'standard',
      },
    ],
    related: [4739],
  },
  {
    port: 8291,
    protocols: ['tcp'],
    name: 'MikroTik Winbox',
    summary: 'MikroTik RouterOS devices accept connections from the Winbox graphical management tool on this port.',
    category: 'monitoring-management',
    aliases: ['winbox', 'mikrotik', 'routeros'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://help.mikrotik.com/docs/display/ROS/Services',
        title: 'MikroTik RouterOS documentation: Services',
        kind: 'vendor',
      },
    ],
    security: [
      {
        note: 'CVE-2018-14847 let unauthenticated attackers read files, including the user database, through the Winbox port on unpatched RouterOS; restrict it to management addresses and keep RouterOS updated.',
        sources: [
          {
            url: 'https://nvd.nist.gov/vuln/detail/CVE-2018-14847',
            title: 'NVD: CVE-2018-14847 (MikroTik RouterOS Winbox)',
            kind: 'secondary',
          },
        ],
      },
    ],
    related: [8728],
  },
  {
    port: 8728,
    protocols: ['tcp'],
    name: 'MikroTik RouterOS API',
    summary: 'MikroTik RouterOS serves its binary management API, used by scripts and external management tools, on this port, with 8729 for the TLS version.',
    category: 'monitoring-management',
    aliases: ['routeros-api', 'mikrotik-api'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://help.mikrotik.com/docs/display/ROS/Services',
        title: 'MikroTik RouterOS documentation: Services',
        kind: 'vendor',
      },
    ],
    related: [8291],
  },
  {
    port: 16992,
    protocols: ['tcp'],
    name: 'Intel AMT (HTTP)',
    summary: 'The management engine of computers with Intel Active Management Technology (part of vPro) answers SOAP and WS-Management requests over HTTP on TCP 16992, which tools such as amttool use to read a machine\'s details and power it on, off or reset it; 16993 carries the same over TLS.',
    category: 'monitoring-management',
    aliases: ['intel-amt', 'amt', 'vpro'],
    status: 'official',
    sources: [
      {
        url: 'https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xml',
        title: 'IANA Service Name and Port Number Registry: 16992/tcp amt-soap-http (Intel AMT SOAP/HTTP)',
        kind: 'standard',
        checked: '2026-11-30',
      },
      {
        url: 'https://manpages.debian.org/trixie/amtterm/amttool.1.en.html',
        title: 'amttool(1) manual page (Debian): remote control of Intel AMT machines over SOAP',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    related: [16993, 16994, 16995],
  },
  {
    port: 16993,
    protocols: ['tcp'],
    name: 'Intel AMT (HTTPS)',
    summary: 'The TLS-protected counterpart of 16992, registered by Intel as amt-soap-https: the Active Management Technology engine takes the same SOAP and WS-Management requests here over TLS.',
    category: 'monitoring-management',
    aliases: ['intel-amt-tls', 'amt-https'],
    status: 'official',
    sources: [
      {
        url: 'https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xml',
        title: 'IANA Service Name and Port Number Registry: 16993/tcp amt-soap-https (Intel AMT SOAP/HTTPS)',
        kind: 'standard',
        checked: '2026-11-30',
      },
      {
        url: 'https://manpages.debian.org/trixie/amtterm/amttool.1.en.html',
        title: 'amttool(1) manual page (Debian): remote control of Intel AMT machines over SOAP',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    related: [16992, 16995],
  },
  {
    port: 16994,
    protocols: ['tcp'],
    name: 'Intel AMT redirection (serial-over-LAN)',
    summary: 'Intel AMT\'s redirection service, which carries the serial-over-LAN console of a managed machine, listens on TCP 16994, with a TLS variant registered on 16995; the amtterm client connects here by default.',
    category: 'monitoring-management',
    aliases: ['amt-redir', 'amt-sol'],
    status: 'official',
    sources: [
      {
        url: 'https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xml',
        title: 'IANA Service Name and Port Number Registry: 16994/tcp amt-redir-tcp',
        kind: 'standard',
        checked: '2026-11-30',
      },
      {
        url: 'https://www.unix.com/302558753-post9.html',
        title: 'amtterm(1) manual page: Intel AMT serial-over-LAN client, redirection port 16994 by default',
        kind: 'secondary',
        checked: '2026-11-30',
      },
    ],
    related: [16992, 16995],
  },
  {
    port: 9102,
    protocols: ['tcp'],
    name: 'Bacula File Daemon',
    summary: 'The Bacula backup client (bacula-fd) listens on TCP 9102 for its Director, which connects to start backups and restores; IANA registers the Director on 9101 and the Storage Daemon on 9103 as well.',
    category: 'monitoring-management',
    aliases: ['bacula-fd', 'bacula', 'bareos-fd'],
    status: 'official',
    sources: [
      {
        url: 'https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xml',
        title: 'IANA Service Name and Port Number Registry: 9102/tcp bacula-fd (Bacula File Daemon)',
        kind: 'standard',
        checked: '2026-11-30',
      },
      {
        url: 'https://build.opensuse.org/projects/home:cluster15/packages/bacula/files/bacula-fd.fw?expand=0',
        title: 'openSUSE bacula package: bacula-fd.fw firewall definition (TCP 9102)',
        kind: 'project',
        checked: '2026-11-30',
      },
      {
        url: 'https://mail-archive.com/bacula-users@lists.sourceforge.net/msg32160/bacula-fd.conf',
        title: 'Default Bacula File Daemon configuration (FDport = 9102, where it listens for the Director)',
        kind: 'secondary',
        checked: '2026-11-30',
      },
    ],
    related: [9101, 9103],
  },
  {
    port: 13782,
    protocols: ['tcp'],
    name: 'NetBackup bpcd',
    summary: 'Veritas NetBackup runs its bpcd daemon on TCP 13782, registered with IANA to VERITAS NetBackup; NetBackup hosts also use 13724 (vnetd) and 1556 (the Veritas Private Branch Exchange).',
    category: 'monitoring-management',
    aliases: ['netbackup', 'bpcd'],
    status: 'official',
    sources: [
      {
        url: 'https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xml',
        title: 'IANA Service Name and Port Number Registry (XML): 13782/tcp bpcd (VERITAS NetBackup), 13724/tcp vnetd, 1556/tcp veritas-pbx',
        kind: 'standard',
        checked: '2026-11-30',
      },
      {
        url: 'https://www.ibm.com/docs/en/SSTNZ3/barracuda/admin/netezza_ports.html',
        title: 'IBM Netezza documentation: default ports of third-party backup clients (NetBackup 1556, 13724, 13782; NetWorker 7937, 7938)',
        kind: 'secondary',
        checked: '2026-11-30',
      },
    ],
    security: [
      {
        note: 'bpcd has had remotely exploitable flaws, such as the 2006 stack overflow CVE-2006-6222, so backup daemons like it should be reachable only from the backup servers.',
        sources: [
          {
            url: 'https://raw.githubusercontent.com/CVEProject/cvelistV5/main/cves/2006/6xxx/CVE-2006-6222.json',
            title: 'CVE-2006-6222: stack overflow in the NetBackup bpcd daemon',
            kind: 'observed',
            checked: '2026-11-30',
          },
        ],
      },
    ],
    related: [13724, 1556],
  },
  {
    port: 7937,
    protocols: ['tcp'],
    name: 'NetWorker nsrexecd',
    summary: 'Dell EMC NetWorker backup clients use TCP 7937 and 7938 by default, the two ports a NetWorker server must reach to run backups on them; neither number has an IANA assignment.',
    category: 'monitoring-management',
    aliases: ['networker', 'nsrexecd'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://www.ibm.com/docs/en/SSTNZ3/barracuda/admin/netezza_ports.html',
        title: 'IBM Netezza documentation: default ports of third-party backup clients (NetBackup 1556, 13724, 13782; NetWorker 7937, 7938)',
        kind: 'secondary',
        checked: '2026-11-30',
      },
    ],
    related: [7938],
  },
  {
    port: 7938,
    protocols: ['tcp'],
    name: 'NetWorker port mapper',
    summary: 'The second of the two default ports of Dell EMC NetWorker backup clients (7937 and 7938); firewalls between a NetWorker server and its clients have to pass both.',
    category: 'monitoring-management',
    aliases: ['networker-7938'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://www.ibm.com/docs/en/SSTNZ3/barracuda/admin/netezza_ports.html',
        title: 'IBM Netezza documentation: default ports of third-party backup clients (NetBackup 1556, 13724, 13782; NetWorker 7937, 7938)',
        kind: 'secondary',
        checked: '2026-11-30',
      },
    ],
    related: [7937],
  },
  {
    port: 311,
    protocols: ['tcp'],
    name: 'macOS Server Admin (AppleShare IP WebAdmin)',
    summary: 'Mac OS X Server\'s Server Admin application managed a server over SSL on TCP 311, which stayed open even with the server firewall on; IANA\'s registration for 311 is asip-webadmin, AppleShare IP WebAdmin.',
    category: 'monitoring-management',
    aliases: ['server-admin', 'asip-webadmin', 'macos-server'],
    status: 'official',
    sources: [
      {
        url: 'https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xml',
        title: 'IANA Service Name and Port Number Registry: 311/tcp asip-webadmin (AppleShare IP WebAdmin)',
        kind: 'standard',
        checked: '2026-11-30',
      },
      {
        url: 'https://azmanual.top/manuals/36241/apple-mac-os-x-server-version-106-snow-leopard.html?page=127',
        title: 'Apple Mac OS X Server 10.6 Getting Started (copy), p. 127: ports used for administration and open by default (311, 625, 626)',
        kind: 'secondary',
        checked: '2026-11-30',
      },
    ],
    related: [625, 626],
  },
  {
    port: 10080,
    protocols: ['udp'],
    name: 'Amanda backup client (amandad)',
    summary: 'Amanda backup clients run amandad from inetd on the well-known amanda port, which IANA registers as 10080; the tape server sends its UDP requests here from a privileged port to prove it runs as root.',
    category: 'monitoring-management',
    aliases: ['amanda', 'amandad'],
    status: 'official',
    sources: [
      {
        url: 'https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xml',
        title: 'IANA Service Name and Port Number Registry: 10080 amanda',
        kind: 'standard',
        checked: '2026-11-30',
      },
      {
        url: 'https://docs.huihoo.com/amanda/2.5.x/portusage.html',
        title: 'Amanda documentation (mirror): How Amanda uses UDP and TCP ports (amandad listens on a well-known UDP port via inetd)',
        kind: 'secondary',
        checked: '2026-11-30',
      },
    ],
  },
  {
    port: 9101,
    protocols: ['tcp'],
    name: 'Bacula Director',
    summary: 'The Bacula Director, which schedules and runs backups, listens on TCP 9101 for the bconsole and other management clients; IANA registers the port as bacula-dir.',
    category: 'monitoring-management',
    aliases: ['bacula-dir', 'bareos-dir'],
    status: 'official',
    sources: [
      {
        url: 'https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xml',
        title: 'IANA Service Name and Port Number Registry: 9101 bacula-dir (Bacula Director)',
        kind: 'standard',
        checked: '2026-11-30',
      },
      {
        url: 'https://build.opensuse.org/projects/home:cluster15/packages/bacula/files/bacula-dir.fw?expand=0',
        title: 'openSUSE bacula package: bacula-dir.fw firewall definition (TCP 9101)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    related: [9102, 9103],
  },
];
