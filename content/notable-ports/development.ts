import type { NotablePortInput } from '../../src/lib/schemas/notable-port';
import { source } from '../sources.ts';

/** Notable ports in the "development" category. Summaries are our own words; every entry has a source. */
export const notablePorts: NotablePortInput[] = [
  {
    port: 3000,
    protocols: ['tcp'],
    name: 'Development servers and Grafana',
    summary: 'Ruby on Rails and Next.js development servers and the Grafana web interface all listen on this port by default.',
    category: 'development',
    aliases: ['rails', 'nextjs', 'grafana', 'dev-server'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://guides.rubyonrails.org/getting_started.html',
        title: 'Ruby on Rails Guides: Getting Started with Rails',
        kind: 'project',
      },
      {
        url: 'https://nextjs.org/docs/app/api-reference/cli/next',
        title: 'Next.js documentation: next CLI',
        kind: 'project',
      },
      {
        url: 'https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/',
        title: 'Grafana documentation: Configure Grafana (http_port)',
        kind: 'project',
      },
    ],
    unofficialUses: [
      {
        user: 'BeEF (Browser Exploitation Framework)',
        description: 'BeEF, the browser exploitation framework, serves both its hook script for target browsers and its admin interface on TCP 3000 on all interfaces by default.',
        protocols: ['tcp'],
        sources: [
          {
            url: 'https://github.com/beefproject/beef/blob/master/config.yaml',
            title: 'BeEF source: config.yaml (http host 0.0.0.0, port "3000"; permitted UI subnet 0.0.0.0/0)',
            kind: 'project',
            checked: '2026-11-30',
          },
        ],
      },
    ],
  },
  {
    port: 5000,
    protocols: ['tcp'],
    name: 'Flask dev server and container registry',
    summary: 'Flask\'s built-in development server and the self-hosted Docker/CNCF Distribution container registry both listen on this port by default.',
    category: 'development',
    aliases: ['flask', 'docker-registry'],
    status: 'unofficial',
    sources: [
      source.palletsprojectsStableQuickstart,
      {
        url: 'https://distribution.github.io/distribution/about/deploying/',
        title: 'CNCF Distribution: Deploy a registry server',
        kind: 'project',
      },
    ],
    unofficialUses: [
      {
        user: 'SILENTTRINITY team server',
        description: 'The SILENTTRINITY post-exploitation framework binds its team server to port 5000 unless -p gives another.',
        protocols: ['tcp'],
        sources: [
          {
            url: 'https://github.com/byt3bl33d3r/SILENTTRINITY/blob/master/silenttrinity/core/teamserver/__main__.py',
            title: 'SILENTTRINITY source: silenttrinity/core/teamserver/__main__.py (-p, --port: port to bind to, default 5000)',
            kind: 'project',
            checked: '2026-11-30',
          },
        ],
      },
      {
        user: 'macOS AirPlay Receiver',
        description: 'Since macOS Monterey, Macs with AirPlay Receiver switched on listen on this port (and on 7000), so local development servers that expect it fail with "address already in use".',
        protocols: ['tcp'],
        sources: [
          source.appleThread682332,
          source.appleHt202944,
        ],
      },
      {
        user: 'Windows SSDP Discovery (before XP SP2)',
        description: 'The Windows SSDP Discovery service sent UPnP event notifications over TCP 5000 until Windows XP Service Pack 2 moved them to 2869, so old Windows hosts may listen here.',
        protocols: ['tcp'],
        sources: [
          source.microsoftNetworkingServiceOverviewAndNetworkPort,
        ],
      },
      {
        user: 'OpenStack Identity (keystone)',
        description: 'The endpoint of OpenStack\'s Identity service (keystone) is TCP 5000 by default.',
        protocols: ['tcp'],
        sources: [
          source.openstackFirewallsDefaultPorts,
        ],
      },
    ],
    security: [
      {
        note: 'Flask\'s development server is not meant for production, and its interactive debugger can run arbitrary Python from the browser, so never expose it with debug mode on.',
        sources: [
          source.palletsprojectsStableQuickstart,
        ],
      },
    ],
    related: [7000, 8000, 3000],
  },
  {
    port: 8000,
    protocols: ['tcp'],
    name: 'Python and Django dev servers',
    summary: 'Python\'s http.server module and Django\'s runserver command both serve on this port when no other is given.',
    category: 'development',
    aliases: ['django', 'runserver', 'http.server', 'simplehttpserver'],
    status: 'unofficial',
    sources: [
      source.pythonHttpServer,
      source.djangoprojectRefDjangoAdmin,
    ],
    unofficialUses: [
      {
        user: 'Velociraptor client frontend',
        description: 'Endpoints running the Velociraptor agent connect to the Velociraptor server on TCP 8000 by default.',
        protocols: ['tcp'],
        sources: [
          source.githubVelociraptorQuickstart,
        ],
      },
      {
        user: 'Splunk Web',
        description: 'Splunk search heads and indexers serve the Splunk Web interface on this port by default.',
        protocols: ['tcp'],
        sources: [
          source.splunkInheritedDeploymentTasksComponentsAndTheir,
        ],
      },
      {
        user: 'Kong Gateway proxy',
        description: 'Kong Gateway accepts the API traffic it proxies on 0.0.0.0:8000 by default (8443 with TLS).',
        protocols: ['tcp'],
        sources: [
          source.githubConfDefault,
        ],
      },
    ],
    security: [
      {
        note: 'Django\'s runserver and Python\'s http.server are development tools without production-grade security checks; both projects warn against using them to serve a public site.',
        sources: [
          source.djangoprojectRefDjangoAdmin,
          source.pythonHttpServer,
        ],
      },
    ],
    related: [5000, 8080],
  },
  {
    port: 4200,
    protocols: ['tcp'],
    name: 'Angular dev server',
    summary: 'The Angular CLI\'s ng serve command serves the app under development, with live reload, on this port by default.',
    category: 'development',
    aliases: ['angular', 'ng-serve'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://angular.dev/cli/serve',
        title: 'Angular CLI reference: ng serve',
        kind: 'project',
      },
    ],
    related: [5173, 3000],
  },
  {
    port: 5173,
    protocols: ['tcp'],
    name: 'Vite dev server',
    summary: 'Vite\'s development server serves the project under development on this port by default and tries the next free port if it is taken.',
    category: 'development',
    aliases: ['vite'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://vite.dev/config/server-options',
        title: 'Vite documentation: Server options (server.port)',
        kind: 'project',
      },
    ],
    related: [4173, 4200, 3000],
  },
  {
    port: 4173,
    protocols: ['tcp'],
    name: 'Vite preview server',
    summary: 'Running vite preview serves the production build locally on this port by default so it can be checked before deployment.',
    category: 'development',
    aliases: ['vite-preview'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://vite.dev/config/preview-options',
        title: 'Vite documentation: Preview options (preview.port)',
        kind: 'project',
      },
    ],
    related: [5173],
  },
  {
    port: 8081,
    protocols: ['tcp'],
    name: 'React Native Metro bundler',
    summary: 'Metro, the JavaScript bundler behind React Native, serves app bundles to devices and simulators from this port during development.',
    category: 'development',
    aliases: ['metro', 'react-native'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://reactnative.dev/docs/troubleshooting',
        title: 'React Native documentation: Troubleshooting (port already in use)',
        kind: 'project',
      },
    ],
    unofficialUses: [
      {
        user: 'Sonatype Nexus Repository',
        description: 'Sonatype Nexus Repository Manager serves its web interface and repository endpoints on TCP 8081 by default, as its official Docker image shows.',
        protocols: ['tcp'],
        sources: [
          {
            url: 'https://raw.githubusercontent.com/sonatype/docker-nexus3/refs/heads/main/Dockerfile',
            title: 'Sonatype docker-nexus3: Dockerfile (docker run -p 8081:8081)',
            kind: 'vendor',
          },
        ],
      },
      {
        user: 'Argo CD repo server',
        description: 'Argo CD\'s argocd-repo-server listens for requests from the other Argo CD components on port 8081 by default.',
        protocols: ['tcp'],
        sources: [
          source.argoCdRepoServerCommand,
        ],
      },
      {
        user: 'kube-state-metrics telemetry',
        description: 'kube-state-metrics publishes its own process metrics on its telemetry port, 8081 by default.',
        protocols: ['tcp'],
        sources: [
          source.kubeStateMetricsReadme,
        ],
      },
      {
        user: 'SPIRE server',
        description: 'A SPIRE server, the SPIFFE identity server, listens on port 8081 by default (bind_port).',
        protocols: ['tcp'],
        sources: [
          {
            url: 'https://github.com/spiffe/spire/blob/main/doc/spire_server.md',
            title: 'SPIRE documentation: SPIRE Server configuration reference (bind_port default 8081)',
            kind: 'project',
            checked: '2026-11-30',
          },
        ],
      },
    ],
  },
  {
    port: 9229,
    protocols: ['tcp'],
    name: 'Node.js inspector',
    summary: 'Node.js started with --inspect opens its debugger, which Chrome DevTools and VS Code attach to over WebSocket, on this port on localhost.',
    category: 'development',
    aliases: ['node-inspect', 'inspector', 'nodejs-debug'],
    status: 'unofficial',
    sources: [
      source.nodejsGettingStartedDebugging,
    ],
    security: [
      {
        note: 'A debugger attached to the inspector can run any code in the Node.js process, so binding it to a public address (--inspect=0.0.0.0) hands control of the process to anyone who can reach the port.',
        sources: [
          source.nodejsGettingStartedDebugging,
        ],
      },
    ],
  },
  {
    port: 4000,
    protocols: ['tcp'],
    name: 'Jekyll and Phoenix dev servers',
    summary: 'Jekyll\'s jekyll serve preview server and Elixir Phoenix\'s development endpoint both listen on this port by default.',
    category: 'development',
    aliases: ['jekyll', 'phoenix'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://jekyllrb.com/docs/configuration/options/',
        title: 'Jekyll documentation: Configuration options (port)',
        kind: 'project',
      },
      {
        url: 'https://hexdocs.pm/phoenix/up_and_running.html',
        title: 'Phoenix guides: Up and Running',
        kind: 'project',
      },
    ],
    unofficialUses: [
      {
        user: 'NoMachine remote desktop (nxd)',
        description: 'The NoMachine server service nxd accepts NX remote desktop connections on TCP 4000, the port to forward on a router for access from outside the local network.',
        protocols: ['tcp'],
        sources: [
          {
            url: 'https://www.nomachine.com/AR04S01122',
            title: 'NoMachine Knowledge Base AR04S01122: How to connect over the internet to NoMachine behind a NAT router (nxd listens on port 4000)',
            kind: 'vendor',
            checked: '2026-11-30',
          },
          source.noMachineForumUfwSettings,
        ],
      },
    ],
    related: [1313],
  },
  {
    port: 1313,
    protocols: ['tcp'],
    name: 'Hugo dev server',
    summary: 'The Hugo static-site generator\'s hugo server command serves a live-reloading preview of the site on this port by default.',
    category: 'development',
    aliases: ['hugo'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://gohugo.io/commands/hugo_server/',
        title: 'Hugo documentation: hugo server',
        kind: 'project',
      },
    ],
    related: [4000],
  },
  {
    port: 8888,
    protocols: ['tcp'],
    name: 'Jupyter Notebook and JupyterLab',
    summary: 'Jupyter\'s notebook server, behind JupyterLab and Jupyter Notebook, serves its browser interface and kernels on this port by default.',
    category: 'development',
    aliases: ['jupyter', 'jupyterlab', 'ipython-notebook'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://jupyter-server.readthedocs.io/en/latest/other/full-config.html',
        title: 'Jupyter Server documentation: Config file and command line options (ServerApp.port)',
        kind: 'project',
      },
    ],
    unofficialUses: [
      {
        user: 'Sliver C2 mTLS listener',
        description: 'Sliver, an open-source command-and-control framework, starts its mutual-TLS implant listener on TCP 8888 when no port is given, and its WireGuard implants also reach the server on 8888 inside the tunnel.',
        protocols: ['tcp'],
        sources: [
          source.githubSliverGenerateGo,
        ],
      },
      {
        user: 'MITRE Caldera server',
        description: 'MITRE Caldera, the adversary-emulation platform, serves its web interface and API, and takes HTTP beacons from its agents, on TCP 8888 in its default configuration.',
        protocols: ['tcp'],
        sources: [
          source.githubCalderaDefaultYml,
        ],
      },
      {
        user: 'Villain file smuggler',
        description: 'Villain, a command-and-control framework for reverse shells, runs an HTTP file-smuggling server on TCP 8888 on all interfaces by default.',
        protocols: ['tcp'],
        sources: [
          source.githubVillainSettings,
        ],
      },
      {
        user: 'DataStax OpsCenter web interface',
        description: 'DataStax OpsCenter, the management console for Cassandra clusters, serves its website to browsers on TCP 8888 by default.',
        protocols: ['tcp'],
        sources: [
          source.datastaxSecuritySecurefirewallR,
        ],
      },
      {
        user: 'OpenTelemetry Collector and Jaeger v2 internal metrics',
        description: 'The OpenTelemetry Collector publishes its own Prometheus metrics on localhost:8888 by default, and Jaeger v2, built on the collector, lists 8888 as its metrics port.',
        protocols: ['tcp'],
        sources: [
          {
            url: 'https://github.com/open-telemetry/opentelemetry-collector/blob/main/service/telemetry/otelconftelemetry/factory.go',
            title: 'OpenTelemetry Collector source: service/telemetry/otelconftelemetry/factory.go (Prometheus reader on localhost:8888)',
            kind: 'project',
            checked: '2026-11-30',
          },
          source.jaegerDeploymentManagementPorts,
        ],
      },
    ],
    security: [
      {
        note: 'A Jupyter server runs arbitrary code for anyone who can use it, so keep token or password authentication on and do not expose it to untrusted networks without TLS.',
        sources: [
          {
            url: 'https://jupyter-server.readthedocs.io/en/latest/operators/security.html',
            title: 'Jupyter Server documentation: Security in the Jupyter Server',
            kind: 'project',
          },
        ],
      },
    ],
    related: [6006, 8787],
  },
  {
    port: 6006,
    protocols: ['tcp'],
    name: 'TensorBoard and Storybook',
    summary: 'TensorBoard\'s training dashboards and Storybook\'s UI-component workshop both serve on this port by default, which falls inside IANA\'s X11 range.',
    category: 'development',
    aliases: ['tensorboard', 'storybook'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://www.tensorflow.org/tensorboard/get_started',
        title: 'TensorFlow documentation: Get started with TensorBoard',
        kind: 'project',
      },
      {
        url: 'https://storybook.js.org/docs/api/cli-options',
        title: 'Storybook documentation: CLI options',
        kind: 'project',
      },
    ],
    related: [8888],
  },
  {
    port: 8787,
    protocols: ['tcp'],
    name: 'RStudio Server',
    summary: 'Posit\'s RStudio Server serves the browser-based RStudio IDE on this port by default.',
    category: 'development',
    aliases: ['rstudio', 'rstudio-server', 'posit'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://docs.posit.co/ide/server-pro/access_and_security/network_port_and_address.html',
        title: 'Posit Workbench documentation: Network port and address',
        kind: 'vendor',
      },
    ],
    related: [8888],
  },
  {
    port: 9003,
    protocols: ['tcp'],
    name: 'Xdebug',
    summary: 'The Xdebug PHP extension connects out from the web server to the IDE\'s debugger listening on this port, the default since Xdebug 3 (earlier versions used 9000).',
    category: 'development',
    aliases: ['xdebug', 'dbgp'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://xdebug.org/docs/upgrade_guide',
        title: 'Xdebug documentation: Upgrading from Xdebug 2 to 3',
        kind: 'project',
      },
    ],
  },
  {
    port: 1099,
    protocols: ['tcp'],
    name: 'Java RMI registry',
    summary: 'The Java RMI registry, which lets clients look up remote objects by name, listens on this port when rmiregistry is started without a port argument.',
    category: 'development',
    aliases: ['rmiregistry', 'java-rmi', 'rmi'],
    status: 'official',
    sources: [
      {
        url: 'https://docs.oracle.com/en/java/javase/21/docs/specs/man/rmiregistry.html',
        title: 'Java SE documentation: rmiregistry command',
        kind: 'vendor',
      },
    ],
  },
  {
    port: 5037,
    protocols: ['tcp'],
    name: 'Android Debug Bridge server',
    summary: 'On a developer\'s machine the adb server listens on localhost at this port, and the adb command-line client talks to it to reach attached Android devices.',
    category: 'development',
    aliases: ['adb', 'adb-server'],
    status: 'unofficial',
    sources: [
      source.androidToolsAdb,
    ],
    related: [5555],
  },
  {
    port: 5555,
    protocols: ['tcp'],
    name: 'ADB over TCP/IP',
    summary: 'An Android device switched to network debugging with adb tcpip listens for adb connections on this port by convention.',
    category: 'development',
    aliases: ['adb-tcpip', 'adb-wifi'],
    status: 'unofficial',
    sources: [
      source.androidToolsAdb,
    ],
    unofficialUses: [
      {
        user: 'SoftEther VPN Server',
        description: 'SoftEther VPN Server listens on TCP 5555 (as well as 443 and 992) for SoftEther clients, and serves its web administration console at https://host:5555/admin/.',
        protocols: ['tcp'],
        sources: [
          source.softEtherContainerReadme,
          {
            url: 'https://github.com/SoftEtherVPN/SoftEtherVPN/blob/master/README.md',
            title: 'SoftEther VPN README (web console at https://host:5555/admin/)',
            kind: 'project',
            checked: '2026-11-30',
          },
        ],
      },
    ],
    security: [
      {
        note: 'ADB gives a shell on the device, so a phone, TV box or other Android device left listening on this port on an untrusted network can be taken over; turn network debugging off when not in use.',
        sources: [
          source.androidToolsAdb,
        ],
      },
    ],
    related: [5037],
  },
  {
    port: 11434,
    protocols: ['tcp'],
    name: 'Ollama',
    summary: 'Ollama, which runs large language models locally, serves its REST API on this port, bound to localhost by default.',
    category: 'development',
    aliases: ['ollama'],
    status: 'official',
    sources: [
      {
        url: 'https://github.com/ollama/ollama/blob/main/docs/faq.md',
        title: 'Ollama documentation: FAQ (how to expose Ollama on the network)',
        kind: 'project',
      },
    ],
  },
  {
    port: 7860,
    protocols: ['tcp'],
    name: 'Gradio apps',
    summary: 'Gradio machine-learning demo apps serve their web UI starting at this port, moving to the next free one if it is busy.',
    category: 'development',
    aliases: ['gradio'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://www.gradio.app/docs/gradio/blocks',
        title: 'Gradio documentation: Blocks.launch (server_port)',
        kind: 'project',
      },
    ],
    related: [8501],
  },
  {
    port: 8501,
    protocols: ['tcp'],
    name: 'Streamlit apps',
    summary: 'Streamlit serves data apps started with streamlit run on this port by default.',
    category: 'development',
    aliases: ['streamlit'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://docs.streamlit.io/develop/api-reference/configuration/config.toml',
        title: 'Streamlit documentation: config.toml (server.port)',
        kind: 'project',
      },
    ],
    unofficialUses: [
      {
        user: 'HashiCorp Consul HTTPS API',
        description: 'Consul\'s HTTPS API is off by default, but this port is the conventional choice when it is enabled.',
        protocols: ['tcp'],
        sources: [
          source.hashicorpInstallPorts,
        ],
      },
      {
        user: 'Consul HTTPS API',
        description: 'Consul\'s HTTPS API is disabled by default, but 8501 is the port Consul\'s documentation gives for it and the convention tools follow when TLS is turned on.',
        protocols: ['tcp'],
        sources: [
          source.hashicorpInstallPorts,
        ],
      },
      {
        user: 'Longhorn instance manager (proxy service)',
        description: 'Longhorn instance-manager pods in Kubernetes expose their proxy service to longhorn-manager on TCP 8501, one of a block of services on 8500 to 8504.',
        protocols: ['tcp'],
        sources: [
          source.longhornNetworking,
        ],
      },
    ],
    related: [7860, 8500],
  },
  {
    port: 4040,
    protocols: ['tcp'],
    name: 'Apache Spark application UI',
    summary: 'Each running Apache Spark application\'s driver serves its web UI with jobs, stages and storage on this port, moving to 4041 and upward if it is taken.',
    category: 'development',
    aliases: ['spark-ui', 'spark'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://spark.apache.org/docs/latest/monitoring.html',
        title: 'Apache Spark documentation: Monitoring and Instrumentation',
        kind: 'project',
      },
    ],
    unofficialUses: [
      {
        user: 'ngrok agent',
        description: 'The ngrok agent serves its local web inspection interface, which shows requests passing through tunnels, on this port by default.',
        protocols: ['tcp'],
        sources: [
          {
            url: 'https://ngrok.com/docs/agent/',
            title: 'ngrok documentation: Agent',
            kind: 'vendor',
          },
        ],
      },
    ],
    related: [7077],
  },
  {
    port: 7077,
    protocols: ['tcp'],
    name: 'Apache Spark standalone master',
    summary: 'The master of a Spark standalone cluster accepts workers and application drivers at spark://host:7077 by default.',
    category: 'development',
    aliases: ['spark-master'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://spark.apache.org/docs/latest/spark-standalone.html',
        title: 'Apache Spark documentation: Spark Standalone Mode',
        kind: 'project',
      },
    ],
    related: [4040],
  },
  {
    port: 3690,
    protocols: ['tcp'],
    name: 'Subversion (svnserve)',
    summary: 'The svnserve daemon serves Subversion repositories over the svn:// protocol on this port.',
    category: 'development',
    aliases: ['svn', 'svnserve', 'subversion'],
    status: 'official',
    sources: [
      {
        url: 'https://svnbook.red-bean.com/en/1.7/svn.serverconfig.svnserve.html',
        title: 'Version Control with Subversion: svnserve, a custom server',
        kind: 'project',
      },
    ],
    related: [9418],
  },
  {
    port: 5001,
    protocols: ['tcp', 'udp'],
    name: 'iperf 2 test server',
    summary: 'iperf 2, the network throughput tester, runs its server on port 5001 by default for both TCP and UDP tests (iperf3 moved to 5201); IANA lists 5001 as commplex-link.',
    category: 'development',
    aliases: ['iperf', 'iperf2'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://manpages.ubuntu.com/manpages/trusty/man1/iperf.1.html',
        title: 'iperf(1) manual page, iperf 2.0.5 (server port default 5001)',
        kind: 'project',
        checked: '2026-11-30',
      },
      {
        url: 'https://iPerf.fr/iperf-doc.php',
        title: 'iPerf documentation: iperf3 server port defaults to 5201',
        kind: 'project',
        checked: '2026-11-30',
      },
      source.ianaServiceNamesPortNumbersXml,
    ],
    unofficialUses: [
      {
        user: 'K3s embedded distributed registry (Spegel)',
        description: 'K3s nodes that enable the embedded Spegel registry mirror share container image layers with each other over TCP 5001.',
        protocols: ['tcp'],
        sources: [
          source.k3sRequirements,
        ],
      },
    ],
    related: [5201],
  },
  {
    port: 6543,
    protocols: ['tcp'],
    name: 'Pyramid development server',
    summary: 'Projects made from the Pyramid web framework\'s templates serve their app on port 6543 when started with pserve development.ini, bound to localhost unless the listen setting is changed to *:6543 to reach it from other machines. IANA\'s lds-distrib registration for 6543 is unrelated.',
    category: 'development',
    aliases: ['pyramid', 'pserve'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/Pylons/pyramid/blob/main/docs/narr/project.rst',
        title: 'Pyramid documentation source: docs/narr/project.rst (pserve development.ini serves on localhost:6543)',
        kind: 'project',
        checked: '2026-11-30',
      },
      source.ianaServiceNamesPortNumbersXml,
    ],
  },
  {
    port: 24678,
    protocols: ['tcp'],
    name: 'Vite hot-module-replacement WebSocket (middleware mode)',
    summary: 'When Vite runs as middleware inside another server and no HMR port is configured, it opens its own WebSocket server for hot module replacement on this port. IANA lists the number for Turbopower Proactivate.',
    category: 'development',
    aliases: ['vite-hmr'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/vitejs/vite/blob/main/packages/vite/src/node/server/ws.ts',
        title: 'Vite source: packages/vite/src/node/server/ws.ts (const port = wsPort || 24678)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    unofficialUses: [],
    related: [5173],
  },
  {
    port: 4400,
    protocols: ['tcp'],
    name: 'Firebase Local Emulator Suite hub',
    summary: 'When the Firebase CLI runs its local emulators (firebase emulators:start), the hub that lets tools discover the running emulators listens on this port; IANA lists the number for ASIGRA Services (ds-srv).',
    category: 'development',
    aliases: ['firebase-emulator-hub'],
    status: 'unofficial',
    sources: [
      source.githubConstantsTs,
    ],
    related: [4000, 4500, 9199],
  },
  {
    port: 9199,
    protocols: ['tcp'],
    name: 'Firebase Storage emulator',
    summary: 'The Firebase CLI\'s local Cloud Storage for Firebase emulator serves its API on this port by default.',
    category: 'development',
    aliases: ['firebase-storage-emulator'],
    status: 'unofficial',
    sources: [
      source.githubConstantsTs,
    ],
    related: [4400, 9299],
  },
  {
    port: 9299,
    protocols: ['tcp'],
    name: 'Firebase Eventarc emulator',
    summary: 'The Firebase CLI runs its local Eventarc emulator, which delivers custom events to functions under test, on this port by default.',
    category: 'development',
    aliases: ['firebase-eventarc-emulator'],
    status: 'unofficial',
    sources: [
      source.githubConstantsTs,
    ],
    related: [4400, 9199, 9399],
  },
  {
    port: 9399,
    protocols: ['tcp'],
    name: 'Firebase Data Connect emulator',
    summary: 'The Firebase CLI\'s local Data Connect emulator (GraphQL over a local Postgres) answers on this port by default.',
    category: 'development',
    aliases: ['firebase-dataconnect-emulator'],
    status: 'unofficial',
    sources: [
      source.githubConstantsTs,
    ],
    related: [4400, 9299],
  },
  {
    port: 7700,
    protocols: ['tcp'],
    name: 'Meilisearch',
    summary: 'The Meilisearch search engine serves its HTTP API on localhost:7700 unless MEILI_HTTP_ADDR or --http-addr says otherwise; IANA lists the number for EM7 Secure Communications.',
    category: 'development',
    aliases: ['meilisearch', 'meili'],
    status: 'unofficial',
    sources: [
      source.githubReferenceMdx,
    ],
    security: [
      {
        note: 'In the development environment Meilisearch does not require a master key, which leaves its API routes unprotected; set a master key before binding it to anything but localhost.',
        sources: [
          source.githubReferenceMdx,
        ],
      },
    ],
    related: [],
  },
  {
    port: 8188,
    protocols: ['tcp'],
    name: 'ComfyUI',
    summary: 'ComfyUI, the node-based interface for running Stable Diffusion and other image and video models locally, serves its web UI and API on 127.0.0.1:8188 unless started with --listen.',
    category: 'development',
    aliases: ['comfyui', 'comfy'],
    status: 'unofficial',
    sources: [
      source.githubCliArgsPy,
    ],
    security: [
      {
        note: 'Running ComfyUI with --listen alone binds it to every IPv4 and IPv6 address, which exposes the workflow API (and any installed custom nodes) to the whole network.',
        sources: [
          source.githubCliArgsPy,
        ],
      },
    ],
    related: [7860, 11434],
  },
  {
    port: 8265,
    protocols: ['tcp'],
    name: 'Ray dashboard and job submission API',
    summary: 'The head node of a Ray cluster (the distributed Python/AI compute framework) serves its dashboard and job-submission REST API on this port, bound to 127.0.0.1 by default.',
    category: 'development',
    aliases: ['ray-dashboard', 'ray'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/ray-project/ray/blob/master/python/ray/_private/ray_constants.py',
        title: 'Ray source: python/ray/_private/ray_constants.py (DEFAULT_DASHBOARD_IP = "127.0.0.1", DEFAULT_DASHBOARD_PORT = 8265)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    related: [6379, 10001],
  },
  {
    port: 35729,
    protocols: ['tcp'],
    name: 'LiveReload',
    summary: 'LiveReload servers (built into many static-site generators, task runners and editor plugins) serve livereload.js and push reload commands to the browser over a WebSocket on this port.',
    category: 'development',
    aliases: ['livereload'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/livereload/livereload-js/blob/master/README.md',
        title: 'livereload-js README: the LiveReload 2 server listens on port 35729 and serves livereload.js and the WebSocket protocol there',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    related: [24678, 5173],
  },
  {
    port: 9499,
    protocols: ['tcp'],
    name: 'Firebase Cloud Tasks emulator',
    summary: 'The Firebase CLI\'s local Cloud Tasks emulator, used to test task-queue functions, takes this port by default and moves to a free one if it is taken.',
    category: 'development',
    aliases: ['firebase-tasks-emulator'],
    status: 'unofficial',
    sources: [
      source.githubConstantsTs,
    ],
    related: [4400, 9299],
  },
  {
    port: 8025,
    protocols: ['tcp'],
    name: 'Mailpit / MailHog web UI (email testing)',
    summary: 'Mailpit and MailHog, the fake mail servers developers use to catch outgoing test email, show the captured messages in a web UI and API on this port, with their SMTP server on 1025; IANA lists the number for the CA Audit Distribution Agent.',
    category: 'development',
    aliases: ['mailpit', 'mailhog'],
    status: 'unofficial',
    sources: [
      source.githubReadmeMd,
      {
        url: 'https://github.com/mailhog/MailHog/blob/master/docs/CONFIG.md',
        title: 'MailHog documentation: Configuration (MH_API_BIND_ADDR default 0.0.0.0:8025)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    security: [
      {
        note: 'Both tools bind the web UI to all interfaces by default, so on a shared or cloud machine anyone who can reach 8025 can read every captured message; narrow the listen address there.',
        sources: [
          source.githubReadmeMd,
        ],
      },
    ],
    related: [1025],
  },
  {
    port: 10350,
    protocols: ['tcp'],
    name: 'Tilt web UI and API',
    summary: 'Tilt, the multi-service development environment started with tilt up, serves its web dashboard on this port by default, and its CLI looks for a running Tilt on localhost:10350.',
    category: 'development',
    aliases: ['tilt'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/tilt-dev/tilt/blob/master/pkg/model/web.go',
        title: 'Tilt source: pkg/model/web.go (DefaultWebPort = 10350)',
        kind: 'project',
        checked: '2026-11-30',
      },
      {
        url: 'https://github.com/tilt-dev/tilt/blob/master/internal/cli/logs.go',
        title: 'Tilt source: internal/cli/logs.go (looks for a running Tilt instance on localhost:10350)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    related: [],
  },
  {
    port: 808,
    protocols: ['tcp'],
    name: 'WCF Net.TCP (net.tcp://)',
    summary: 'Windows Communication Foundation services bound to net.tcp:// addresses without a port number listen on TCP 808, often through the Net.TCP Port Sharing Service so that several processes (and IIS via WAS) can share it.',
    category: 'development',
    aliases: ['net.tcp', 'nettcp', 'wcf', 'nettcpbinding', 'smsvchost'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://learn.microsoft.com/en-us/previous-versions/dotnet/netframework-3.0/ms731810(v=vs.85)',
        title: 'Microsoft Learn: How to configure a WCF service to use port sharing (default TCP port 808)',
        kind: 'vendor',
        checked: '2026-11-30',
      },
      {
        url: 'https://github.com/dotnet/docs/blob/main/docs/framework/wcf/feature-details/how-to-enable-the-net-tcp-port-sharing-service.md',
        title: '.NET documentation: How to enable the Net.TCP Port Sharing Service (disabled by default)',
        kind: 'vendor',
        checked: '2026-11-30',
      },
    ],
  },
  {
    port: 8010,
    protocols: ['tcp'],
    name: 'Buildbot web UI',
    summary: 'The Buildbot continuous-integration master serves its web interface on port 8010 in the sample configuration that new masters start from, and its tutorials send users to localhost:8010.',
    category: 'development',
    aliases: ['buildbot'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://docs.buildbot.net/latest/tutorial/docker.html',
        title: 'Buildbot tutorial: First Buildbot run with Docker (web page at localhost:8010)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
  },
  {
    port: 7496,
    protocols: ['tcp'],
    name: 'Interactive Brokers TWS API (live)',
    summary: 'Interactive Brokers\' Trader Workstation accepts trading-API socket connections on port 7496 for a live account by default (7497 for paper trading; IB Gateway uses 4001 and 4002) while the application is running and logged in.',
    category: 'development',
    aliases: ['tws', 'ib-api', 'interactive-brokers', 'ibkr'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://rdrr.io/cran/IBrokers/man/twsConnect.html',
        title: 'IBrokers (CRAN) documentation: twsConnect (port 7496) and ibgConnect (port 4001)',
        kind: 'secondary',
        checked: '2026-11-30',
      },
      {
        url: 'https://rdrr.io/github/pverspeelt/ibapir/man/ib_connect.html',
        title: 'ibapir documentation: ib_connect (paper 7497, live TWS 7496, IB Gateway 4001 and 4002)',
        kind: 'secondary',
        checked: '2026-11-30',
      },
      {
        url: 'https://interactivebrokers.github.io/tws-api/initial_setup.html',
        title: 'TWS API documentation: Initial Setup (API clients open a socket to a running, logged-in TWS or IB Gateway)',
        kind: 'vendor',
        checked: '2026-11-30',
      },
    ],
  },
  {
    port: 843,
    protocols: ['tcp'],
    name: 'Flash socket policy server',
    summary: 'Adobe Flash Player asked port 843 for a "master" socket policy file before letting a Flash or AIR app open a raw socket to a host, so chat and game servers built for Flash ran a small policy server here.',
    category: 'development',
    aliases: ['flash-policy', 'socket-policy', 'crossdomain'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://help.adobe.com/en_US/as3/dev/WS5b3ccc516d4fbf351e63e3d118a9b90204-7c60.html',
        title: 'Adobe ActionScript 3.0 Developer\'s Guide: Website controls (policy files), socket policy files on port 843',
        kind: 'vendor',
        checked: '2026-11-30',
      },
    ],
  },
  {
    port: 5678,
    protocols: ['tcp'],
    name: 'n8n workflow automation',
    summary: 'A self-hosted n8n instance serves its editor and API over HTTP on port 5678 by default (N8N_PORT), listening on every interface unless N8N_LISTEN_ADDRESS says otherwise.',
    category: 'development',
    aliases: ['n8n'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/n8n-io/n8n-docs',
        title: 'n8n documentation source: Deployment environment variables (N8N_PORT default 5678; N8N_LISTEN_ADDRESS default ::)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
  },
  {
    port: 9944,
    protocols: ['tcp'],
    name: 'Substrate / Polkadot node JSON-RPC',
    summary: 'Nodes built on Substrate, the framework behind Polkadot and its parachains, serve their JSON-RPC API on port 9944 by default, next to peer-to-peer networking on 30333 and Prometheus metrics on 9615; older releases kept WebSocket on 9944 and plain HTTP RPC on 9933.',
    category: 'development',
    aliases: ['substrate', 'polkadot', 'kusama', 'parachain'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://docs.rs/sc-cli/0.47.0/sc_cli/trait.DefaultConfigurationValues.html',
        title: 'sc-cli 0.47 (Substrate) documentation: DefaultConfigurationValues (p2p 30333, JSON-RPC 9944, Prometheus 9615)',
        kind: 'project',
        checked: '2026-11-30',
      },
      {
        url: 'https://docs.rs/sc-cli/0.24.0/sc_cli/trait.DefaultConfigurationValues.html',
        title: 'sc-cli 0.24 (Substrate) documentation: DefaultConfigurationValues (WebSocket RPC 9944, HTTP RPC 9933)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
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
    port: 60022,
    protocols: ['tcp'],
    name: 'Taskcluster livelog (log upload)',
    summary: 'The livelog server from Mozilla\'s Taskcluster CI takes a running task\'s log over HTTP PUT on this port by default; LIVELOG_PUT_PORT changes it.',
    category: 'development',
    aliases: ['livelog-put'],
    status: 'unofficial',
    sources: [
      source.githubMainGo,
      source.githubReadmeMd3,
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
      source.githubMainGo,
      source.githubReadmeMd3,
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
      source.githubConfigToml,
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
      source.githubConfigToml,
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
      source.githubConfigToml,
    ],
    related: [54321],
  },
  {
    port: 54327,
    protocols: ['tcp'],
    name: 'Supabase local analytics',
    summary: 'The Supabase CLI\'s local development stack runs its analytics and log service on this port, beside the API on 54321 and Studio on 54323.',
    category: 'development',
    aliases: ['supabase-analytics'],
    status: 'unofficial',
    sources: [
      source.githubConfigToml,
    ],
    related: [54321, 54323],
  },
  {
    port: 54329,
    protocols: ['tcp'],
    name: 'Supabase local connection pooler',
    summary: 'When the connection pooler of the Supabase CLI\'s local stack is enabled (it is off by default), clients reach Postgres through it on this port.',
    category: 'development',
    aliases: ['supabase-pooler'],
    status: 'unofficial',
    sources: [
      source.githubConfigToml,
    ],
    related: [54322],
  },
  {
    port: 54320,
    protocols: ['tcp'],
    name: 'Supabase shadow database (db diff)',
    summary: 'The Supabase CLI initialises a shadow Postgres database on this port when it runs the db diff command.',
    category: 'development',
    aliases: ['supabase-shadow-db'],
    status: 'unofficial',
    sources: [
      source.githubConfigToml,
    ],
    related: [54322],
  },
  {
    port: 10010,
    protocols: ['tcp'],
    name: 'ooRexx rxapi daemon',
    summary: 'The rxapi background process of Open Object Rexx (ooRexx 4.x) kept the shared Rexx queues, macro space and registered external functions, and interpreters reached it over TCP 10010; from 2008 it bound to 127.0.0.1 only, and current ooRexx reaches it through a Unix-domain socket or a Windows named pipe instead.',
    category: 'development',
    aliases: ['rxapi', 'oorexx', 'rexx'],
    status: 'official',
    sources: [
      {
        url: 'https://github.com/ooRexx/ooRexx/blob/0c1dd8e83793e66b1409ce9a85de94e8d9f8cfcb/rexxapi/common/ServiceMessage.hpp',
        title: 'ooRexx source before the 2018 rxapi rework: rexxapi/common/ServiceMessage.hpp (REXX_API_PORT 10010, "assigned by IANA for the use of ooRexx")',
        kind: 'project',
        checked: '2026-11-30',
      },
      {
        url: 'https://github.com/ooRexx/ooRexx/blob/0c1dd8e83793e66b1409ce9a85de94e8d9f8cfcb/rexxapi/common/platform/unix/SysCSStream.cpp',
        title: 'ooRexx source before the 2018 rxapi rework: SysCSStream.cpp (server socket bound to 127.0.0.1 so only the local machine can connect)',
        kind: 'project',
        checked: '2026-11-30',
      },
      {
        url: 'https://github.com/ooRexx/ooRexx/blob/master/rexxapi/common/platform/unix/SysCSStream.cpp',
        title: 'ooRexx source today: rexxapi/common/platform/unix/SysCSStream.cpp (AF_UNIX stream sockets)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    unofficialUses: [
      {
        user: 'containerd CRI streaming server',
        description: 'Early releases of containerd\'s CRI plugin served the streaming endpoint behind kubectl exec, attach and port-forward on TCP 10010 on every address; since July 2018 the upstream default is a random port on 127.0.0.1, but K3s still uses 10010 on the loopback interface for containerd and cri-dockerd exec and log streaming.',
        protocols: ['tcp'],
        sources: [
          {
            url: 'https://github.com/containerd/cri/blob/42a98de2526653b92f6312fadb96c067502d5897/docs/config.md',
            title: 'containerd CRI plugin config guide before July 2018 (stream_server_address "", stream_server_port "10010")',
            kind: 'project',
            checked: '2026-11-30',
          },
          {
            url: 'https://github.com/containerd/cri/commit/b3d6f16383f886a5efabea45d5ae037b86cb3806',
            title: 'containerd/cri commit b3d6f16: Serve streaming on localhost by default to match k8s 1.11 default (port 10010 becomes 0)',
            kind: 'project',
            checked: '2026-11-30',
          },
          {
            url: 'https://github.com/containerd/cri/blob/42a98de2526653b92f6312fadb96c067502d5897/pkg/server/streaming.go',
            title: 'containerd CRI plugin source: pkg/server/streaming.go (streaming runtime for Exec, Attach and PortForward)',
            kind: 'project',
            checked: '2026-11-30',
          },
          source.k3sRequirements,
        ],
      },
    ],
    related: [],
  },
  {
    port: 7999,
    protocols: ['tcp'],
    name: 'Bitbucket Server / Data Center SSH (Git over SSH)',
    summary: 'Atlassian\'s self-hosted Bitbucket Server and Bitbucket Data Center serve Git over SSH on TCP 7999 by default; the port stays closed if SSH access has been turned off in Bitbucket.',
    category: 'development',
    aliases: ['bitbucket-ssh', 'bitbucket-server-ssh', 'stash-ssh'],
    status: 'unofficial',
    sources: [
      source.atlassianBitbucketServerPorts,
    ],
    related: [7990, 22],
  },
  {
    port: 7990,
    protocols: ['tcp'],
    name: 'Bitbucket Server / Data Center web interface',
    summary: 'Bitbucket Server and Bitbucket Data Center, Atlassian\'s self-hosted Git service, serve their web interface over HTTP on TCP 7990 unless configured otherwise; Git over SSH uses 7999.',
    category: 'development',
    aliases: ['bitbucket-server', 'bitbucket-data-center', 'stash'],
    status: 'unofficial',
    sources: [
      source.atlassianBitbucketServerPorts,
    ],
    related: [7999, 5701],
  },
  {
    port: 8085,
    protocols: ['tcp'],
    name: 'Atlassian Bamboo server web interface',
    summary: 'Atlassian Bamboo, the continuous-integration server, serves its web interface on TCP 8085 by default: the early standalone releases set jetty.port to 8085, and the service-wrapper configuration of later installs passes 8085 as the web server port.',
    category: 'development',
    aliases: ['bamboo', 'atlassian-bamboo'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://confluence.atlassian.com/x/FxFMG',
        title: 'Bamboo documentation (earlier version): binding Bamboo Standalone to one IP address, jetty.xml with jetty.port default 8085',
        kind: 'vendor',
        checked: '2026-11-30',
      },
      {
        url: 'https://pastebin.com/jiTVGxkm',
        title: 'Bamboo service wrapper.conf shared on Pastebin (2012): "The Bamboo port number - this is the port number the Bamboo web server listens on", 8085',
        kind: 'secondary',
        checked: '2026-11-30',
      },
    ],
    unofficialUses: [
      {
        user: 'Argo CD CLI single sign-on callback',
        description: 'Running argocd login --sso starts a short-lived OAuth2 login callback server on localhost port 8085 (--sso-port).',
        protocols: ['tcp'],
        sources: [
          {
            url: 'https://github.com/argoproj/argo-cd/blob/master/docs/user-guide/commands/argocd_login.md',
            title: 'Argo CD documentation: argocd login (--sso-port, default 8085)',
            kind: 'project',
            checked: '2026-11-30',
          },
        ],
      },
      {
        user: 'Velero server metrics',
        description: 'The Velero backup server for Kubernetes exposes Prometheus metrics on :8085 by default (--metrics-address).',
        protocols: ['tcp'],
        sources: [
          {
            url: 'https://github.com/vmware-tanzu/velero/blob/main/site/content/docs/main/troubleshooting.md',
            title: 'Velero documentation: Troubleshooting (the metrics server listens on 8085 by default)',
            kind: 'project',
            checked: '2026-11-30',
          },
        ],
      },
    ],
    related: [8080, 7990],
  },
  {
    port: 222,
    protocols: ['tcp'],
    name: 'Gitea (Docker) Git over SSH',
    summary: 'The docker-compose file in Gitea\'s Docker installation guide maps the container\'s built-in OpenSSH daemon, used for Git over SSH, to host port 222 and the web interface to 3000; self-hosted Gitea servers set up from that guide answer SSH on 222. IANA lists 222 as rsh-spx, Berkeley rshd with SPX authentication.',
    category: 'development',
    aliases: ['gitea-ssh'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/go-gitea/docs/blob/553a5f0a43999b1355c7c08fe8c8729ae2bac9c8/content/doc/installation/with-docker.en-us.md',
        title: 'Gitea documentation: Installation with Docker (docker-compose maps host ports 3000:3000 and 222:22)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    related: [22, 3000],
  },
];
