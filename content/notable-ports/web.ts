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
    unofficialUses: [
      {
        user: 'Google QUIC (gQUIC), the forerunner of HTTP/3',
        description: 'During Google\'s early QUIC experiments its servers offered QUIC for plain-HTTP pages on UDP 80, with a response header such as "Alternate-Protocol: 80:quic" (seen in 2013). The nDPI traffic classifier accordingly limited QUIC to UDP 80 and 443 in 2015, and Nmap still sends its QUIC probe, which asks a server for the gQUIC versions it speaks, to both ports. nDPI dropped UDP 80 in 2021 because QUIC was by then advertised on UDP 443 only, where standard HTTP/3 runs.',
        protocols: ['udp'],
        sources: [
          {
            url: 'https://github.com/ntop/nDPI/pull/6',
            title: 'nDPI pull request #6: Added QUIC protocol (2015: QUIC limited to UDP ports 80/443 "looking at the specs")',
            kind: 'project',
            checked: '2026-11-30',
          },
          {
            url: 'https://github.com/ntop/nDPI/pull/1297',
            title: 'nDPI pull request #1297: Update the list of default ports for QUIC protocol (2021: UDP/80 removed)',
            kind: 'project',
            checked: '2026-11-30',
          },
          source.nmapNmapServiceProbes,
          {
            url: 'https://github.com/suikawiki/suikawiki-data/blob/99e9793f4d96d9416c1a90e33085ee611ab758f9/ids/20/109.txt',
            title: 'SuikaWiki data: the Alternate-Protocol header (example response from a Google server, 20 October 2013, with "Alternate-Protocol: 80:quic")',
            kind: 'secondary',
            checked: '2026-11-30',
          },
        ],
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
      {
        user: 'IPFS Kubo HTTP gateway',
        description: 'Kubo (go-ipfs) serves content from IPFS over HTTP through its gateway on 127.0.0.1:8080 by default.',
        protocols: ['tcp'],
        sources: [
          source.kuboConfigMd,
        ],
      },
      {
        user: 'lnd REST API',
        description: 'lnd, the Lightning Network daemon, serves its REST proxy of the gRPC API on localhost:8080 by default.',
        protocols: ['tcp'],
        sources: [
          source.lndSampleConf,
        ],
      },
      {
        user: 'llama.cpp server (llama-server)',
        description: 'llama-server, the HTTP server of llama.cpp with an OpenAI-compatible API and a web UI for local LLMs, listens on 127.0.0.1:8080 unless --host and --port say otherwise.',
        protocols: ['tcp'],
        sources: [
          {
            url: 'https://github.com/ggml-org/llama.cpp/blob/master/tools/server/README.md',
            title: 'llama.cpp documentation: LLaMA.cpp HTTP Server (--host 127.0.0.1, --port 8080 by default)',
            kind: 'project',
            checked: '2026-11-30',
          },
        ],
      },
      {
        user: 'LocalAI',
        description: 'LocalAI, a self-hosted OpenAI-compatible API for local models, binds its API server to :8080 (every interface) by default.',
        protocols: ['tcp'],
        sources: [
          {
            url: 'https://github.com/mudler/LocalAI/blob/master/core/cli/run.go',
            title: 'LocalAI source: core/cli/run.go (LOCALAI_ADDRESS default :8080)',
            kind: 'project',
            checked: '2026-11-30',
          },
        ],
      },
      {
        user: 'WireMock (standalone)',
        description: 'The standalone WireMock HTTP mock server listens for HTTP on 8080 unless --port is given.',
        protocols: ['tcp'],
        sources: [
          {
            url: 'https://github.com/wiremock/wiremock.org/blob/main/src/content/docs/docs/standalone/java-jar.mdx',
            title: 'WireMock documentation: Running as a standalone process (HTTP port, 8080 by default)',
            kind: 'project',
            checked: '2026-11-30',
          },
        ],
      },
      {
        user: 'webpack-dev-server',
        description: 'webpack-dev-server serves the bundle with live reload from localhost on port 8080 by default.',
        protocols: ['tcp'],
        sources: [
          {
            url: 'https://github.com/webpack/webpack-dev-server/blob/main/README.md',
            title: 'webpack-dev-server README (listens on localhost port 8080)',
            kind: 'project',
            checked: '2026-11-30',
          },
        ],
      },
      {
        user: 'TorchServe inference API',
        description: 'TorchServe, the PyTorch model server, answers inference requests on 127.0.0.1:8080 by default, with management on 8081 and metrics on 8082.',
        protocols: ['tcp'],
        sources: [
          source.devTorchserveConfiguration,
        ],
      },
      {
        user: 'Livebook',
        description: 'Livebook, the Elixir notebook app, serves on 8080 by default (LIVEBOOK_PORT) and loads its output iframes from 8081 when running without TLS.',
        protocols: ['tcp'],
        sources: [
          source.devLivebookReadme,
        ],
      },
      {
        user: 'Open WebUI (inside its container)',
        description: 'The Open WebUI container for chatting with local or remote LLMs listens on 8080, which its Docker Compose example publishes on the host as 3000.',
        protocols: ['tcp'],
        sources: [
          {
            url: 'https://github.com/open-webui/docs/blob/main/docs/getting-started/quick-start/tab-docker/DockerCompose.md',
            title: 'Open WebUI documentation: Docker Compose quick start (ports "3000:8080")',
            kind: 'project',
            checked: '2026-11-30',
          },
        ],
      },
      {
        user: 'Firebase Firestore emulator',
        description: 'The Firebase CLI\'s Firestore emulator listens on 8080 by default.',
        protocols: ['tcp'],
        sources: [
          source.githubConstantsTs,
        ],
      },
      {
        user: 'code-server',
        description: 'code-server, VS Code in the browser, listens on 127.0.0.1:8080 with password authentication according to the config.yaml it creates on first start.',
        protocols: ['tcp'],
        sources: [
          {
            url: 'https://github.com/coder/code-server/blob/main/docs/FAQ.md',
            title: 'code-server FAQ: How does the config file work? (bind-addr 127.0.0.1:8080, auth: password)',
            kind: 'project',
            checked: '2026-11-30',
          },
        ],
      },
      {
        user: 'Eleventy Dev Server',
        description: 'The Eleventy static site generator\'s dev server starts at port 8080 and moves up to ten ports higher if it is taken.',
        protocols: ['tcp'],
        sources: [
          {
            url: 'https://github.com/11ty/11ty-website/blob/main/src/docs/dev-server.md',
            title: 'Eleventy documentation: Eleventy Dev Server (port 8080, incremented if in use)',
            kind: 'project',
            checked: '2026-11-30',
          },
        ],
      },
      {
        user: 'http-server (npm)',
        description: 'http-server, the zero-configuration static file server from npm, serves on 8080 by default.',
        protocols: ['tcp'],
        sources: [
          {
            url: 'https://github.com/http-party/http-server/blob/master/README.md',
            title: 'http-server README (--port, default 8080)',
            kind: 'project',
            checked: '2026-11-30',
          },
        ],
      },
      {
        user: 'Traefik dashboard and API (insecure mode)',
        description: 'With api.insecure turned on, the Traefik reverse proxy serves its dashboard and API without authentication on a separate entry point at port 8080, which Traefik\'s own guide reserves for development.',
        protocols: ['tcp'],
        sources: [
          { url: 'https://github.com/traefik/traefik/blob/master/docs/content/getting-started/docker.md', title: 'Traefik documentation source: Getting started with Docker (dashboard on port 8080 with api.insecure)', kind: 'project', checked: '2026-11-30' },
        ],
      },
      {
        user: 'Nextcloud All-in-One interface',
        description: 'Nextcloud All-in-One publishes the admin interface of its master container on port 8080 over HTTPS with a self-signed certificate; it installs and updates the other Nextcloud containers from there.',
        protocols: ['tcp'],
        sources: [
          { url: 'https://github.com/nextcloud/all-in-one/blob/main/readme.md', title: 'Nextcloud All-in-One README (AIO interface on port 8080, self-signed certificate)', kind: 'project', checked: '2026-11-30' },
        ],
      },
      {
        user: 'ISPConfig 3 control panel',
        description: 'ISPConfig 3, an open-source hosting control panel, runs its administration interface on port 8080, as a hosting provider\'s deployment guide for it lists.',
        protocols: ['tcp'],
        sources: [
          { url: 'https://hostkey.com/documentation/marketplace/hosting_control_panels/ispconfig_ansible', title: 'HOSTKEY documentation: ISPConfig deployment (internal ISPConfig interface on port 8080)', kind: 'secondary', checked: '2026-11-30' },
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
      {
        user: 'Mattermost Calls media',
        description: 'The Calls plugin of Mattermost, or its separate RTCD server, carries call audio and video on port 8443, over UDP by preference and TCP as the fallback.',
        protocols: ['udp',  'tcp'],
        sources: [
          { url: 'https://github.com/mattermost/docs/blob/master/source/administration-guide/configure/calls-deployment-guide.md', title: 'Mattermost documentation source: Calls deployment guide (media on UDP, or TCP as fallback, port 8443)', kind: 'vendor', checked: '2026-11-30' },
        ],
      },
      {
        user: 'Plesk control panel (HTTPS)',
        description: 'Servers running the Plesk hosting control panel serve its login and administration interface over HTTPS on 8443, and hosting platforms open that port for Plesk by default.',
        protocols: ['tcp'],
        sources: [
          source.githubPleskDockerfile,
          source.cloudblueDefaultFirewallRules,
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
    unofficialUses: [
      {
        user: 'Proxmox VE SPICE proxy',
        description: 'Proxmox VE hosts run their SPICE proxy on TCP 3128, which carries SPICE console sessions to virtual machines, beside the web interface on 8006.',
        protocols: ['tcp'],
        sources: [
          source.pveDocsFirewall,
        ],
      },
    ],
    related: [8080, 8118, 8006],
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
    unofficialUses: [
      {
        user: 'ISPConfig 2 control panel',
        description: 'The older ISPConfig 2 hosting control panel was reached on port 81, over HTTPS or HTTP, according to its own administrator manual.',
        protocols: ['tcp'],
        sources: [
          { url: 'https://www.ispconfig.org/downloads/manual_en/manual_admin_en_src.htm', title: 'ISPConfig 2 administrator manual (log in at https://www.domain.tld:81)', kind: 'project', checked: '2026-11-30' },
        ],
      },
      {
        user: 'Microsoft System Center Orchestrator web components',
        description: 'Orchestrator, Microsoft\'s runbook automation server, puts one of its two IIS web components on 81: MDT\'s toolkit reference gives 81 as the default port of the Orchestrator web service, while Microsoft\'s MDT guide places the Orchestration Console there instead.',
        protocols: ['tcp'],
        sources: [
          source.mdtToolkitReferenceOrchestrator,
          source.mdtOrchestratorRunbooksGuide,
        ],
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
      {
        user: 'NVIDIA Triton Inference Server (metrics)',
        description: 'Triton Inference Server publishes Prometheus metrics at http://localhost:8002/metrics.',
        protocols: ['tcp'],
        sources: [
          source.devTritonQuickstart,
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
    unofficialUses: [
      {
        user: 'go-mitmproxy',
        description: 'go-mitmproxy, a Go rewrite of the mitmproxy interception proxy used to inspect and modify HTTP and HTTPS traffic, listens as a proxy on :9080 by default, with its web interface on 9081.',
        protocols: ['tcp'],
        sources: [
          source.goMitmproxyReadme,
        ],
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
      {
        user: 'Spinnaker Orca',
        description: 'Orca, the orchestration engine of the Spinnaker continuous-delivery platform that runs its pipelines and ad-hoc operations, listens on port 8083.',
        protocols: ['tcp'],
        sources: [
          source.githubSpinnakerMicroservicesOverview,
        ],
      },
      {
        user: 'Hestia Control Panel',
        description: 'Hestia, an open-source web-hosting control panel, is reached at https://<server>:8083 after installation; the installer\'s --port option changes it.',
        protocols: ['tcp'],
        sources: [
          { url: 'https://github.com/hestiacp/hestiacp/blob/main/docs/docs/introduction/getting-started.md', title: 'Hestia Control Panel documentation source: Getting started (panel at https://host:8083, --port default 8083)', kind: 'project', checked: '2026-11-30' },
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
    port: 9990,
    protocols: ['tcp'],
    name: 'WildFly / JBoss EAP management console (HTTP)',
    summary: 'WildFly serves the web-based Management Console and the HTTP management API on TCP 9990 by default, at http://localhost:9990/console; jboss-cli connects to the same port, and HTTPS management uses 9993. IANA\'s record for 9990 is the unrelated OSM Applet Server.',
    category: 'web',
    aliases: ['wildfly-management', 'jboss-management', 'wildfly-console', 'jboss-cli'],
    status: 'unofficial',
    sources: [
      source.wildflyInterfacesAndPorts,
      {
        url: 'https://github.com/wildfly/wildfly/blob/main/docs/src/main/asciidoc/Getting_Started_Guide.adoc',
        title: 'WildFly Getting Started Guide (wildfly/wildfly): Administration Console (port 9990 is the default)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    related: [9993, 8080, 8443],
  },
  {
    port: 4712,
    protocols: ['tcp'],
    name: 'WildFly transaction recovery environment',
    summary: 'WildFly\'s transaction manager binds its recovery environment socket (txn-recovery-environment) to TCP 4712 in the standard socket binding group, beside the transaction status manager on 4713.',
    category: 'web',
    aliases: ['txn-recovery-environment', 'narayana-recovery'],
    status: 'unofficial',
    sources: [
      source.wildflyInterfacesAndPorts,
    ],
    related: [4713, 9990],
  },
  {
    port: 4713,
    protocols: ['tcp'],
    name: 'WildFly transaction status manager',
    summary: 'WildFly opens its transaction status manager (txn-status-manager) on TCP 4713 by default, the companion of the recovery socket on 4712.',
    category: 'web',
    aliases: ['txn-status-manager'],
    status: 'unofficial',
    sources: [
      source.wildflyInterfacesAndPorts,
    ],
    related: [4712, 9990],
  },
  {
    port: 7600,
    protocols: ['tcp'],
    name: 'WildFly JGroups cluster transport (TCP)',
    summary: 'Clustered WildFly servers using the JGroups TCP stack talk to each other on TCP 7600 (jgroups-tcp, with failure detection on 7601), bound to the private interface.',
    category: 'web',
    aliases: ['jgroups-tcp', 'wildfly-cluster'],
    status: 'unofficial',
    sources: [
      source.wildflyJgroupsSocketsXml,
    ],
    related: [45688, 9990],
  },
  {
    port: 45688,
    protocols: ['udp'],
    name: 'WildFly JGroups cluster transport (UDP multicast)',
    summary: 'WildFly\'s default JGroups UDP stack sends cluster traffic to the multicast group 230.0.0.4 on port 45688, with unicast on 55200 and discovery (MPING) multicast on 45700.',
    category: 'web',
    aliases: ['jgroups-udp'],
    status: 'unofficial',
    sources: [
      source.wildflyJgroupsSocketsXml,
    ],
    related: [7600],
  },
  {
    port: 3528,
    protocols: ['tcp'],
    name: 'JBoss / WildFly IIOP',
    summary: 'WildFly configurations that include IIOP open the iiop socket binding on TCP 3528, with IIOP over SSL on 3529; IANA registers both numbers to JBoss.',
    category: 'web',
    aliases: ['jboss-iiop', 'wildfly-iiop'],
    status: 'official',
    sources: [
      source.wildflyIiopSocketsXml,
    ],
    related: [3529],
  },
  {
    port: 3529,
    protocols: ['tcp'],
    name: 'JBoss / WildFly IIOP over SSL',
    summary: 'The iiop-ssl socket binding of WildFly listens on TCP 3529 for IIOP over SSL, next to plain IIOP on 3528.',
    category: 'web',
    aliases: ['jboss-iiop-ssl'],
    status: 'official',
    sources: [
      source.wildflyIiopSocketsXml,
    ],
    related: [3528],
  },
  {
    port: 3700,
    protocols: ['tcp'],
    name: 'GlassFish IIOP listener',
    summary: 'A default Eclipse GlassFish domain opens its IIOP listener on TCP 3700, with IIOP over SSL on 3820 and SSL with mutual authentication on 3920.',
    category: 'web',
    aliases: ['glassfish-iiop', 'orb-listener-1'],
    status: 'unofficial',
    sources: [
      source.glassfishOverview,
    ],
    related: [3820, 3920, 4848],
  },
  {
    port: 3820,
    protocols: ['tcp'],
    name: 'GlassFish IIOP over SSL',
    summary: 'GlassFish domains listen for IIOP over SSL on TCP 3820 by default, between plain IIOP on 3700 and mutually authenticated IIOP on 3920; IANA lists the number for Siemens AuD SCP.',
    category: 'web',
    aliases: ['glassfish-iiop-ssl'],
    status: 'unofficial',
    sources: [
      source.glassfishOverview,
    ],
    related: [3700, 3920],
  },
  {
    port: 7002,
    protocols: ['tcp'],
    name: 'Oracle WebLogic Server (SSL)',
    summary: 'A WebLogic Server instance, the Administration Server included, takes SSL connections on TCP 7002 by default, the encrypted twin of its plain listen port 7001. IANA lists 7002 for the AFS users and groups database.',
    category: 'web',
    aliases: ['weblogic-ssl', 'weblogic-https'],
    status: 'unofficial',
    sources: [
      source.weblogicSslListenPort,
    ],
    unofficialUses: [
      {
        user: 'Spinnaker Clouddriver',
        description: 'Clouddriver, the Spinnaker service that makes every change on the cloud providers and caches what is deployed there, listens on 7002; Spinnaker\'s authorization service, Fiat, sits next to it on 7003.',
        protocols: ['tcp'],
        sources: [
          source.githubSpinnakerMicroservicesOverview,
        ],
      },
    ],
    related: [7001, 5556],
  },
  {
    port: 5556,
    protocols: ['tcp'],
    name: 'Oracle WebLogic Node Manager',
    summary: 'WebLogic\'s Node Manager listens for connection requests on TCP 5556 by default (5555 in WebLogic 7.0 and 8.1), on localhost unless configured otherwise. IANA lists 5556 for Freeciv.',
    category: 'web',
    aliases: ['weblogic-node-manager', 'weblogic-nodemanager', 'argocd-dex-server', 'dex'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://docs.oracle.com/cd/E13222_01/wls/docs100/schemaref/config/http.www.bea.com.ns.weblogic.920.domain/types/node-managertype.listen-port.html',
        title: 'Oracle WebLogic Server 10.0 Domain Configuration Schema Reference: Node Manager listen-port (default 5556)',
        kind: 'vendor',
        checked: '2026-11-30',
      },
      {
        url: 'https://docs.oracle.com/cd/E13222_01/wls/docs81/config_xml/NodeManager.html',
        title: 'WebLogic Server 8.1 Configuration Reference: NodeManager (ListenPort default 5555, ListenAddress localhost)',
        kind: 'vendor',
        checked: '2026-11-30',
      },
    ],
    unofficialUses: [
      {
        user: 'Dex identity service (Argo CD)',
        description: 'Argo CD\'s API server reaches its bundled Dex single sign-on server at argocd-dex-server:5556 by default, so that pod listens on 5556.',
        protocols: ['tcp'],
        sources: [
          source.argoCdServerCommand,
        ],
      },
    ],
    related: [7001, 7002],
  },
  {
    port: 8879,
    protocols: ['tcp'],
    name: 'IBM WebSphere deployment manager SOAP connector',
    summary: 'The deployment manager of a WebSphere Application Server Network Deployment cell listens for SOAP/JMX administrative connections on TCP 8879, one above the 8880 of a stand-alone server.',
    category: 'web',
    aliases: ['websphere-dmgr-soap', 'dmgr'],
    status: 'unofficial',
    sources: [
      source.ibmTopicZosDefaultPortAssignments,
    ],
    related: [8880, 9809, 7277],
  },
  {
    port: 9809,
    protocols: ['tcp'],
    name: 'IBM WebSphere deployment manager bootstrap',
    summary: 'A WebSphere Network Deployment manager opens its bootstrap (BOOTSTRAP_ADDRESS) and ORB port on TCP 9809, where a stand-alone server or managed node uses 2809.',
    category: 'web',
    aliases: ['websphere-dmgr-bootstrap'],
    status: 'unofficial',
    sources: [
      source.ibmTopicZosDefaultPortAssignments,
    ],
    related: [2809, 8879],
  },
  {
    port: 7277,
    protocols: ['tcp'],
    name: 'IBM WebSphere cell discovery',
    summary: 'The cell discovery address (CELL_DISCOVERY_ADDRESS) of a WebSphere deployment manager is TCP 7277 by default, while node agents keep their node discovery address on 7272. IANA lists 7277 for OMA ILP over TLS.',
    category: 'web',
    aliases: ['cell_discovery_address'],
    status: 'unofficial',
    sources: [
      source.ibmTopicZosDefaultPortAssignments,
    ],
    related: [8879, 9809],
  },
  {
    port: 7276,
    protocols: ['tcp'],
    name: 'IBM WebSphere service integration bus (JMS)',
    summary: 'WebSphere Application Server\'s service integration bus accepts JMS client connections on TCP 7276 (SIB_ENDPOINT_ADDRESS), with 7286 for the TLS variant; Open Liberty\'s wasJmsEndpoint uses the same pair by default.',
    category: 'web',
    aliases: ['websphere-sib', 'sib_endpoint_address', 'wasjms'],
    status: 'unofficial',
    sources: [
      source.ibmTopicZosDefaultPortAssignments,
      source.openlibertyReferenceDefaultPortNumbers,
    ],
    related: [7286],
  },
  {
    port: 7286,
    protocols: ['tcp'],
    name: 'IBM WebSphere service integration bus (JMS over TLS)',
    summary: 'The secure endpoint of WebSphere\'s service integration bus (SIB_ENDPOINT_SECURE_ADDRESS), and Open Liberty\'s secure WAS JMS endpoint, listen on TCP 7286.',
    category: 'web',
    aliases: ['websphere-sib-secure', 'wasjms-ssl'],
    status: 'unofficial',
    sources: [
      source.ibmTopicZosDefaultPortAssignments,
      source.openlibertyReferenceDefaultPortNumbers,
    ],
    related: [7276],
  },
  {
    port: 2368,
    protocols: ['tcp'],
    name: 'Ghost (publishing platform)',
    summary: 'Ghost, the open-source publishing platform, listens on 127.0.0.1:2368 by default, both in a local install and in production, where nginx or Apache forwards port 80 to it.',
    category: 'web',
    aliases: ['ghost', 'ghost-cms'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/TryGhost/docs/blob/master/content/concepts/config.md',
        title: 'Ghost documentation: Configuration (server host 127.0.0.1, port 2368; nginx in front)',
        kind: 'project',
        checked: '2026-11-30',
      },
      {
        url: 'https://github.com/TryGhost/docs/blob/master/content/install/local.md',
        title: 'Ghost documentation: How to install Ghost locally (site at http://localhost:2368)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    related: [80, 443],
  },
  {
    port: 8055,
    protocols: ['tcp'],
    name: 'Directus',
    summary: 'Directus, the open-source backend that puts a REST and GraphQL API over a database, serves its API on this port, listening on 0.0.0.0 by default.',
    category: 'web',
    aliases: ['directus'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/directus/docs/blob/main/content/configuration/1.general.md',
        title: 'Directus documentation: General configuration (HOST default 0.0.0.0, PORT default 8055)',
        kind: 'project',
        checked: '2026-11-30',
      },
      {
        url: 'https://github.com/directus/docs/blob/main/content/getting-started/1.overview.md',
        title: 'Directus documentation: Overview (connect a database and get a REST and GraphQL API)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
  },
  {
    port: 11000,
    protocols: ['tcp'],
    name: 'Nextcloud All-in-One behind a reverse proxy',
    summary: 'When Nextcloud All-in-One runs behind a reverse proxy, its guide sets APACHE_PORT=11000, so the Nextcloud web server container is published on the host at 11000 for the proxy to forward to.',
    category: 'web',
    aliases: ['nextcloud-aio', 'nextcloud'],
    status: 'unofficial',
    sources: [
      { url: 'https://github.com/nextcloud/all-in-one/blob/main/reverse-proxy.md', title: 'Nextcloud All-in-One documentation: Reverse proxy (APACHE_PORT=11000, the host port the reverse proxy points at)', kind: 'project', checked: '2026-11-30' },
    ],
    related: [8080, 443],
  },
  {
    port: 44442,
    protocols: ['tcp'],
    name: 'ColdFusion 5 Advanced Security authentication port',
    summary: 'ColdFusion Server 5 with Advanced Security enabled reserves TCP 44442 as its authentication port, over which ColdFusion passes security information to its security server (the same machine, 127.0.0.1, unless a cluster shares one); Nmap lists the port as coldfusion-auth, the ColdFusion Advanced Security/SiteMinder authentication port of Allaire and Netegrity.',
    category: 'web',
    aliases: ['coldfusion-auth', 'coldfusion-advanced-security'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://discmaster.textfiles.com/dl/31352/CHIPCD_02_2002.iso/Internet/Macromedia%20ColdFusion%20Server%205/coldfusion-50-win-us.exe/data1.cab/WebRoot',
        title: 'Macromedia ColdFusion Server 5 help, Configure Advanced Security (copy from a 2002 magazine CD, discmaster.textfiles.com): security server 127.0.0.1, authentication port 44442 by default',
        kind: 'secondary',
        checked: '2026-11-30',
      },
      source.nmapNmapServices,
    ],
    related: [44443],
  },
  {
    port: 83,
    protocols: ['tcp'],
    name: 'Telerik Report Server Manager',
    summary: 'Progress Telerik Report Server, an on-premises server for storing, scheduling and delivering business reports, is installed as an IIS website that its installer binds to HTTP port 83 (or the next free port), with its Service Agent on 82. IANA lists 83 as mit-ml-dev.',
    category: 'web',
    aliases: ['telerik-report-server', 'report-server'],
    status: 'unofficial',
    sources: [
      source.telerikReportServerInstallation,
      {
        url: 'https://github.com/telerik/report-server-docs/blob/master/implementer-guide/setup/iis-configuration.md',
        title: 'Telerik Report Server documentation: IIS Configuration (the installer adds an HTTP binding on port 83, if available; HTTPS recommended)',
        kind: 'vendor',
        checked: '2026-11-30',
      },
    ],
    related: [82],
  },
  {
    port: 5232,
    protocols: ['tcp'],
    name: 'Radicale (CalDAV and CardDAV server)',
    summary: 'Radicale, a small self-hosted CalDAV and CardDAV server for calendars, to-do lists and contacts, listens on port 5232 and binds only to localhost by default, so other computers reach it only after its hosts setting (for example 0.0.0.0:5232) or a reverse proxy opens it up.',
    category: 'web',
    aliases: ['radicale', 'caldav-radicale'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/Kozea/Radicale/blob/master/DOCUMENTATION.md',
        title: 'Radicale documentation: [server] hosts (default localhost:5232; the default configuration cannot be reached from other computers)',
        kind: 'project',
        checked: '2026-11-30',
      },
      {
        url: 'https://github.com/Kozea/Radicale/blob/master/README.md',
        title: 'Radicale README (a small CalDAV and CardDAV server)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
  },
  {
    port: 7575,
    protocols: ['tcp'],
    name: 'Homarr dashboard',
    summary: 'Homarr, a self-hosted dashboard for the apps on a server that can also talk to them through integrations, serves its web interface on port 7575 in its Docker image, the port its installation guide publishes.',
    category: 'web',
    aliases: ['homarr'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/homarr-labs/homarr/blob/dev/apps/docs/docs/getting-started/installation/docker.mdx',
        title: 'Homarr documentation: Docker installation (docker run -p 7575:7575)',
        kind: 'project',
        checked: '2026-11-30',
      },
      {
        url: 'https://github.com/homarr-labs/homarr/blob/dev/Dockerfile',
        title: 'Homarr Dockerfile (EXPOSE 7575)',
        kind: 'project',
        checked: '2026-11-30',
      },
      {
        url: 'https://github.com/homarr-labs/homarr/blob/dev/apps/docs/docs/advanced/proxy/index.mdx',
        title: 'Homarr documentation: reverse proxy (Homarr communicates with your apps through integrations; reverse_proxy homarr:7575)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
  },
  {
    port: 8290,
    protocols: ['tcp'],
    name: 'WSO2 Micro Integrator (HTTP pass-through)',
    summary: 'WSO2 Micro Integrator, the integration runtime documented alongside WSO2 API Manager 4.x, starts with a built-in port offset of 10, so its HTTP pass-through transport listens on 8290 and the HTTPS one on 8253, while its Management API answers on 9201 (HTTP) and 9164 (HTTPS).',
    category: 'web',
    aliases: ['wso2-mi', 'wso2-micro-integrator'],
    status: 'unofficial',
    sources: [
      source.wso2MiChangingDefaultPorts,
    ],
    related: [8253, 9164, 9201, 8280],
  },
  {
    port: 8253,
    protocols: ['tcp'],
    name: 'WSO2 Micro Integrator (HTTPS pass-through)',
    summary: 'The HTTPS pass-through transport of WSO2 Micro Integrator listens on 8253, its default HTTPS port shifted by the product\'s internal offset of 10; the plain-HTTP transport sits beside it on 8290.',
    category: 'web',
    aliases: ['wso2-mi-https'],
    status: 'unofficial',
    sources: [
      source.wso2MiChangingDefaultPorts,
    ],
    related: [8290, 8243],
  },
  {
    port: 8280,
    protocols: ['tcp'],
    name: 'WSO2 API Manager gateway (HTTP)',
    summary: 'The gateway of WSO2 API Manager serves published APIs over its HTTP pass-through (NIO) transport on 8280, next to HTTPS on 8243, while the management console uses 9443; most of these ports shift together when an administrator sets a port offset.',
    category: 'web',
    aliases: ['wso2-apim-gateway'],
    status: 'unofficial',
    sources: [
      source.wso2ApimDefaultProductPorts,
    ],
    related: [8243, 9443, 8290],
  },
  {
    port: 8243,
    protocols: ['tcp'],
    name: 'WSO2 API Manager gateway (HTTPS)',
    summary: 'API calls to a WSO2 API Manager gateway normally arrive over HTTPS on 8243, the pass-through (NIO) HTTPS transport; the same product uses 8280 for plain HTTP and 9443 for its management console.',
    category: 'web',
    aliases: ['wso2-apim-gateway-https'],
    status: 'unofficial',
    sources: [
      source.wso2ApimDefaultProductPorts,
    ],
    related: [8280, 9443, 8253],
  },
  {
    port: 9164,
    protocols: ['tcp'],
    name: 'WSO2 Micro Integrator Management API (HTTPS)',
    summary: 'WSO2 Micro Integrator serves the HTTPS side of its Management API on 9164 by default, a number that already includes the product\'s internal port offset of 10; the plain-HTTP side is on 9201 and the integration traffic itself on 8290 and 8253.',
    category: 'web',
    aliases: ['wso2-mi-management'],
    status: 'unofficial',
    sources: [
      source.wso2MiChangingDefaultPorts,
    ],
    related: [8290, 8253, 9201],
  },
];
