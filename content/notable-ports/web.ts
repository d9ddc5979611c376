import type { NotablePortInput } from '../../src/lib/schemas/notable-port';
import { source } from '../sources.ts';

/** Notable ports in the "web" category. Summaries are our own words; every entry has a source. */
export const notablePorts: NotablePortInput[] = [
  {
    port: 80,
    protocols: ['tcp'],
    name: 'HTTP',
    summary: 'Web servers serve plain, unencrypted HTTP here, and many use it only to redirect visitors to HTTPS.',
    category: 'web',
    aliases: ['http', 'www', 'web'],
    status: 'official',
    sources: [
      source.rfcEditorRfcRfc9110,
    ],
    related: [443, 8080, 8008],
  },
  {
    port: 443,
    protocols: ['tcp', 'udp'],
    name: 'HTTPS',
    summary: 'Web traffic secured with TLS uses this port, over TCP for HTTP/1.1 and HTTP/2 and over UDP for HTTP/3 on QUIC.',
    category: 'web',
    aliases: ['https', 'tls', 'ssl', 'http3', 'quic'],
    status: 'official',
    sources: [
      source.rfcEditorRfcRfc9110,
      {
        url: 'https://www.rfc-editor.org/rfc/rfc9114',
        title: 'RFC 9114: HTTP/3',
        kind: 'standard',
      },
    ],
    related: [80, 8443],
  },
  {
    port: 8080,
    protocols: ['tcp'],
    name: 'HTTP alternate',
    summary: 'The registered alternate port for plain HTTP, used by default by Apache Tomcat and by many proxies, admin consoles and apps that run without root.',
    category: 'web',
    aliases: ['http-alt', 'tomcat'],
    status: 'official',
    sources: [
      {
        url: 'https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xhtml?search=8080',
        title: 'IANA Service Name and Port Number Registry: port 8080',
        kind: 'standard',
      },
      {
        url: 'https://tomcat.apache.org/tomcat-10.1-doc/RUNNING.txt',
        title: 'Apache Tomcat 10.1: RUNNING.txt',
        kind: 'project',
      },
    ],
    unofficialUses: [
      {
        user: 'Jenkins web UI',
        description: 'Jenkins serves its web interface over HTTP on port 8080 by default.',
        protocols: ['tcp'],
        sources: [
          source.jenkinsSecurityServices,
        ],
      },
      {
        user: 'HBase REST server',
        description: 'The optional HBase REST gateway listens on TCP 8080 by default (hbase.rest.port), which often collides with other web tools on the same host.',
        protocols: ['tcp'],
        sources: [
          source.clouderaContentHbasePorts,
        ],
      },
      {
        user: 'UniFi Network controller (device inform)',
        description: 'UniFi access points, switches and gateways report to a self-hosted UniFi Network controller, and are adopted by it, over HTTP on TCP 8080 (the inform URL http://<controller>:8080/inform).',
        protocols: ['tcp'],
        sources: [
          source.linuxserverUnifiNetworkApplicationReadme,
          source.opensuseUnifiFirewalldXml,
        ],
      },
      {
        user: 'Argo CD API server',
        description: 'The argocd-server component, which serves the Argo CD web UI and API, listens on 8080 by default.',
        protocols: ['tcp'],
        sources: [
          source.argoCdServerCommand,
        ],
      },
      {
        user: 'kube-state-metrics',
        description: 'kube-state-metrics, the Kubernetes add-on that turns object state into Prometheus metrics, serves them as plain text on port 8080 by default.',
        protocols: ['tcp'],
        sources: [
          source.kubeStateMetricsReadme,
        ],
      },
      {
        user: 'CrowdSec Local API',
        description: 'The CrowdSec security engine and its cscli tool use the CrowdSec Local API at 127.0.0.1:8080 by default.',
        protocols: ['tcp'],
        sources: [
          {
            url: 'https://github.com/crowdsecurity/crowdsec-docs/blob/main/crowdsec-docs/docs/local_api/configuration.md',
            title: 'CrowdSec documentation: Local API configuration (crowdsec and cscli use 127.0.0.1:8080 by default)',
            kind: 'project',
            checked: '2026-11-30',
          },
        ],
      },
    ],
    related: [80, 8443, 8009, 8005],
  },
  {
    port: 8443,
    protocols: ['tcp'],
    name: 'HTTPS alternate',
    summary: 'A common choice for HTTPS alongside a plain-HTTP service on 8080, such as the TLS connector in Apache Tomcat\'s sample configuration.',
    category: 'web',
    aliases: ['https-alt'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://tomcat.apache.org/tomcat-10.1-doc/ssl-howto.html',
        title: 'Apache Tomcat 10.1: SSL/TLS Configuration How-To',
        kind: 'project',
      },
    ],
    unofficialUses: [
      {
        user: 'UniFi Network controller (web interface)',
        description: 'A self-hosted UniFi Network Application serves its administration web interface and API over HTTPS on TCP 8443.',
        protocols: ['tcp'],
        sources: [
          source.linuxserverUnifiNetworkApplicationReadme,
          source.opensuseUnifiFirewalldXml,
        ],
      },
    ],
    related: [443, 8080],
  },
  {
    port: 3128,
    protocols: ['tcp'],
    name: 'Squid proxy',
    summary: 'The Squid caching proxy accepts HTTP proxy requests from clients on this port unless its http_port setting says otherwise.',
    category: 'web',
    aliases: ['squid', 'squid-proxy', 'http-proxy'],
    status: 'unofficial',
    sources: [
      source.githubDataPre,
    ],
    security: [
      {
        note: 'A proxy that accepts requests from anywhere becomes an open relay that strangers use to hide their traffic; allow only your own client networks in the access rules.',
        sources: [
          source.githubDataPre,
        ],
      },
    ],
    related: [8080, 8118],
  },
  {
    port: 8118,
    protocols: ['tcp'],
    name: 'Privoxy',
    summary: 'Privoxy, a filtering web proxy that strips ads and tracking, listens for browser proxy connections here, on the loopback address by default.',
    category: 'web',
    aliases: ['privoxy'],
    status: 'official',
    sources: [
      {
        url: 'https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xhtml?search=8118',
        title: 'IANA Service Name and Port Number Registry: port 8118',
        kind: 'standard',
      },
      {
        url: 'https://www.privoxy.org/3.0.28/user-manual/config.html',
        title: 'Privoxy User Manual: The Main Configuration File (listen-address)',
        kind: 'project',
      },
    ],
    related: [3128],
  },
  {
    port: 8009,
    protocols: ['tcp'],
    name: 'Apache JServ Protocol (AJP)',
    summary: 'Apache Tomcat\'s AJP connector, which lets a front-end web server such as Apache httpd pass requests to Tomcat in a binary protocol, was defined on this port in Tomcat\'s sample server.xml.',
    category: 'web',
    aliases: ['ajp', 'ajp13', 'mod_jk'],
    status: 'unofficial',
    sources: [
      source.githubServerXml,
    ],
    security: [
      {
        note: 'The Ghostcat flaw (CVE-2020-1938) let anyone who could reach an AJP port read files from the web application and sometimes run code; Tomcat releases after 9.0.30, 8.5.50 and 7.0.99 require a shared secret, and the port should never be reachable from the internet.',
        sources: [
          {
            url: 'https://tomcat.apache.org/security-9.html',
            title: 'Apache Tomcat 9.x vulnerabilities (CVE-2020-1938, fixed in 9.0.31)',
            kind: 'project',
          },
        ],
      },
    ],
    related: [8080, 8005],
  },
  {
    port: 8005,
    protocols: ['tcp'],
    name: 'Apache Tomcat shutdown port',
    summary: 'A running Apache Tomcat server waits on this local port for the text command that tells it to shut down, as set in the Server element of server.xml.',
    category: 'web',
    aliases: ['tomcat-shutdown'],
    status: 'unofficial',
    sources: [
      source.githubServerXml,
      source.apacheConfigServer,
    ],
    security: [
      {
        note: 'Anyone who can connect to this port and send the shutdown string can stop Tomcat, so it listens only on localhost by default and can be disabled by setting the port to -1.',
        sources: [
          source.apacheConfigServer,
        ],
      },
    ],
    related: [8080, 8009],
  },
  {
    port: 8008,
    protocols: ['tcp'],
    name: 'HTTP alternate (8008)',
    summary: 'A second registered alternate port for plain HTTP, used by some appliances and development servers when 80 and 8080 are taken.',
    category: 'web',
    aliases: ['http-alt-8008'],
    status: 'official',
    sources: [
      {
        url: 'https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xhtml?search=8008',
        title: 'IANA Service Name and Port Number Registry: port 8008',
        kind: 'standard',
      },
    ],
    related: [80, 8080],
  },
  {
    port: 591,
    protocols: ['tcp'],
    name: 'FileMaker HTTP alternate',
    summary: 'Registered by FileMaker as an alternate HTTP port for its web publishing, for use when port 80 is already taken.',
    category: 'web',
    aliases: ['filemaker-http'],
    status: 'official',
    sources: [
      {
        url: 'https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xhtml?search=591',
        title: 'IANA Service Name and Port Number Registry: port 591',
        kind: 'standard',
      },
    ],
    related: [80],
  },
  {
    port: 4848,
    protocols: ['tcp'],
    name: 'GlassFish admin console',
    summary: 'The domain administration server of Sun\'s Java application server, now GlassFish, takes Admin Console and remote asadmin connections on this registered port.',
    category: 'web',
    aliases: ['glassfish', 'asadmin', 'appserv-http'],
    status: 'official',
    sources: [
      {
        url: 'https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xhtml?search=4848',
        title: 'IANA Service Name and Port Number Registry: port 4848',
        kind: 'standard',
      },
      {
        url: 'https://docs.oracle.com/cd/E19501-01/819-3658/ablci/index.html',
        title: 'Sun Java System Application Server 9 Administration Guide: Ports in the Application Server',
        kind: 'vendor',
      },
    ],
    related: [8080, 8181],
  },
  {
    port: 2019,
    protocols: ['tcp'],
    name: 'Caddy admin API',
    summary: 'The Caddy web server exposes its configuration API (load, stop, read or change the running config) on localhost:2019 by default. IANA lists TCP 2019 as whosockami.',
    category: 'web',
    aliases: ['caddy-admin'],
    status: 'unofficial',
    sources: [
      source.githubApiMd,
    ],
    security: [
      {
        note: 'Whoever can reach the admin endpoint can replace the running configuration (POST /load) or stop the server, so it stays on localhost by default; Caddy advises a permissioned Unix socket when untrusted code runs on the same host.',
        sources: [
          source.githubApiMd,
        ],
      },
    ],
    related: [80, 443],
  },
  {
    port: 81,
    protocols: ['tcp'],
    name: 'Nginx Proxy Manager admin UI',
    summary: 'Nginx Proxy Manager, a Docker-packaged reverse proxy popular in home labs, serves its admin web interface on port 81 while the proxied sites use 80 and 443; the project\'s setup guide publishes 81 from the container for that purpose.',
    category: 'web',
    aliases: ['nginx-proxy-manager', 'npm', 'proxy-manager'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://nginxproxymanager.com/setup/',
        title: 'Nginx Proxy Manager: Full Setup Instructions (docker-compose publishes 81 as the "Admin Web Port")',
        kind: 'project',
        checked: '2026-11-30',
      },
      {
        url: 'https://github.com/NginxProxyManager/nginx-proxy-manager',
        title: 'Nginx Proxy Manager README: "connect to it on port 81 for the admin interface"',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    related: [80, 443],
  },
  {
    port: 8002,
    protocols: ['tcp'],
    name: 'Kong Manager',
    summary: 'Kong Gateway serves Kong Manager, its web GUI for configuring the gateway, on port 8002 (8445 with TLS) by default, next to the proxy on 8000 and 8443 and the Admin API on 8001 and 8444.',
    category: 'web',
    aliases: ['kong', 'kong-manager', 'kong-gateway'],
    status: 'unofficial',
    sources: [
      source.githubConfDefault,
    ],
    unofficialUses: [
      {
        user: 'Samsung Tizen smart TVs (secure remote-control WebSocket)',
        description: 'Samsung Tizen TVs serve the same remote-control WebSocket API as on 8001 over TLS on TCP 8002, where clients also present a pairing token.',
        protocols: ['tcp'],
        sources: [
          source.samsungtvwsConnection,
        ],
      },
    ],
    security: [
      {
        note: 'Kong\'s own configuration file warns that Kong Manager can change the whole gateway\'s configuration and should be kept secured.',
        sources: [
          source.githubConfDefault,
        ],
      },
    ],
    related: [8000, 8001, 8007],
  },
  {
    port: 8007,
    protocols: ['tcp'],
    name: 'Kong Status API',
    summary: 'Kong Gateway\'s read-only Status API, which gives monitoring tools metrics and health information about a node, listens on 127.0.0.1:8007 by default, so it is reachable only from the host itself unless reconfigured.',
    category: 'web',
    aliases: ['kong-status'],
    status: 'unofficial',
    sources: [
      source.githubConfDefault,
    ],
    related: [8002],
  },
  {
    port: 9080,
    protocols: ['tcp'],
    name: 'IBM WebSphere Application Server HTTP',
    summary: 'IBM WebSphere Application Server serves deployed web applications over plain HTTP on TCP 9080 by default (WC_defaulthost), with HTTPS on 9443 and the administrative console on 9060 and 9043; further server instances on one host count up from 9080.',
    category: 'web',
    aliases: ['websphere', 'was', 'wc-defaulthost'],
    status: 'unofficial',
    sources: [
      source.ibmTopicZosDefaultPortAssignments,
      {
        url: 'https://www.ibm.com/support/knowledgecenter/SS5RWK_3.5.0/com.ibm.discovery.es.in.doc/iiysiport.htm',
        title: 'IBM Knowledge Center: default port assignments ("port numbers begin with 9080 and then increment according to the number of instances")',
        kind: 'vendor',
        checked: '2026-11-30',
      },
    ],
    related: [9443, 9060, 9043],
  },
  {
    port: 8181,
    protocols: ['tcp'],
    name: 'Tautulli (Plex monitoring)',
    summary: 'Tautulli, the web app that tracks who watches what on a Plex Media Server and sends notifications about it, serves its interface on port 8181 by default.',
    category: 'web',
    aliases: ['tautulli', 'plexpy'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/Tautulli/Tautulli',
        title: 'Tautulli source: plexpy/config.py (HTTP_PORT default 8181) and Dockerfile (EXPOSE 8181)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    unofficialUses: [
      {
        user: 'Sun Java System Application Server (HTTPS)',
        description: 'Sun Java System Application Server 9 serves web applications configured for secure communication on HTTPS port 8181 by default, beside HTTP on 8080 and its admin server on 4848.',
        protocols: ['tcp'],
        sources: [
          source.oracle8193671Ablci,
        ],
      },
      {
        user: 'CoreDNS ready plugin',
        description: 'CoreDNS answers readiness probes at /ready on port 8181 when its ready plugin is enabled.',
        protocols: ['tcp'],
        sources: [
          {
            url: 'https://github.com/coredns/coredns/blob/master/plugin/ready/README.md',
            title: 'CoreDNS plugin documentation: ready (HTTP endpoint on port 8181, default address :8181)',
            kind: 'project',
            checked: '2026-11-30',
          },
        ],
      },
    ],
    related: [32400],
  },
  {
    port: 8083,
    protocols: ['tcp'],
    name: 'Calibre-Web',
    summary: 'Calibre-Web, a web front end for browsing, reading and downloading books from a Calibre library, listens on port 8083 by default and serves its OPDS catalogue for e-reader apps at /opds on the same port.',
    category: 'web',
    aliases: ['calibre-web', 'calibre', 'opds'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/janeczku/calibre-web',
        title: 'Calibre-Web README (Quick Start: http://localhost:8083 and /opds) and cps/constants.py (DEFAULT_PORT = 8083)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    unofficialUses: [
      {
        user: 'Argo CD API server metrics',
        description: 'Argo CD\'s API server exposes its Prometheus metrics on port 8083.',
        protocols: ['tcp'],
        sources: [
          source.argoCdMetrics,
          source.argoCdServerCommand,
        ],
      },
    ],
  },
  {
    port: 70,
    protocols: ['tcp'],
    name: 'Gopher',
    summary: 'Gopher (RFC 1436) serves menus of documents and links over a very simple text protocol on TCP 70; gopher servers such as Gophernicus listen there by default.',
    category: 'web',
    aliases: ['gopher', 'gophernicus', 'gopherspace'],
    status: 'official',
    sources: [
      {
        url: 'https://github.com/gophernicus/gophernicus',
        title: 'Gophernicus README and gophernicus(8): "-p port Change server port [70]", serving RFC 1436',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
  },
  {
    port: 2809,
    protocols: ['tcp'],
    name: 'CORBA naming bootstrap (WebSphere BOOTSTRAP_ADDRESS)',
    summary: 'IBM WebSphere Application Server uses TCP 2809 as the bootstrap port of a standalone application server (BOOTSTRAP_ADDRESS, also its ORB listener); IANA lists the number as corbaloc, for CORBA.',
    category: 'web',
    aliases: ['corbaloc', 'bootstrap-address', 'websphere-bootstrap'],
    status: 'official',
    sources: [
      source.ibmTopicZosDefaultPortAssignments,
    ],
    related: [9080],
  },
  {
    port: 9060,
    protocols: ['tcp'],
    name: 'WebSphere administrative console',
    summary: 'IBM WebSphere Application Server serves its administrative console over HTTP on TCP 9060 by default (WC_adminhost), with the TLS console on 9043.',
    category: 'web',
    aliases: ['websphere-admin', 'wc-adminhost', 'ibm-console'],
    status: 'unofficial',
    sources: [
      source.ibmTopicZosDefaultPortAssignments,
    ],
    related: [9043, 9080],
  },
  {
    port: 9043,
    protocols: ['tcp'],
    name: 'WebSphere administrative console (TLS)',
    summary: 'IBM WebSphere Application Server serves its administrative console over HTTPS on TCP 9043 by default (WC_adminhost_secure), reached at https://host:9043/ibm/console.',
    category: 'web',
    aliases: ['wc-adminhost-secure'],
    status: 'unofficial',
    sources: [
      source.ibmTopicZosDefaultPortAssignments,
      {
        url: 'https://www.ibm.com/support/knowledgecenter/en/SSZJPZ_11.7.0/com.ibm.swg.im.iis.found.admin.common.doc/topics/wasadmin_logging_into_admin_console.html',
        title: 'IBM InfoSphere Information Server 11.7: Logging in to the WebSphere Application Server administrative console (https://hostname:port/ibm/console, default port 9043)',
        kind: 'vendor',
        checked: '2026-11-30',
      },
    ],
    related: [9060],
  },
  {
    port: 3920,
    protocols: ['tcp'],
    name: 'Sun Java System Application Server IIOP (mutual TLS)',
    summary: 'Sun Java System Application Server 9.1 listens on TCP 3920 for IIOP clients of Enterprise JavaBeans that authenticate with client certificates, next to plain IIOP on 3700 and IIOP over TLS on 3820.',
    category: 'web',
    aliases: ['iiop-mutualauth', 'sun-appserver-iiop'],
    status: 'unofficial',
    sources: [
      source.oracle8193671Ablci,
    ],
    related: [3700, 3820, 4848],
  },
  {
    port: 42424,
    protocols: ['tcp'],
    name: 'ASP.NET State Service',
    summary: 'The ASP.NET State Service, which holds ASP.NET session state for web applications configured to use it, listens on TCP 42424.',
    category: 'web',
    aliases: ['aspnet-state', 'aspnet_state'],
    status: 'unofficial',
    sources: [
      source.microsoftNetworkingServiceOverviewAndNetworkPort,
    ],
    related: [80],
  },
  {
    port: 8180,
    protocols: ['tcp'],
    name: 'Apache Tomcat on FreeBSD',
    summary: 'On FreeBSD, Apache Tomcat\'s default HTTP port is 8180 rather than the 8080 it uses on other systems, which is why Tomcat scanners such as Metasploit\'s administration-tool probe try 8180 first.',
    category: 'web',
    aliases: ['tomcat-freebsd'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/rapid7/metasploit-framework/blob/master/modules/auxiliary/admin/http/tomcat_administration.rb',
        title: 'Metasploit module admin/http/tomcat_administration: "Port 8180 is the default for FreeBSD, 8080 for all others"',
        kind: 'secondary',
        checked: '2026-11-30',
      },
    ],
    related: [8080, 8443, 8009],
  },
  {
    port: 16080,
    protocols: ['tcp'],
    name: 'Mac OS X Server web service behind the Performance Cache',
    summary: 'On Mac OS X Server with the web Performance Cache turned on (the default), the cache answered on port 80 and Apache itself moved to TCP 16080; the cache fetched uncacheable pages from Apache there, and clients sometimes reached 16080 directly after an Apache redirect.',
    category: 'web',
    aliases: ['mac-os-x-server-web', 'performance-cache'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://savagetaylor.com/TIL/TA20511.html',
        title: 'Apple Knowledge Base TA20511 (archived copy on savagetaylor.com): Mac OS X Server 10: Web service uses ports 80 and 16080 by default',
        kind: 'secondary',
        checked: '2026-11-30',
      },
    ],
    related: [80],
  },
  {
    port: 7778,
    protocols: ['tcp'],
    name: 'Oracle Application Server web listeners (7777-7779)',
    summary: 'Oracle Application Server (9iAS and 10g) put their web front ends, Oracle HTTP Server and the Oracle Web Cache that can sit in front of it, on ports 7777, 7778 and 7779; Nessus looks for Oracle HTTP Server on 7777 and 7778 and for the 9iAS Portal on all three. IANA lists 7778 for Interwise.',
    category: 'web',
    aliases: ['oracle-http-server', 'oracle-9ias', 'oracle-web-cache'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/rhuitl/uClinux/blob/0486e80a025dccbe4a2213715a2ab8a5063ea86b/user/nessus/nessus-plugins/scripts/oracle_http_server_modaccess_bypass.nasl',
        title: 'Nessus plugin: Oracle HTTP Server mod_access Restriction Bypass (OHS and Web Cache, ports 7777 and 7778) (copy in a uClinux source tree)',
        kind: 'secondary',
        checked: '2026-11-30',
      },
      {
        url: 'https://github.com/rhuitl/uClinux/blob/0486e80a025dccbe4a2213715a2ab8a5063ea86b/user/nessus/nessus-plugins/scripts/oracle9i_portaldemo_orgchart.nasl',
        title: 'Nessus plugin: Oracle 9iAS PORTAL_DEMO ORG_CHART (web ports 80, 7777, 7778 and 7779) (copy in a uClinux source tree)',
        kind: 'secondary',
        checked: '2026-11-30',
      },
    ],
    related: [7777, 7779],
  },
];
