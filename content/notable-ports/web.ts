import type { NotablePortInput } from '../../src/lib/schemas/notable-port';

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
      {
        url: 'https://www.rfc-editor.org/rfc/rfc9110',
        title: 'RFC 9110: HTTP Semantics',
        kind: 'standard',
      },
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
      {
        url: 'https://www.rfc-editor.org/rfc/rfc9110',
        title: 'RFC 9110: HTTP Semantics',
        kind: 'standard',
      },
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
          {
            url: 'https://jenkins.io/doc/book/security/services/',
            title: 'Jenkins documentation: Exposed Services and Ports (web UI on 8080)',
            kind: 'project',
          },
        ],
      },
      {
        user: 'HBase REST server',
        description: 'The optional HBase REST gateway listens on TCP 8080 by default (hbase.rest.port), which often collides with other web tools on the same host.',
        protocols: ['tcp'],
        sources: [
          {
            url: 'https://docs.cloudera.com/HDPDocuments/HDP2/HDP-2.2.4/bk_HDP_Reference_Guide/content/hbase-ports.html',
            title: 'Hortonworks HDP 2.2.4 Reference Guide: HBase ports',
            kind: 'vendor',
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
      {
        url: 'https://github.com/squid-cache/squid/blob/master/src/cf.data.pre',
        title: 'Squid source: cf.data.pre (configuration reference and defaults)',
        kind: 'project',
      },
    ],
    security: [
      {
        note: 'A proxy that accepts requests from anywhere becomes an open relay that strangers use to hide their traffic; allow only your own client networks in the access rules.',
        sources: [
          {
            url: 'https://github.com/squid-cache/squid/blob/master/src/cf.data.pre',
            title: 'Squid source: cf.data.pre (http_access rules)',
            kind: 'project',
          },
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
      {
        url: 'https://github.com/apache/tomcat/blob/main/conf/server.xml',
        title: 'Apache Tomcat source: conf/server.xml',
        kind: 'project',
      },
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
      {
        url: 'https://github.com/apache/tomcat/blob/main/conf/server.xml',
        title: 'Apache Tomcat source: conf/server.xml',
        kind: 'project',
      },
      {
        url: 'https://tomcat.apache.org/tomcat-8.5-doc/config/server.html',
        title: 'Apache Tomcat 8.5 Configuration Reference: The Server Component',
        kind: 'project',
      },
    ],
    security: [
      {
        note: 'Anyone who can connect to this port and send the shutdown string can stop Tomcat, so it listens only on localhost by default and can be disabled by setting the port to -1.',
        sources: [
          {
            url: 'https://tomcat.apache.org/tomcat-8.5-doc/config/server.html',
            title: 'Apache Tomcat 8.5 Configuration Reference: The Server Component',
            kind: 'project',
          },
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
      {
        url: 'https://github.com/caddyserver/website/blob/master/src/docs/markdown/api.md',
        title: 'Caddy documentation: API (default address localhost:2019)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    security: [
      {
        note: 'Whoever can reach the admin endpoint can replace the running configuration (POST /load) or stop the server, so it stays on localhost by default; Caddy advises a permissioned Unix socket when untrusted code runs on the same host.',
        sources: [
          {
            url: 'https://github.com/caddyserver/website/blob/master/src/docs/markdown/api.md',
            title: 'Caddy documentation: API',
            kind: 'project',
            checked: '2026-11-30',
          },
        ],
      },
    ],
    related: [80, 443],
  },
];
