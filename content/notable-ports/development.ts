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
        user: 'json-server',
        description: 'json-server, which turns a JSON file into a fake REST API, starts at http://localhost:3000.',
        protocols: ['tcp'],
        sources: [
          {
            url: 'https://github.com/typicode/json-server/blob/main/README.md',
            title: 'json-server README (starts the server at http://localhost:3000)',
            kind: 'project',
            checked: '2026-11-30',
          },
        ],
      },
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
      {
        user: 'AdGuard Home setup wizard',
        description: 'On its first start, before any configuration exists, AdGuard Home opens its web server on port 3000 and sends visitors to the installation wizard.',
        protocols: ['tcp'],
        sources: [
          { url: 'https://github.com/AdguardTeam/AdGuardHome/blob/master/AGHTechDoc.md', title: 'AdGuard Home technical document: first startup (web server on port 3000 with the installation wizard)', kind: 'project', checked: '2026-11-30' },
        ],
      },
      {
        user: 'Rocket.Chat',
        description: 'Rocket.Chat, the self-hosted team chat server, is set up to listen on port 3000 in its own deployment guides, usually behind a reverse proxy.',
        protocols: ['tcp'],
        sources: [
          { url: 'https://github.com/RocketChat/docs/blob/main/deploy/deploy-rocket.chat/additional-deployment-methods/deploy-on-debian.md', title: 'Rocket.Chat documentation source: Deploy on Debian (PORT=3000, ROOT_URL http://localhost:3000)', kind: 'vendor', checked: '2026-11-30' },
        ],
      },
      {
        user: 'Wiki.js',
        description: 'Wiki.js, a Node.js wiki, is usually configured to listen on port 3000 when a reverse proxy sits in front of it, or on 80 when it faces users directly.',
        protocols: ['tcp'],
        sources: [
          { url: 'https://github.com/requarks/wiki-docs/blob/master/install/config.md', title: 'Wiki.js documentation source: Configuration (port 3000 when behind a reverse proxy)', kind: 'project', checked: '2026-11-30' },
        ],
      },
      {
        user: 'Gitea',
        description: 'Gitea, the self-hosted Git forge, serves its web interface on port 3000 in the project\'s Docker setup, with the container\'s SSH server published on another port.',
        protocols: ['tcp'],
        sources: [
          { url: 'https://github.com/go-gitea/docs/blob/master/content/doc/installation/with-docker.en-us.md', title: 'Gitea documentation source: Installation with Docker (ports 3000:3000 and 222:22)', kind: 'project', checked: '2026-11-30' },
        ],
      },
      {
        user: 'Outline wiki',
        description: 'Outline, a team knowledge base and wiki, exposes its server on port 3000 in its sample configuration.',
        protocols: ['tcp'],
        sources: [
          { url: 'https://github.com/outline/outline/blob/main/.env.sample', title: 'Outline source: .env.sample (PORT=3000)', kind: 'project', checked: '2026-11-30' },
        ],
      },
      {
        user: 'Umami analytics',
        description: 'Umami, a self-hosted web analytics tool, launches on port 3000 by default, usually behind a reverse proxy.',
        protocols: ['tcp'],
        sources: [
          { url: 'https://github.com/umami-software/umami/blob/master/README.md', title: 'Umami README (launches on http://localhost:3000 by default)', kind: 'project', checked: '2026-11-30' },
        ],
      },
      {
        user: 'MDaemon WorldClient webmail',
        description: 'In a default MDaemon configuration, its WorldClient webmail (also carrying ActiveSync and WebDAV) answers over HTTP on port 3000.',
        protocols: ['tcp'],
        sources: [
          { url: 'https://www.everything-mdaemon.com/page/3', title: 'Everything MDaemon (blog): Port numbers (WorldClient on 3000, WebAdmin on 1000 in a default configuration)', kind: 'secondary', checked: '2026-11-30' },
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
      {
        user: 'Asterisk UNISTIM phones',
        description: 'Asterisk\'s chan_unistim driver, for Nortel/Avaya UNISTIM IP phones, listens on UDP 5000 in its sample configuration.',
        protocols: ['udp'],
        sources: [
          {
            url: 'https://github.com/asterisk/asterisk/blob/master/configs/samples/unistim.conf.sample',
            title: 'Asterisk sample configuration: unistim.conf.sample (port=5000, UDP)',
            kind: 'project',
            checked: '2026-11-30',
          },
        ],
      },
      {
        user: 'text-generation-webui API',
        description: 'text-generation-webui started with --api serves its OpenAI- and Anthropic-compatible API on port 5000 by default (local only unless --listen is given).',
        protocols: ['tcp'],
        sources: [
          {
            url: 'https://github.com/oobabooga/text-generation-webui/blob/main/docs/12%20-%20OpenAI%20API.md',
            title: 'text-generation-webui documentation: OpenAI/Anthropic-compatible API (port 5000 by default)',
            kind: 'project',
            checked: '2026-11-30',
          },
        ],
      },
      {
        user: 'ASP.NET Core (Kestrel)',
        description: 'An ASP.NET Core app whose Kestrel web server has no endpoint configured binds to http://localhost:5000; new project templates instead pick a random HTTP port between 5000 and 5300.',
        protocols: ['tcp'],
        sources: [
          {
            url: 'https://learn.microsoft.com/aspnet/core/fundamentals/servers/kestrel/endpoints',
            title: 'Microsoft Learn: Configure endpoints for the ASP.NET Core Kestrel web server (no endpoint configuration: http://localhost:5000)',
            kind: 'vendor',
            checked: '2026-11-30',
          },
        ],
      },
      {
        user: 'Firebase Hosting emulator',
        description: 'The Firebase CLI\'s local emulators serve Hosting content on 5000 by default.',
        protocols: ['tcp'],
        sources: [
          source.githubConstantsTs,
        ],
      },
      {
        user: 'MLflow tracking server',
        description: 'The MLflow tracking server (mlflow server) listens on 127.0.0.1:5000 by default, the defaults that the mlflow R package\'s wrapper for it documents.',
        protocols: ['tcp'],
        sources: [
          {
            url: 'https://search.r-project.org/CRAN/refmans/mlflow/html/mlflow_server.html',
            title: 'mlflow R package reference: mlflow_server, a wrapper for mlflow server (host 127.0.0.1, port 5000 by default)',
            kind: 'project',
            checked: '2026-11-30',
          },
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
      {
        user: 'Icecast streaming server',
        description: 'Icecast, the audio streaming server, listens on port 8000 when a listen-socket gives no port, so source clients and listeners connect here by default.',
        protocols: ['tcp'],
        sources: [
          {
            url: 'https://wiki.xiph.org/Icecast_Server/Listen_Sockets',
            title: 'Xiph.org wiki: Icecast Server/Listen Sockets (port, default 8000)',
            kind: 'project',
            checked: '2026-11-30',
          },
        ],
      },
      {
        user: 'MediaMTX RTSP over UDP (RTP)',
        description: 'MediaMTX receives and sends RTP for RTSP sessions that use UDP transport on UDP 8000 by default.',
        protocols: ['udp'],
        sources: [
          source.githubMediamtxYml,
        ],
      },
      {
        user: 'vLLM OpenAI-compatible server',
        description: 'vllm serve starts vLLM\'s OpenAI-compatible HTTP API, which clients reach at http://localhost:8000/v1 in vLLM\'s own examples.',
        protocols: ['tcp'],
        sources: [
          {
            url: 'https://docs.vllm.ai/en/v0.8.1/serving/openai_compatible_server.html',
            title: 'vLLM documentation: OpenAI-Compatible Server (clients use http://localhost:8000/v1)',
            kind: 'project',
            checked: '2026-11-30',
          },
        ],
      },
      {
        user: 'NVIDIA Triton Inference Server (HTTP)',
        description: 'Triton Inference Server starts its HTTP/REST inference service on 0.0.0.0:8000, with gRPC on 8001 and metrics on 8002.',
        protocols: ['tcp'],
        sources: [
          source.devTritonQuickstart,
        ],
      },
      {
        user: 'Uvicorn (ASGI server for FastAPI and others)',
        description: 'Uvicorn, the Python ASGI server, binds to 127.0.0.1:8000 unless --host and --port are given.',
        protocols: ['tcp'],
        sources: [
          {
            url: 'https://github.com/encode/uvicorn/blob/master/docs/settings.md',
            title: 'Uvicorn documentation: Settings (--host default 127.0.0.1, --port default 8000)',
            kind: 'project',
            checked: '2026-11-30',
          },
        ],
      },
      {
        user: 'Gunicorn',
        description: 'Gunicorn, the Python WSGI HTTP server, binds to 127.0.0.1:8000 when no --bind address is given.',
        protocols: ['tcp'],
        sources: [
          {
            url: 'https://github.com/benoitc/gunicorn/blob/master/docs/content/reference/settings.md',
            title: 'Gunicorn documentation: Settings (bind default 127.0.0.1:8000)',
            kind: 'project',
            checked: '2026-11-30',
          },
        ],
      },
      {
        user: 'MkDocs dev server',
        description: 'mkdocs serve previews a documentation site at 127.0.0.1:8000 by default (the dev_addr setting).',
        protocols: ['tcp'],
        sources: [
          {
            url: 'https://github.com/mkdocs/mkdocs/blob/master/docs/user-guide/configuration.md',
            title: 'MkDocs documentation: Configuration (dev_addr default 127.0.0.1:8000)',
            kind: 'project',
            checked: '2026-11-30',
          },
        ],
      },
      {
        user: 'Deno (deno serve and Deno.serve)',
        description: 'deno serve and the Deno.serve() API listen on port 8000 unless a port is given.',
        protocols: ['tcp'],
        sources: [
          {
            url: 'https://github.com/denoland/docs/blob/main/runtime/reference/cli/serve.md',
            title: 'Deno documentation: deno serve (listens on port 8000 by default)',
            kind: 'project',
            checked: '2026-11-30',
          },
        ],
      },
      {
        user: 'JupyterHub',
        description: 'JupyterHub, the multi-user Jupyter server, is reachable through its proxy on port 8000 on all network interfaces by default.',
        protocols: ['tcp'],
        sources: [
          {
            url: 'https://github.com/jupyterhub/jupyterhub/blob/main/docs/source/tutorial/getting-started/networking-basics.md',
            title: 'JupyterHub documentation: Networking basics (available on all interfaces on port 8000 by default)',
            kind: 'project',
            checked: '2026-11-30',
          },
        ],
      },
      {
        user: 'Laravel development server',
        description: 'Laravel\'s local development server, started with composer run dev, makes a new application available at http://localhost:8000.',
        protocols: ['tcp'],
        sources: [
          {
            url: 'https://github.com/laravel/docs/blob/13.x/installation.md',
            title: 'Laravel documentation: Installation (application at http://localhost:8000)',
            kind: 'project',
            checked: '2026-11-30',
          },
        ],
      },
      {
        user: 'Portainer Edge tunnel server',
        description: 'A Portainer server started with the documented Docker command also publishes TCP 8000, a tunnel server that Edge Agents on remote hosts connect back to; it is only needed for Edge features.',
        protocols: ['tcp'],
        sources: [
          source.portainerDockerLinux,
        ],
      },
      {
        user: 'Paperless-ngx',
        description: 'Paperless-ngx, a self-hosted document archive that scans and indexes paperwork, runs its web server on port 8000 inside its container unless PAPERLESS_PORT says otherwise.',
        protocols: ['tcp'],
        sources: [
          { url: 'https://github.com/paperless-ngx/paperless-ngx/blob/dev/docs/configuration.md', title: 'Paperless-ngx documentation source: Configuration (PAPERLESS_PORT defaults to 8000)', kind: 'project', checked: '2026-11-30' },
        ],
      },
      {
        user: 'Woodpecker CI server',
        description: 'The Woodpecker CI server serves its web interface and API on port 8000 by default.',
        protocols: ['tcp'],
        sources: [
          source.githubWoodpeckerDockerCompose,
        ],
      },
      {
        user: 'Seafile Seahub',
        description: 'Seahub, the Django web interface of the Seafile file-sync server, runs on port 8000 behind a web proxy.',
        protocols: ['tcp'],
        sources: [
          source.githubSeafileHttpsWithNginx,
        ],
      },
      {
        user: 'Coolify dashboard',
        description: 'A self-hosted Coolify, the open-source platform for deploying apps and databases to your own servers, serves its dashboard over HTTP on port 8000, which can be closed once Coolify is reached through a domain and its own proxy.',
        protocols: ['tcp'],
        sources: [
          source.githubCoolifyFirewall,
          { url: 'https://github.com/coollabsio/coolify-docs/blob/v4.x/docs/get-started/introduction.md', title: 'Coolify documentation source: Introduction (run applications, databases and services on your own server)', kind: 'project', checked: '2026-11-30' },
        ],
      },
      {
        user: 'Ajenti server admin panel',
        description: 'Ajenti, a web-based Linux server administration panel, binds to 0.0.0.0 on port 8000 in its default configuration.',
        protocols: ['tcp'],
        sources: [
          { url: 'https://github.com/ajenti/ajenti/blob/master/docs/source/man/config.rst', title: 'Ajenti documentation source: configuration (bind host 0.0.0.0, port 8000)', kind: 'project', checked: '2026-11-30' },
        ],
      },
      {
        user: 'Plausible Analytics (Community Edition)',
        description: 'The self-hosted edition of Plausible, a privacy-focused web analytics tool, binds its web server to port 8000 by default; its compose file publishes it on 127.0.0.1 only, for a reverse proxy.',
        protocols: ['tcp'],
        sources: [
          { url: 'https://github.com/plausible/community-edition/blob/v2.0.0/README.md', title: 'Plausible Community Edition README (PORT default 8000; compose publishes 127.0.0.1:8000)', kind: 'project', checked: '2026-11-30' },
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
    unofficialUses: [
      {
        user: 'Prefect server',
        description: 'A self-hosted Prefect server, the workflow-orchestration API and UI, serves on port 4200 by default (PREFECT_SERVER_API_PORT).',
        protocols: ['tcp'],
        sources: [
          {
            url: 'https://github.com/PrefectHQ/prefect/blob/main/docs/v3/api-ref/settings-ref.mdx',
            title: 'Prefect documentation: Settings reference (PREFECT_SERVER_API_PORT, default 4200)',
            kind: 'project',
            checked: '2026-11-30',
          },
        ],
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
      {
        user: 'mongo-express',
        description: 'mongo-express, the web admin interface for MongoDB, serves on port 8081 by default and the Docker examples publish it there.',
        protocols: ['tcp'],
        sources: [
          source.devMongoExpressReadme,
        ],
      },
      {
        user: 'TorchServe management API',
        description: 'TorchServe serves its model-management API on 127.0.0.1:8081 by default, beside inference on 8080 and metrics on 8082.',
        protocols: ['tcp'],
        sources: [
          source.devTorchserveConfiguration,
        ],
      },
      {
        user: 'Livebook iframe server',
        description: 'Livebook serves the iframes that hold notebook outputs from port 8081 by default when it runs without TLS (LIVEBOOK_IFRAME_PORT).',
        protocols: ['tcp'],
        sources: [
          source.devLivebookReadme,
        ],
      },
      {
        user: 'JFrog Artifactory',
        description: 'JFrog Artifactory, a binary and package repository manager, has its Artifactory service on HTTP 8081, one of the two ports it exposes outside the host.',
        protocols: ['tcp'],
        sources: [
          source.jfrogArtifactoryNetworkPorts,
        ],
      },
    ],
    security: [
      {
        note: 'mongo-express\'s default config.js sets the basic-auth login to admin:pass, which its README calls obviously unsafe; change it, or keep the UI unreachable from other machines.',
        sources: [
          source.devMongoExpressReadme,
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
      {
        user: 'Prysm validator gRPC',
        description: 'Prysm validator clients connect to their beacon node over gRPC on TCP 4000; Prysm advises opening it only when the validator runs on another machine.',
        protocols: ['tcp'],
        sources: [
          source.prysmPortsAndFirewalls,
        ],
      },
      {
        user: 'Firebase Emulator Suite UI',
        description: 'firebase emulators:start serves the Emulator Suite\'s web UI on 4000 by default.',
        protocols: ['tcp'],
        sources: [
          source.githubConstantsTs,
        ],
      },
      {
        user: 'LiteLLM proxy',
        description: 'The LiteLLM proxy, an OpenAI-compatible gateway in front of many LLM providers, reports itself running on http://0.0.0.0:4000 when started with litellm --model.',
        protocols: ['tcp'],
        sources: [
          {
            url: 'https://docs.litellm.ai/docs/simple_proxy_old_doc',
            title: 'LiteLLM documentation: LiteLLM Proxy Server quick start (Proxy running on http://0.0.0.0:4000)',
            kind: 'project',
            checked: '2026-11-30',
          },
        ],
      },
      {
        user: 'Hexo',
        description: 'hexo server previews a Hexo blog at http://localhost:4000 by default.',
        protocols: ['tcp'],
        sources: [
          {
            url: 'https://github.com/hexojs/site/blob/master/source/docs/server.md',
            title: 'Hexo documentation: Server (website at http://localhost:4000 by default)',
            kind: 'project',
            checked: '2026-11-30',
          },
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
      {
        user: 'MediaMTX HLS server',
        description: 'MediaMTX serves its HLS streams and player page over HTTP on TCP 8888 by default.',
        protocols: ['tcp'],
        sources: [
          source.githubMediamtxYml,
        ],
      },
      {
        user: 'Satisfactory dedicated server messaging',
        description: 'Satisfactory dedicated servers use TCP 8888 as their reliable-messaging port, which has to be forwarded together with 7777.',
        protocols: ['tcp'],
        sources: [
          source.wolveixSatisfactoryReadme,
        ],
      },
      {
        user: 'aaPanel control panel',
        description: 'aaPanel, a free web-hosting control panel, puts its control panel on 8888 by default, with phpMyAdmin on 888.',
        protocols: ['tcp'],
        sources: [
          source.githubAapanelReadme,
          { url: 'https://github.com/aaPanel/aaPanel/blob/master/script/install.sh', title: 'aaPanel source: script/install.sh (writes panel port 8888, web panel at http://SERVER_IP:8888)', kind: 'project', checked: '2026-11-30' },
        ],
      },
      {
        user: 'WordPress wp-env development site',
        description: 'wp-env, the Docker-based local WordPress environment used for plugin and theme work, serves its development site at http://localhost:8888.',
        protocols: ['tcp'],
        sources: [
          { url: 'https://developer.wordpress.org/block-editor/reference-guide/packages/packages-env/', title: 'WordPress Developer Resources: @wordpress/env (wp-env; local environment at http://localhost:8888)', kind: 'project', checked: '2026-11-30' },
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
    unofficialUses: [
      {
        user: 'Godot editor debug adapter (DAP)',
        description: 'A running Godot editor accepts Debug Adapter Protocol connections from external editors on 6006 by default, next to its language server on 6005.',
        protocols: ['tcp'],
        sources: [
          source.godotDocsPullFiles,
        ],
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
    unofficialUses: [
      {
        user: 'Dask dashboard',
        description: 'The Dask scheduler serves its diagnostics dashboard on :8787 by default, next to the scheduler itself on 8786.',
        protocols: ['tcp'],
        sources: [
          source.devDaskSchedulerCli,
        ],
      },
      {
        user: 'Cloudflare Wrangler (wrangler dev)',
        description: 'Cloudflare\'s Wrangler CLI serves the Worker under development at localhost:8787 by default, trying the next ten ports when 8787 is taken, and puts the DevTools inspector on 127.0.0.1:9229.',
        protocols: ['tcp'],
        sources: [
          source.wranglerConstants,
          {
            url: 'https://github.com/cloudflare/workers-sdk/blob/main/packages/wrangler/src/api/startDevWorker/ConfigController.ts',
            title: 'Cloudflare workers-sdk source: ConfigController.ts (local port from DEFAULT_LOCAL_PORT on "localhost", inspector on 127.0.0.1)',
            kind: 'project',
            checked: '2026-11-30',
          },
          {
            url: 'https://github.com/cloudflare/workers-sdk/blob/main/packages/wrangler/src/utils/memoizeGetPort.ts',
            title: 'Cloudflare workers-sdk source: memoizeGetPort.ts (probes ten consecutive ports from the default before a random one, none in CI)',
            kind: 'project',
            checked: '2026-11-30',
          },
        ],
      },
    ],
    related: [8888, 8788],
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
      {
        user: 'HAProxy Data Plane API',
        description: 'The HAProxy Data Plane API, a REST service that edits and reloads an HAProxy configuration, is run on port 5555 in its own examples and configuration samples.',
        protocols: ['tcp'],
        sources: [
          { url: 'https://github.com/haproxytech/dataplaneapi/blob/master/README.md', title: 'HAProxy Data Plane API README (started with --port 5555; API at http://127.0.0.1:5555/v2/)', kind: 'project', checked: '2026-11-30' },
        ],
      },
      {
        user: 'Prisma Studio',
        description: 'Prisma\'s documentation gives 5555 as the default port of `prisma studio`, the browser-based editor for a Prisma project\'s database; the Prisma CLI source of release 7.10.0 starts Studio on 51212 instead, so which port appears depends on the Prisma version.',
        protocols: ['tcp'],
        sources: [
          source.prismaDocsCliStudio,
          source.prismaOrmStudioTs,
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
    unofficialUses: [
      {
        user: 'text-generation-webui',
        description: 'oobabooga\'s text-generation-webui, a web UI for running local language models, opens its interface at http://127.0.0.1:7860.',
        protocols: ['tcp'],
        sources: [
          {
            url: 'https://github.com/oobabooga/text-generation-webui/blob/main/README.md',
            title: 'text-generation-webui README (open http://127.0.0.1:7860 after installation)',
            kind: 'project',
            checked: '2026-11-30',
          },
        ],
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
      {
        user: 'TensorFlow Serving (REST)',
        description: 'The TensorFlow Serving Docker image exposes the model server\'s REST API on port 8501, e.g. POST /v1/models/<name>:predict.',
        protocols: ['tcp'],
        sources: [
          source.devTfServingDocker,
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
      {
        user: 'IPFS Kubo RPC API',
        description: 'Kubo (go-ipfs) serves its admin RPC API, which the ipfs command and the web UI use, on 127.0.0.1:5001 by default.',
        protocols: ['tcp'],
        sources: [
          source.kuboConfigMd,
        ],
      },
      {
        user: 'KoboldCpp',
        description: 'KoboldCpp, a one-file runner for GGUF language models, serves its web UI and its KoboldAI- and OpenAI-compatible APIs at http://localhost:5001 by default.',
        protocols: ['tcp'],
        sources: [
          {
            url: 'https://github.com/LostRuins/koboldcpp/blob/concedo/README.md',
            title: 'KoboldCpp README (by default, connect to http://localhost:5001)',
            kind: 'project',
            checked: '2026-11-30',
          },
        ],
      },
      {
        user: 'Firebase Functions emulator',
        description: 'The Firebase Functions emulator (which also runs the Extensions emulator) listens on 5001 by default.',
        protocols: ['tcp'],
        sources: [
          source.githubConstantsTs,
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
    unofficialUses: [
      {
        user: 'Veeam Backup Enterprise Manager REST API',
        description: 'Veeam Backup Enterprise Manager answers its RESTful API over plain HTTP on port 9399 by default, with HTTPS on 9398.',
        protocols: ['tcp'],
        sources: [
          source.veeamEnterpriseManagerRestAccess,
        ],
      },
    ],
    related: [4400, 9299, 9398],
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
      source.mailhogConfig,
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
    unofficialUses: [
      {
        user: 'debugpy (Python debugger)',
        description: 'debugpy, the Python debug adapter, is started with --listen 5678 in every example of its README, and waits there for a debugger client to attach.',
        protocols: ['tcp'],
        sources: [
          source.devDebugpyReadme,
        ],
      },
    ],
    security: [
      {
        note: 'debugpy listens on 127.0.0.1 unless given an address; its README warns that listening on 0.0.0.0 lets anyone who can connect run arbitrary code in the debugged process, so do that only on a secure network.',
        sources: [
          source.devDebugpyReadme,
        ],
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
    unofficialUses: [
      {
        user: 'ALVR',
        description: 'ALVR, which streams SteamVR games from a PC to a standalone VR headset over Wi-Fi, uses 9944 together with 9943, over both TCP and UDP.',
        protocols: ['tcp', 'udp'],
        sources: [
          source.firewalldServicesAlvrXml,
        ],
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
    unofficialUses: [
      {
        user: 'Citrix Provisioning SOAP service',
        description: 'Citrix Provisioning servers run a SOAP service on TCP 54321 to 54323 that the console, the MCLI and PowerShell APIs and the imaging wizards connect to.',
        protocols: ['tcp'],
        sources: [
          source.citrixTechZoneCommunicationPorts,
        ],
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
    port: 4321,
    protocols: ['tcp'],
    name: 'Astro dev and preview server',
    summary: 'The Astro web framework serves a project on this port for both astro dev and astro preview unless --port says otherwise; IANA lists the number for Remote Who Is.',
    category: 'development',
    aliases: ['astro', 'astro-dev'],
    status: 'unofficial',
    sources: [
      source.docsCliReference,
    ],
    security: [
      {
        note: 'Both servers listen on localhost only until --host is passed; Astro\'s documentation says not to use --host to expose them in production, because they are built for local development.',
        sources: [
          source.docsCliReference,
        ],
      },
    ],
    related: [5173, 4173],
  },
  {
    port: 1025,
    protocols: ['tcp'],
    name: 'Mailpit / MailHog SMTP (email testing)',
    summary: 'Mailpit and MailHog, the fake mail servers developers point their apps at during testing, accept SMTP on this port and show what they catch in a web UI on 8025.',
    category: 'development',
    aliases: ['mailpit-smtp', 'mailhog-smtp'],
    status: 'unofficial',
    sources: [
      source.githubReadmeMd,
      source.mailhogConfig,
    ],
    unofficialUses: [
      {
        user: 'MailCatcher SMTP',
        description: 'MailCatcher accepts the mail an app sends at smtp://127.0.0.1:1025 and shows it in its web interface on 1080.',
        protocols: ['tcp'],
        sources: [
          source.devMailcatcherReadme,
        ],
      },
    ],
    security: [
      {
        note: 'Both tools bind SMTP to every interface by default (Mailpit [::]:1025, MailHog 0.0.0.0:1025), so on a shared host anyone who can reach the port can drop mail into the inbox.',
        sources: [
          source.githubReadmeMd,
          source.mailhogConfig,
        ],
      },
    ],
    related: [8025, 25],
  },
  {
    port: 1234,
    protocols: ['tcp'],
    name: 'LM Studio local server and Parcel dev server',
    summary: 'LM Studio\'s local LLM server, with its OpenAI- and Anthropic-compatible endpoints, listens on this port once started, and the Parcel bundler\'s dev server uses it by default; IANA lists the number for the Infoseek Search Agent.',
    category: 'development',
    aliases: ['lm-studio', 'lmstudio', 'llmster', 'parcel'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/lmstudio-ai/docs/blob/main/0_app/1_basics/lmstudio-vs-llmster-vs-lms.md',
        title: 'LM Studio docs: LM Studio vs llmster vs lms (server listens on http://localhost:1234)',
        kind: 'project',
        checked: '2026-11-30',
      },
      {
        url: 'https://github.com/parcel-bundler/website/blob/v2/src/features/development.md',
        title: 'Parcel documentation: Development (dev server starts at http://localhost:1234)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    security: [
      {
        note: 'LM Studio binds to localhost unless "Serve on Local Network" is switched on, which moves the API onto the machine\'s LAN address where other devices can use the loaded models.',
        sources: [
          {
            url: 'https://github.com/lmstudio-ai/docs/blob/main/1_developer/0_core/0_server/serve-on-network.md',
            title: 'LM Studio docs: Serve on Local Network',
            kind: 'project',
            checked: '2026-11-30',
          },
        ],
      },
    ],
    related: [11434, 8080],
  },
  {
    port: 2345,
    protocols: ['tcp'],
    name: 'Delve (Go debugger) headless server',
    summary: 'The VS Code Go extension connects to a headless Delve debug server (dlv --headless or dlv dap) on this port unless told otherwise, and its documentation starts dlv with --listen=:2345; Delve itself picks a random port when --listen is left out.',
    category: 'development',
    aliases: ['delve', 'dlv', 'go-debugger'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/golang/vscode-go/blob/master/docs/debugging.md',
        title: 'VS Code Go documentation: Debugging (launch.json port, default 2345)',
        kind: 'project',
        checked: '2026-11-30',
      },
      {
        url: 'https://github.com/go-delve/delve/blob/master/Documentation/api/ClientHowto.md',
        title: 'Delve documentation: How to write a Delve client (--listen, random port by default)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    related: [9229, 5678],
  },
  {
    port: 6274,
    protocols: ['tcp'],
    name: 'MCP Inspector web UI',
    summary: 'The MCP Inspector, the Model Context Protocol project\'s tool for testing MCP servers, serves its web UI and /api backend on this port.',
    category: 'development',
    aliases: ['mcp-inspector'],
    status: 'unofficial',
    sources: [
      source.devMcpInspectorMigration,
    ],
    security: [
      {
        note: 'The Inspector\'s backend starts processes on request and hands its API token to anyone who loads the page, so its README says to publish the port only on 127.0.0.1 and to put real access control in front of anything wider.',
        sources: [
          {
            url: 'https://github.com/modelcontextprotocol/inspector/blob/main/README.md',
            title: 'MCP Inspector README (Docker: keep the 127.0.0.1: prefix on the published port)',
            kind: 'project',
            checked: '2026-11-30',
          },
        ],
      },
    ],
    related: [6275, 6277],
  },
  {
    port: 6275,
    protocols: ['tcp'],
    name: 'MCP Inspector MCP Apps sandbox',
    summary: 'Version 2 of the MCP Inspector runs a second listener on this port that serves the sandbox for its MCP Apps tab; the browser fetches it directly, so it has to be forwarded along with 6274 when the Inspector runs remotely.',
    category: 'development',
    aliases: ['mcp-inspector-sandbox'],
    status: 'unofficial',
    sources: [
      source.devMcpInspectorMigration,
    ],
    related: [6274],
  },
  {
    port: 6277,
    protocols: ['tcp'],
    name: 'MCP Inspector proxy (version 1)',
    summary: 'Version 1 of the MCP Inspector ran an "MCP Proxy" process on this port that held the connections to the MCP servers under test; version 2 folded it into the web server on 6274.',
    category: 'development',
    aliases: ['mcp-proxy'],
    status: 'unofficial',
    sources: [
      source.devMcpInspectorMigration,
    ],
    related: [6274],
  },
  {
    port: 4442,
    protocols: ['tcp'],
    name: 'Selenium Grid event bus (publish)',
    summary: 'In a distributed Selenium Grid, nodes register with the hub or the standalone event bus by publishing to it on this port (SE_EVENT_BUS_PUBLISH_PORT), next to the subscribe port 4443 and the Grid endpoint 4444.',
    category: 'development',
    aliases: ['selenium-event-bus'],
    status: 'unofficial',
    sources: [
      source.devDockerSeleniumReadme,
    ],
    related: [4443, 4444],
  },
  {
    port: 7900,
    protocols: ['tcp'],
    name: 'Selenium Docker images: noVNC',
    summary: 'The official Selenium browser containers run noVNC on this port so you can watch the browser under test from your own browser, beside plain VNC on 5900.',
    category: 'development',
    aliases: ['selenium-novnc'],
    status: 'unofficial',
    sources: [
      source.devDockerSeleniumReadme,
    ],
    security: [
      {
        note: 'The images ship with the VNC password "secret" (set SE_VNC_PASSWORD to change it, or SE_VNC_NO_PASSWORD to drop it), so a published 7900 shows the test browser to anyone who knows the default.',
        sources: [
          source.devDockerSeleniumReadme,
        ],
      },
    ],
    related: [4444, 5900],
  },
  {
    port: 4723,
    protocols: ['tcp'],
    name: 'Appium server',
    summary: 'Appium, the WebDriver-based app automation server, waits for test sessions on this port and listens on all interfaces (0.0.0.0) by default.',
    category: 'development',
    aliases: ['appium'],
    status: 'unofficial',
    sources: [
      source.appiumServer,
    ],
    security: [
      {
        note: 'Appium keeps its insecure features off unless --allow-insecure or --relaxed-security is given, and its documentation says to relax security only when every client is on a trusted network.',
        sources: [
          source.appiumServer,
        ],
      },
    ],
    related: [4444, 5037],
  },
  {
    port: 7071,
    protocols: ['tcp'],
    name: 'Azure Functions Core Tools local host',
    summary: 'Running func start from Azure Functions Core Tools hosts the function app locally on this port, so HTTP-triggered functions answer at http://localhost:7071/api/...',
    category: 'development',
    aliases: ['azure-functions', 'func-start'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/Azure/azure-functions-core-tools/blob/main/src/Cli/func/Actions/HostActions/StartHostAction.cs',
        title: 'Azure Functions Core Tools source: StartHostAction.cs (DefaultPort = 7071)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    related: [4280, 10000],
  },
  {
    port: 4280,
    protocols: ['tcp'],
    name: 'Azure Static Web Apps CLI',
    summary: 'The Azure Static Web Apps CLI serves its local development server on this port by default (SWA_CLI_PORT).',
    category: 'development',
    aliases: ['swa-cli', 'static-web-apps'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/Azure/static-web-apps-cli/blob/main/docs/www/docs/cli/env-vars.md',
        title: 'Azure Static Web Apps CLI documentation: Environment variables (SWA_CLI_PORT default 4280)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    related: [7071],
  },
  {
    port: 8050,
    protocols: ['tcp'],
    name: 'Plotly Dash apps',
    summary: 'A Plotly Dash app started with app.run() serves on 127.0.0.1:8050 unless the PORT and HOST variables or arguments say otherwise.',
    category: 'development',
    aliases: ['dash', 'plotly-dash'],
    status: 'unofficial',
    sources: [
      source.dashDashPy,
    ],
    security: [
      {
        note: 'app.run() uses Flask\'s development server, and the Dash source says not to run it on a production server but to use a WSGI server such as gunicorn or waitress instead.',
        sources: [
          source.dashDashPy,
        ],
      },
    ],
    related: [5000, 8501, 7860],
  },
  {
    port: 2718,
    protocols: ['tcp'],
    name: 'marimo notebooks',
    summary: 'The marimo reactive Python notebook serves its editor and apps from this port by default, trying the next free one if it is taken.',
    category: 'development',
    aliases: ['marimo'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/marimo-team/marimo/blob/main/docs/guides/deploying/deploying_nginx.md',
        title: 'marimo documentation: Deploying behind nginx (default port is 2718)',
        kind: 'project',
        checked: '2026-11-30',
      },
      {
        url: 'https://github.com/marimo-team/marimo/blob/main/marimo/_server/start.py',
        title: 'marimo source: _server/start.py (DEFAULT_PORT = 2718, find_free_port)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    security: [
      {
        note: 'marimo edit asks for a random access token by default; starting it with --no-token removes that check, which lets anyone who reaches the port run code in the notebook.',
        sources: [
          {
            url: 'https://github.com/marimo-team/marimo/blob/main/docs/guides/deploying/authentication.md',
            title: 'marimo documentation: Authentication (token enabled by default for marimo edit)',
            kind: 'project',
            checked: '2026-11-30',
          },
        ],
      },
    ],
    related: [8888],
  },
  {
    port: 3500,
    protocols: ['tcp'],
    name: 'Dapr sidecar HTTP API',
    summary: 'The Dapr sidecar that dapr run starts next to an application serves the Dapr HTTP API on this port, with its gRPC API on 50001.',
    category: 'development',
    aliases: ['dapr', 'daprd', 'prysm-api'],
    status: 'unofficial',
    sources: [
      source.devDaprRunCli,
    ],
    unofficialUses: [
      {
        user: 'Prysm beacon node API',
        description: 'Prysm\'s beacon node answers its HTTP query API (node status and consensus-chain data) on TCP 3500; Prysm advises blocking it from the outside world.',
        protocols: ['tcp'],
        sources: [
          source.prysmPortsAndFirewalls,
        ],
      },
    ],
    related: [50001, 9090],
  },
  {
    port: 8866,
    protocols: ['tcp'],
    name: 'Voilà (Jupyter notebooks as web apps)',
    summary: 'Voilà, which turns Jupyter notebooks into stand-alone web applications, serves them on 127.0.0.1:8866 by default.',
    category: 'development',
    aliases: ['voila'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/voila-dashboards/voila/blob/main/docs/customize.md',
        title: 'Voilà documentation: Customizing Voilà (default IP 127.0.0.1, default port 8866)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    related: [8888],
  },
  {
    port: 4010,
    protocols: ['tcp'],
    name: 'Prism mock server (OpenAPI)',
    summary: 'Stoplight\'s Prism turns an OpenAPI document into a mock or validating proxy server, which listens on this port by default.',
    category: 'development',
    aliases: ['prism-mock', 'stoplight-prism'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/stoplightio/prism/blob/master/packages/cli/src/commands/sharedOptions.ts',
        title: 'Prism source: CLI shared options (port default 4010)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
  },
  {
    port: 4566,
    protocols: ['tcp'],
    name: 'LocalStack (local AWS cloud emulator)',
    summary: 'LocalStack emulates AWS services on a developer\'s machine and answers every emulated service API through one gateway on this port; external service instances it starts, such as OpenSearch clusters, get ports from 4510 upward.',
    category: 'development',
    aliases: ['localstack'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/localstack/localstack/blob/main/localstack-core/localstack/config.py',
        title: 'LocalStack source: config.py (GATEWAY_LISTEN, EXTERNAL_SERVICE_PORTS_START 4510)',
        kind: 'project',
        checked: '2026-11-30',
      },
      {
        url: 'https://github.com/localstack/localstack/blob/main/localstack-core/localstack/constants.py',
        title: 'LocalStack source: constants.py (DEFAULT_PORT_EDGE = 4566)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    related: [4510],
  },
  {
    port: 4891,
    protocols: ['tcp'],
    name: 'GPT4All local API server',
    summary: 'The GPT4All desktop app, once "Enable Local API Server" is ticked, offers an OpenAI-compatible API on this port, over plain HTTP and on 127.0.0.1 only.',
    category: 'development',
    aliases: ['gpt4all'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/nomic-ai/gpt4all/blob/main/gpt4all-bindings/python/docs/gpt4all_api_server/home.md',
        title: 'GPT4All documentation: GPT4All API Server (listens on port 4891 by default, localhost only)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    related: [1234, 11434],
  },
  {
    port: 9222,
    protocols: ['tcp'],
    name: 'Chrome DevTools Protocol (remote debugging)',
    summary: 'A Chromium-based browser started with --remote-debugging-port exposes the DevTools Protocol on the port given, and 9222 is the number the tools\' examples use (Playwright\'s connectOverCDP, for one); ios_webkit_debug_proxy also puts the first attached iOS device here.',
    category: 'development',
    aliases: ['chrome-devtools-protocol', 'chrome-remote-debugging', 'remote-debugging-port'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/microsoft/playwright/blob/main/docs/src/api/class-browsertype.md',
        title: 'Playwright documentation: BrowserType.connectOverCDP (example http://localhost:9222)',
        kind: 'project',
        checked: '2026-11-30',
      },
      source.devIosWebkitDebugProxyReadme,
      {
        url: 'https://riptutorial.com/google-chrome/example/26922/interacting-with-documents',
        title: 'RIP Tutorial: Google Chrome, interacting with documents (chrome --headless --remote-debugging-port=9222)',
        kind: 'secondary',
        checked: '2026-11-30',
      },
    ],
    unofficialUses: [
      {
        user: 'geckodriver WebDriver BiDi (Firefox)',
        description: 'Mozilla\'s geckodriver connects to Firefox\'s WebDriver BiDi endpoint on port 9222 unless --websocket-port names another, so Firefox test runs can occupy the same number as Chromium remote debugging.',
        protocols: ['tcp'],
        sources: [
          source.geckodriverFlags,
        ],
      },
    ],
    related: [9221, 9229, 4444],
  },
  {
    port: 9221,
    protocols: ['tcp'],
    name: 'ios_webkit_debug_proxy device list',
    summary: 'ios_webkit_debug_proxy, which lets Chrome DevTools debug Safari and web views on attached iOS devices, lists the connected devices on this port and gives each device its own port from 9222 up.',
    category: 'development',
    aliases: ['ios-webkit-debug-proxy', 'iwdp'],
    status: 'unofficial',
    sources: [
      source.devIosWebkitDebugProxyReadme,
    ],
    related: [9222],
  },
  {
    port: 19001,
    protocols: ['tcp'],
    name: 'Expo legacy React Native packager',
    summary: 'In the legacy Expo CLI\'s older start mode, the React Native (Metro) packager ran on this port beside the Expo server on 19000.',
    category: 'development',
    aliases: ['expo-packager'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/expo/expo-cli/blob/main/packages/xdl/src/start/startLegacyReactNativeServerAsync.ts',
        title: 'expo-cli source: xdl startLegacyReactNativeServerAsync.ts (packager port 19001)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    related: [19000, 8081],
  },
  {
    port: 19002,
    protocols: ['tcp'],
    name: 'Expo Dev Tools (legacy web UI)',
    summary: 'The browser-based Expo Dev Tools that the legacy Expo CLI opened alongside a project were served from this port; the UI has since been deprecated.',
    category: 'development',
    aliases: ['expo-devtools'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/expo/expo-cli/blob/main/packages/dev-tools/server/DevToolsServer.ts',
        title: 'expo-cli source: dev-tools DevToolsServer.ts (freeportAsync(19002))',
        kind: 'project',
        checked: '2026-11-30',
      },
      {
        url: 'https://npmjs.com/package/@expo/dev-tools',
        title: 'npm: @expo/dev-tools (the Expo Dev Tools UI has been deprecated)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    related: [19000],
  },
  {
    port: 4873,
    protocols: ['tcp'],
    name: 'Verdaccio private npm registry',
    summary: 'Verdaccio, the lightweight private npm registry and proxy, answers npm and yarn on localhost:4873 by default.',
    category: 'development',
    aliases: ['verdaccio'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/verdaccio/website/blob/master/website/docs/config.md',
        title: 'Verdaccio documentation: Configuration file (listen, default localhost:4873)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
  },
  {
    port: 9323,
    protocols: ['tcp'],
    name: 'Playwright HTML test report',
    summary: 'npx playwright show-report, and the HTML reporter when it opens a report in the browser, serve the Playwright test report on this port (or any free one if it is taken).',
    category: 'development',
    aliases: ['playwright-report'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/microsoft/playwright/blob/main/docs/src/test-cli-js.md',
        title: 'Playwright documentation: Command line (show-report --port, default 9323)',
        kind: 'project',
        checked: '2026-11-30',
      },
      {
        url: 'https://github.com/microsoft/playwright/blob/main/docs/src/test-reporters-js.md',
        title: 'Playwright documentation: Reporters (PLAYWRIGHT_HTML_PORT, 9323 or any available port)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
  },
  {
    port: 7357,
    protocols: ['tcp'],
    name: 'Testem test runner',
    summary: 'Testem, a browser-based JavaScript test runner, serves the test page that the launched browsers load from this port.',
    category: 'development',
    aliases: ['testem'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/testem/testem/blob/master/docs/config_file.md',
        title: 'Testem documentation: Configuration file (port, 7357)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    related: [4200],
  },
  {
    port: 51204,
    protocols: ['tcp'],
    name: 'Vitest UI and API server',
    summary: 'Vitest, the Vite-native test runner, serves its browser UI (vitest --ui) and the API behind it on this port; in Browser Mode the default is 63315 instead.',
    category: 'development',
    aliases: ['vitest-ui'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/vitest-dev/vitest/blob/main/docs/config/api.md',
        title: 'Vitest documentation: api option (default port 51204, 63315 in Browser Mode)',
        kind: 'project',
        checked: '2026-11-30',
      },
      {
        url: 'https://github.com/vitest-dev/vitest/blob/main/docs/guide/ui.md',
        title: 'Vitest documentation: Vitest UI (http://localhost:51204/__vitest__/, token-protected)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    related: [5173],
  },
  {
    port: 52323,
    protocols: ['tcp'],
    name: 'dotnet-monitor diagnostics API',
    summary: 'dotnet-monitor, Microsoft\'s tool for collecting diagnostics such as dumps from .NET processes, serves its authenticated HTTPS API on this port by default.',
    category: 'development',
    aliases: ['dotnet-monitor'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/dotnet/dotnet-monitor/blob/main/documentation/api/dump.md',
        title: 'dotnet-monitor documentation: Dump API (default host address https://localhost:52323)',
        kind: 'project',
        checked: '2026-11-30',
      },
      source.devDotnetMonitorAuthentication,
    ],
    related: [52325],
  },
  {
    port: 52325,
    protocols: ['tcp'],
    name: 'dotnet-monitor metrics endpoint',
    summary: 'dotnet-monitor publishes the metrics it collects from .NET processes in Prometheus format on this port by default, separately from its main API on 52323.',
    category: 'development',
    aliases: ['dotnet-monitor-metrics'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/dotnet/dotnet-monitor/blob/main/documentation/api/metrics.md',
        title: 'dotnet-monitor documentation: Metrics API (snapshot in the Prometheus exposition format)',
        kind: 'project',
        checked: '2026-11-30',
      },
      source.devDotnetMonitorAuthentication,
    ],
    security: [
      {
        note: 'Requests to the metrics endpoint are not authenticated, unlike the rest of dotnet-monitor, so anything that can reach this port can read the metrics.',
        sources: [
          source.devDotnetMonitorAuthentication,
        ],
      },
    ],
    related: [52323],
  },
  {
    port: 9324,
    protocols: ['tcp'],
    name: 'ElasticMQ (Amazon SQS emulator)',
    summary: 'ElasticMQ, an in-memory message queue with an Amazon SQS-compatible interface, serves that SQS-compatible API on this port by default.',
    category: 'development',
    aliases: ['elasticmq', 'sqs-local'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/softwaremill/elasticmq/blob/master/README.md',
        title: 'ElasticMQ README (SQS-compatible REST API on 9324)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    related: [4566],
  },
  {
    port: 18888,
    protocols: ['tcp'],
    name: 'Aspire dashboard',
    summary: 'The Aspire dashboard, a browser app that shows the resources, console logs, traces and metrics of an Aspire distributed application, serves its web front end on this port by default; IANA lists the number for APCNECMP.',
    category: 'development',
    aliases: ['aspire', 'aspire-dashboard'],
    status: 'unofficial',
    sources: [
      source.devAspireDashboardReadme,
    ],
    related: [18889, 18890, 4317],
  },
  {
    port: 18889,
    protocols: ['tcp'],
    name: 'Aspire dashboard OTLP/gRPC receiver',
    summary: 'The Aspire dashboard accepts OpenTelemetry data from instrumented apps over OTLP/gRPC on this port by default.',
    category: 'development',
    aliases: ['aspire-otlp'],
    status: 'unofficial',
    sources: [
      source.devAspireDashboardReadme,
    ],
    related: [18888, 18890, 4317],
  },
  {
    port: 18890,
    protocols: ['tcp'],
    name: 'Aspire dashboard OTLP/HTTP receiver',
    summary: 'The Aspire dashboard accepts OpenTelemetry data sent as Protobuf over HTTP (OTLP/HTTP) on this port by default.',
    category: 'development',
    aliases: ['aspire-otlp-http'],
    status: 'unofficial',
    sources: [
      source.devAspireDashboardReadme,
    ],
    related: [18888, 18889, 4318],
  },
  {
    port: 3025,
    protocols: ['tcp'],
    name: 'GreenMail test SMTP',
    summary: 'GreenMail, the Java mail server used in integration tests, runs SMTP on this port in its test setup (the standard port plus 3000), which the standalone Docker image also uses.',
    category: 'development',
    aliases: ['greenmail', 'greenmail-smtp'],
    status: 'unofficial',
    sources: [
      source.devGreenmailServerSetupTest,
      {
        url: 'https://github.com/greenmail-mail-test/greenmail/blob/master/greenmail-docker/standalone/README.md',
        title: 'GreenMail standalone Docker image README (test setup ports: default mail ports plus 3000)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    related: [3110, 3143, 25],
  },
  {
    port: 3110,
    protocols: ['tcp'],
    name: 'GreenMail test POP3',
    summary: 'GreenMail\'s test setup serves POP3 on this port (110 plus 3000), next to SMTP on 3025 and IMAP on 3143.',
    category: 'development',
    aliases: ['greenmail-pop3'],
    status: 'unofficial',
    sources: [
      source.devGreenmailServerSetupTest,
    ],
    related: [3025, 3143, 110],
  },
  {
    port: 3143,
    protocols: ['tcp'],
    name: 'GreenMail test IMAP',
    summary: 'GreenMail\'s test setup serves IMAP on this port (143 plus 3000), with IMAP over TLS on 3993.',
    category: 'development',
    aliases: ['greenmail-imap'],
    status: 'unofficial',
    sources: [
      source.devGreenmailServerSetupTest,
    ],
    related: [3025, 3110, 143],
  },
  {
    port: 1111,
    protocols: ['tcp'],
    name: 'Zola dev server',
    summary: 'zola serve, the live-reloading preview server of the Zola static site generator, listens on 127.0.0.1:1111 by default; IANA lists the number for LM Social Server.',
    category: 'development',
    aliases: ['zola'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/getzola/zola/blob/master/docs/content/documentation/getting-started/cli-usage.md',
        title: 'Zola documentation: CLI usage (zola serve, default 127.0.0.1:1111)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    related: [1313, 4000],
  },
  {
    port: 4024,
    protocols: ['tcp'],
    name: 'Visual Studio 2019 remote debugger (msvsmon)',
    summary: 'The Visual Studio 2019 Remote Debugger (msvsmon.exe) listens on this port by default, two above the 2017 release\'s 4022, and can be moved with msvsmon /port.',
    category: 'development',
    aliases: ['msvsmon-2019'],
    status: 'unofficial',
    sources: [
      source.devVsRemoteDebuggerPorts,
    ],
    related: [4022, 3702],
  },
  {
    port: 6005,
    protocols: ['tcp'],
    name: 'Godot editor language server (LSP)',
    summary: 'A running Godot editor offers GDScript code completion to external editors through the Language Server Protocol on this port by default, with its Debug Adapter Protocol server on 6006.',
    category: 'development',
    aliases: ['godot-lsp', 'gdscript-lsp'],
    status: 'unofficial',
    sources: [
      source.godotDocsPullFiles,
      {
        url: 'https://github.com/godotengine/emacs-gdscript-mode/issues/169',
        title: 'emacs-gdscript-mode issue 169: eglot connector should default to using port 6005',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    related: [6006],
  },
  {
    port: 10002,
    protocols: ['tcp'],
    name: 'Azurite Table service (Azure Storage emulator)',
    summary: 'Azurite, Microsoft\'s local emulator for Azure Storage, serves its Table service on this port by default, after Blob on 10000 and Queue on 10001.',
    category: 'development',
    aliases: ['azurite', 'azurite-table'],
    status: 'unofficial',
    sources: [
      source.devAzuriteReadme,
    ],
    unofficialUses: [
      {
        user: 'Radmin left by the MS04-028 (GDI+ JPEG) exploit',
        description: 'Nessus reads a Radmin remote-control server answering on TCP 10002 as a sign that an attacker probably broke in through one of the MS04-028 GDI+ (JPEG processing) flaws with a widely available exploit, and advises reinstalling the host.',
        protocols: ['tcp'],
        sources: [
          {
            url: 'https://github.com/rhuitl/uClinux/blob/0486e80a025dccbe4a2213715a2ab8a5063ea86b/user/nessus/nessus-plugins/scripts/radmin_port_10002.nasl',
            title: 'Nessus plugin 14834: radmin on port 10002, possible GDI compromise (MS04-028, CVE-2004-0200) (copy in a uClinux source tree)',
            kind: 'secondary',
            checked: '2026-11-30',
          },
        ],
      },
    ],
    related: [10000, 10001],
  },
  {
    port: 4141,
    protocols: ['tcp'],
    name: 'Kedro-Viz',
    summary: 'Kedro-Viz, the interactive visualiser for Kedro data-science pipelines, serves its web app on 127.0.0.1:4141 by default.',
    category: 'development',
    aliases: ['kedro-viz', 'kedro'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/kedro-org/kedro-viz/blob/main/package/kedro_viz/constants.py',
        title: 'Kedro-Viz source: constants.py (DEFAULT_HOST 127.0.0.1, DEFAULT_PORT 4141)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
  },
  {
    port: 8288,
    protocols: ['tcp'],
    name: 'Inngest Dev Server',
    summary: 'The Inngest Dev Server, started with npx inngest-cli dev for local development of Inngest durable functions, serves its dashboard at http://localhost:8288.',
    category: 'development',
    aliases: ['inngest'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/inngest/inngest/blob/main/README.md',
        title: 'Inngest README: Getting started (Dev Server dashboard at http://localhost:8288)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
  },
  {
    port: 30000,
    protocols: ['tcp'],
    name: 'SGLang inference server',
    summary: 'SGLang, a serving engine for large language models, is launched on this port in its own quickstart (python -m sglang.launch_server --port 30000), and OpenAI-compatible clients then connect to http://127.0.0.1:30000/v1; IANA lists the number for secure NDMP.',
    category: 'development',
    aliases: ['sglang'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://docs.sglang.io/docs/get-started/quickstart',
        title: 'SGLang documentation: Quickstart (launch_server --port 30000)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    related: [8000, 8080],
  },
  {
    port: 3141,
    protocols: ['tcp'],
    name: 'devpi server',
    summary: 'devpi-server, a caching PyPI mirror and private Python package index, listens on 3141, and pip is pointed at it through an index URL on that port.',
    category: 'development',
    aliases: ['devpi', 'devpi-server'],
    status: 'unofficial',
    sources: [
      { url: 'https://github.com/devpi/devpi/blob/main/doc/quickstart-pypimirror.rst', title: 'devpi documentation source: Quickstart, running a PyPI mirror (server listening on http://localhost:3141)', kind: 'project', checked: '2026-11-30' },
    ],
    related: [4873],
  },
  {
    port: 8111,
    protocols: ['tcp'],
    name: 'TeamCity server',
    summary: 'JetBrains TeamCity, a continuous-integration server, serves its web interface, REST API and build-agent connections on 8111, the port of its bundled Tomcat connector and of its official Docker image.',
    category: 'development',
    aliases: ['teamcity'],
    status: 'unofficial',
    sources: [
      { url: 'https://github.com/JetBrains/teamcity-docker-images/blob/master/dockerhub/teamcity-server/README.md', title: 'JetBrains TeamCity server Docker image README (container port 8111)', kind: 'vendor', checked: '2026-11-30' },
      { url: 'https://gist.github.com/stuartf7/4774487', title: 'Gist: configuring the TeamCity server to run on port 80 (the stock Tomcat connector is port 8111)', kind: 'secondary', checked: '2026-11-30' },
    ],
    related: [8080],
  },
  {
    port: 54663,
    protocols: ['tcp'],
    name: 'Bamboo agent broker (JMS)',
    summary: 'Bamboo\'s remote agents open a second connection to the server\'s embedded ActiveMQ message broker on 54663, which carries job dispatch and heartbeats; a secured broker uses 54667.',
    category: 'development',
    aliases: ['bamboo-broker', 'bamboo-jms'],
    status: 'unofficial',
    sources: [
      { url: 'https://confluence.atlassian.com/bamkb/troubleshooting-remote-agents-216957427.html', title: 'Atlassian Support: Troubleshooting Bamboo remote agents (HTTP on 8085, JMS broker on 54663, secure broker 54667)', kind: 'vendor', checked: '2026-11-30' },
    ],
    related: [8085],
  },
  {
    port: 8153,
    protocols: ['tcp'],
    name: 'GoCD server',
    summary: 'The GoCD continuous-delivery server binds its web interface and API to 8153 unless cruise.server.port says otherwise, and its agents fetch work and downloads from it there.',
    category: 'development',
    aliases: ['gocd', 'go-cd', 'thoughtworks-go'],
    status: 'unofficial',
    sources: [
      { url: 'https://github.com/gocd/docs.go.cd/blob/master/content/advanced_usage/other_config_options.md', title: 'GoCD documentation source: Other config options (cruise.server.port, default 8153)', kind: 'project', checked: '2026-11-30' },
    ],
  },
  {
    port: 9168,
    protocols: ['tcp'],
    name: 'GitLab Exporter',
    summary: 'Omnibus GitLab installs turn on GitLab Exporter, a metrics endpoint, on 9168 by default, next to the bundled Prometheus on 9090 and its node, Redis and PostgreSQL exporters.',
    category: 'development',
    aliases: ['gitlab-exporter'],
    status: 'unofficial',
    sources: [
      source.githubGitlabPackageDefaults,
    ],
    related: [9090, 8060],
  },
  {
    port: 8150,
    protocols: ['tcp'],
    name: 'GitLab agent server (KAS)',
    summary: 'GitLab KAS, the server for the GitLab agent for Kubernetes, uses port 8150 in an Omnibus GitLab install where it is turned on (it is off by default).',
    category: 'development',
    aliases: ['gitlab-kas', 'kas'],
    status: 'unofficial',
    sources: [
      source.githubGitlabPackageDefaults,
    ],
    related: [9168],
  },
  {
    port: 8075,
    protocols: ['tcp'],
    name: 'Gitaly',
    summary: 'Gitaly, the GitLab component that handles Git repository access, uses port 8075 in Omnibus GitLab installs that turn it on as a network service.',
    category: 'development',
    aliases: ['gitaly'],
    status: 'unofficial',
    sources: [
      source.githubGitlabPackageDefaults,
    ],
    related: [9168],
  },
  {
    port: 29418,
    protocols: ['tcp'],
    name: 'Gerrit Code Review SSH',
    summary: 'Gerrit Code Review runs its own internal SSH daemon on 29418 by default, and developers send new changes for review with git push to ssh://host:29418/project.',
    category: 'development',
    aliases: ['gerrit', 'gerrit-ssh'],
    status: 'unofficial',
    sources: [
      { url: 'https://gerrit.googlesource.com/gerrit/+/a3af255743397d0a878ed153e3ba6377413f56ba%5E%21', title: 'Gerrit commit a3af255: config-gerrit.txt, sshd.listenAddress (default *:29418)', kind: 'project', checked: '2026-11-30' },
      { url: 'https://gerrit.googlesource.com/gerrit/+/1d3cb444af669511802edcaea341c66ce8f89e91%5E%21', title: 'Gerrit commit 1d3cb44: Move sshd_port to gerrit.config as sshd.listenaddress (port for git push ssh://...)', kind: 'project', checked: '2026-11-30' },
    ],
    related: [8080, 22],
  },
  {
    port: 7788,
    protocols: ['tcp'],
    name: 'Concourse CI worker (Baggageclaim)',
    summary: 'Concourse CI workers run Baggageclaim, the server that manages their volumes, on 7788 by default; the web node reaches it through the worker\'s SSH connection to the TSA on 2222, so the port need not be exposed.',
    category: 'development',
    aliases: ['baggageclaim', 'concourse-worker'],
    status: 'unofficial',
    sources: [
      source.githubConcourseInternals,
      source.githubConcourseRunningWorker,
    ],
    related: [7777, 2222],
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
  {
    port: 8192,
    protocols: ['tcp'],
    name: 'GhydraMCP (Ghidra plugin REST API)',
    summary: 'GhydraMCP is a Ghidra plugin that lets AI assistants drive the reverse-engineering tool: each CodeBrowser window starts an HTTP API, the first one on 8192 and later ones on the next free port up to 8447, and the project\'s MCP bridge and command-line tool talk to that API. IANA lists 8192 for SpyTech Phone Service.',
    category: 'development',
    aliases: ['ghydramcp', 'ghidra-mcp'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/starsong-consulting/GhydraMCP/blob/main/README.md',
        title: 'GhydraMCP README (the first CodeBrowser gets port 8192, the second 8193; instances on 8192-8447)',
        kind: 'project',
        checked: '2026-11-30',
      },
      {
        url: 'https://github.com/starsong-consulting/GhydraMCP/blob/main/src/main/java/eu/starsong/ghidra/server/GhydraServer.java',
        title: 'GhydraMCP source: GhydraServer.java (binds all interfaces unless ghidra.mcp.bind.host or GHYDRA_BIND_HOST is set)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    security: [
      {
        note: 'Unless GHYDRA_BIND_HOST (or the ghidra.mcp.bind.host property) names an address, the API listens on every interface, and its endpoints can rename functions, write to the program\'s memory and delete data for any host that can reach the port; set the bind host to 127.0.0.1 when the bridge runs on the same machine.',
        sources: [
          {
            url: 'https://github.com/starsong-consulting/GhydraMCP/blob/main/src/main/java/eu/starsong/ghidra/resource/DevResource.java',
            title: 'GhydraMCP source: DevResource.java (the server binds all interfaces by default and exposes write endpoints to any reachable host)',
            kind: 'project',
            checked: '2026-11-30',
          },
        ],
      },
    ],
  },
  {
    port: 49999,
    protocols: ['tcp'],
    name: 'E2B Code Interpreter sandbox server',
    summary: 'Inside an E2B Code Interpreter sandbox, the isolated cloud environment in which E2B runs AI-generated code, a FastAPI server listens on 0.0.0.0:49999 and passes the SDK\'s code-execution requests to a Jupyter server on localhost:8888; the SDKs\' JUPYTER_PORT constant is 49999.',
    category: 'development',
    aliases: ['e2b', 'e2b-code-interpreter'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/e2b-dev/code-interpreter/blob/main/template/start-up.sh',
        title: 'E2B Code Interpreter template: start-up.sh (uvicorn main:app --host 0.0.0.0 --port 49999)',
        kind: 'project',
        checked: '2026-11-30',
      },
      {
        url: 'https://github.com/e2b-dev/code-interpreter/blob/main/python/e2b_code_interpreter/constants.py',
        title: 'E2B Code Interpreter Python SDK: constants.py (JUPYTER_PORT = 49999)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    related: [8888],
  },
  {
    port: 65000,
    protocols: ['tcp', 'udp'],
    name: 'FIRERPA (LAMDA) Android automation service',
    summary: 'FIRERPA, whose code and settings still call it LAMDA, is a service run on rooted Android phones for test automation, traffic analysis and device farms; it listens on 65000 by default for its gRPC API, which the Python client library connects to, and its browser remote desktop, and its discovery tool finds devices by broadcasting to UDP 65000.',
    category: 'development',
    aliases: ['firerpa', 'lamda-android'],
    status: 'unofficial',
    sources: [
      source.lamdaPropertiesLocalExample,
      {
        url: 'https://github.com/firerpa/lamda/blob/8.0/lamda/client.py',
        title: 'FIRERPA/LAMDA Python client: client.py (Device(host, port=65000))',
        kind: 'project',
        checked: '2026-11-30',
      },
      {
        url: 'https://github.com/firerpa/lamda/blob/8.0/tools/discover.py',
        title: 'FIRERPA/LAMDA tools/discover.py (sends a DISCOVER broadcast to UDP port 65000)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    security: [
      {
        note: 'The project\'s configuration notes say that only a configured certificate encrypts the API and remote-desktop traffic and turns on password authentication, so a phone running the service without one exposes device control on 65000 to anyone who can reach it.',
        sources: [
          source.lamdaPropertiesLocalExample,
        ],
      },
    ],
  },
  {
    port: 8701,
    protocols: ['tcp'],
    name: 'Flow FCL dev wallet',
    summary: 'The FCL dev wallet, a mock wallet for building apps on the Flow blockchain against a local Flow emulator, serves its wallet endpoint and a test harness on localhost:8701 by default; apps point FCL\'s discovery.wallet setting at http://localhost:8701/fcl/authn.',
    category: 'development',
    aliases: ['fcl-dev-wallet', 'flow-dev-wallet'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/onflow/fcl-dev-wallet/blob/main/README.md',
        title: 'FCL dev wallet README (PORT=8701 npm run dev; discovery.wallet http://localhost:8701/fcl/authn, the default port)',
        kind: 'project',
        checked: '2026-11-30',
      },
      {
        url: 'https://github.com/onflow/fcl-dev-wallet/blob/main/go/wallet/cmd/main.go',
        title: 'FCL dev wallet Go server: main.go (--port flag, default 8701)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
  },
  {
    port: 8011,
    protocols: ['tcp'],
    name: 'anvil-zksync local ZKsync node (JSON-RPC)',
    summary: 'anvil-zksync, Matter Labs\' local development node for ZKsync chains, answers Ethereum-style JSON-RPC on 0.0.0.0:8011 by default; contract tooling points at http://localhost:8011 while testing against it.',
    category: 'development',
    aliases: ['anvil-zksync'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/matter-labs/anvil-zksync/blob/main/crates/cli/src/cli.rs',
        title: 'anvil-zksync source: cli.rs (DEFAULT_PORT "8011"; --port, default 8011)',
        kind: 'project',
        checked: '2026-11-30',
      },
      {
        url: 'https://github.com/matter-labs/anvil-zksync/blob/main/crates/zksync_error/src/error/definitions.rs',
        title: 'anvil-zksync source: error definitions (the server listens on 0.0.0.0:8011 by default; --host and --port change it)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
  },
  {
    port: 9081,
    protocols: ['tcp'],
    name: 'go-mitmproxy web interface',
    summary: 'go-mitmproxy, a Go implementation of the mitmproxy interception proxy for inspecting and rewriting HTTP and HTTPS traffic, serves its web interface, where captured flows are browsed, on :9081 by default, next to the proxy itself on 9080.',
    category: 'development',
    aliases: ['go-mitmproxy'],
    status: 'unofficial',
    sources: [
      source.goMitmproxyReadme,
      {
        url: 'https://github.com/lqqyt2423/go-mitmproxy/blob/main/cmd/go-mitmproxy/config.go',
        title: 'go-mitmproxy source: config.go (addr default ":9080", web_addr default ":9081")',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    related: [9080],
  },
  {
    port: 11111,
    protocols: ['tcp'],
    name: 'ParaView server (pvserver)',
    summary: 'ParaView, the open-source scientific visualisation application, can run as a client connected to separate server processes (pvserver); client and server connect on --server-port, 11111 by default, and the value must be the same on both command lines.',
    category: 'development',
    aliases: ['pvserver', 'paraview'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://raw.githubusercontent.com/ObjectivitySRC/ParaViewGeo/master/Documentation/Book/Book_Chapter17.html',
        title: 'ParaView book, Command-Line Arguments chapter (--server-port defaults to 11111), copy kept in the ParaViewGeo fork',
        kind: 'secondary',
        checked: '2026-11-30',
      },
    ],
  },
  {
    port: 50006,
    protocols: ['tcp'],
    name: 'Dapr scheduler service',
    summary: 'Dapr sidecars started by dapr run reach the Dapr scheduler service on port 50006 on Linux and macOS (6060 on Windows) when no other port is given, next to the placement service on 50005; Dapr\'s own Docker Compose example differs, running placement on 50006 and the scheduler on 50007.',
    category: 'development',
    aliases: ['dapr-scheduler'],
    status: 'unofficial',
    sources: [
      source.devDaprRunCli,
      {
        url: 'https://github.com/dapr/docs/blob/v1.14/daprdocs/content/en/operations/hosting/self-hosted/self-hosted-with-docker.md',
        title: 'Dapr docs: Run Dapr in self-hosted mode with Docker (Compose example: placement --port 50006, scheduler --port 50007)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    related: [3500, 50001],
  },
  {
    port: 9515,
    protocols: ['tcp'],
    name: 'ChromeDriver',
    summary: 'ChromeDriver, the WebDriver server that Selenium and other browser-automation tools use to drive Chrome, listens on TCP 9515 when started without --port, and accepts only local connections unless --allowed-ips lists remote addresses.',
    category: 'development',
    aliases: ['chromedriver'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/chromium/chromium/blob/main/chrome/test/chromedriver/server/chromedriver_server.cc',
        title: 'Chromium source: chrome/test/chromedriver/server/chromedriver_server.cc (port = 9515, allow_remote = false unless --allowed-ips)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    related: [4444, 9222, 5037],
  },
  {
    port: 63342,
    protocols: ['tcp'],
    name: 'JetBrains IDE built-in web server',
    summary: 'JetBrains IDEs built on the IntelliJ Platform, such as IntelliJ IDEA, start a built-in HTTP server on 63342 whenever they run, which serves a project\'s static files for preview in the browser; by default it only answers requests addressed to the local machine.',
    category: 'development',
    aliases: ['jetbrains-builtin-server', 'intellij-builtin-server'],
    status: 'unofficial',
    sources: [
      source.jetbrainsBuiltInServerOptions,
      source.jetbrainsBuiltInServerManagerImpl,
      {
        url: 'https://jetbrains.com/help/idea/2021.1/php-built-in-web-server.html',
        title: 'IntelliJ IDEA 2021.1 help: Built-in web server (always running; files served at http://localhost:<built-in server port>)',
        kind: 'vendor',
        checked: '2026-11-30',
      },
    ],
  },
  {
    port: 8788,
    protocols: ['tcp'],
    name: 'Wrangler Pages dev server',
    summary: 'Cloudflare\'s `wrangler pages dev` serves a Pages project locally on port 8788 unless --port or the configuration sets another, one above the 8787 that `wrangler dev` uses for Workers.',
    category: 'development',
    aliases: ['wrangler-pages-dev'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/cloudflare/workers-sdk/blob/main/packages/wrangler/src/pages/dev.ts',
        title: 'Cloudflare workers-sdk source: packages/wrangler/src/pages/dev.ts (DEFAULT_PAGES_LOCAL_PORT 8788)',
        kind: 'project',
        checked: '2026-11-30',
      },
      source.wranglerConstants,
    ],
    related: [8787],
  },
  {
    port: 51212,
    protocols: ['tcp'],
    name: 'Prisma Studio (recent Prisma CLI)',
    summary: 'In recent Prisma CLI source (release 7.10.0) `prisma studio`, the browser-based editor for a Prisma project\'s database, starts on 51212 by default, one below the port of `prisma dev`; Prisma\'s documentation still gives 5555.',
    category: 'development',
    aliases: ['prisma-studio'],
    status: 'unofficial',
    sources: [
      source.prismaOrmStudioTs,
      source.prismaDocsCliStudio,
    ],
    related: [5555],
  },
  {
    port: 1420,
    protocols: ['tcp'],
    name: 'Tauri app dev server',
    summary: 'Desktop apps scaffolded with create-tauri-app run their front-end dev server on localhost:1420 while `tauri dev` is running; the Vite templates insist on that exact port (strictPort) because Tauri loads the app from it, and when TAURI_DEV_HOST is set they move hot-module reload to 1421.',
    category: 'development',
    aliases: ['tauri', 'tauri-dev'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/tauri-apps/create-tauri-app/blob/dev/templates/template-react-ts/vite.config.ts.lte',
        title: 'create-tauri-app template: vite.config.ts (server.port 1420 with strictPort, "tauri expects a fixed port"; HMR on 1421 when TAURI_DEV_HOST is set)',
        kind: 'project',
        checked: '2026-11-30',
      },
      {
        url: 'https://github.com/tauri-apps/create-tauri-app/blob/dev/CHANGELOG.md',
        title: 'create-tauri-app CHANGELOG (2.0.0-beta.0: changed all templates server port to 1420)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
  },
  {
    port: 11235,
    protocols: ['tcp'],
    name: 'Crawl4AI server',
    summary: 'The Docker image of Crawl4AI, an open-source web crawler and scraper that produces output for language models, serves its crawl API, a monitoring dashboard and a playground on port 11235.',
    category: 'development',
    aliases: ['crawl4ai'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/unclecode/crawl4ai/blob/main/README.md',
        title: 'Crawl4AI README (docker run -p 11235:11235; dashboard and playground at http://localhost:11235; POST /crawl)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
  },
];
