import type { NotablePortInput } from '../../src/lib/schemas/notable-port';

/** Notable ports in the "containers-orchestration" category. Summaries are our own words; every entry has a source. */
export const notablePorts: NotablePortInput[] = [
  {
    port: 2375,
    protocols: ['tcp'],
    name: 'Docker Engine API (plain)',
    summary: 'By convention the Docker daemon exposes its remote API here without encryption or authentication, which hands full control of the host to anyone who can reach it.',
    category: 'containers-orchestration',
    aliases: ['docker', 'dockerd', 'docker-api'],
    status: 'official',
    sources: [
      {
        url: 'https://docs.docker.com/reference/cli/dockerd/',
        title: 'Docker documentation: dockerd daemon reference',
        kind: 'project',
      },
    ],
    security: [
      {
        note: 'Anyone who can reach an unprotected Docker API can start a privileged container that mounts the host filesystem, so never expose it beyond localhost; use SSH or TLS with client certificates (port 2376) for remote access.',
        sources: [
          {
            url: 'https://docs.docker.com/engine/security/protect-access/',
            title: 'Docker documentation: Protect the Docker daemon socket',
            kind: 'project',
          },
        ],
      },
    ],
    related: [2376, 2377],
  },
  {
    port: 2376,
    protocols: ['tcp'],
    name: 'Docker Engine API (TLS)',
    summary: 'By convention the Docker daemon exposes its remote API over TLS on this port, normally with client-certificate authentication.',
    category: 'containers-orchestration',
    aliases: ['docker-tls', 'docker-s'],
    status: 'official',
    sources: [
      {
        url: 'https://docs.docker.com/reference/cli/dockerd/',
        title: 'Docker documentation: dockerd daemon reference',
        kind: 'project',
      },
      {
        url: 'https://docs.docker.com/engine/security/protect-access/',
        title: 'Docker documentation: Protect the Docker daemon socket',
        kind: 'project',
      },
    ],
    related: [2375],
  },
  {
    port: 6443,
    protocols: ['tcp'],
    name: 'Kubernetes API server',
    summary: 'The Kubernetes API server serves its HTTPS API here by default, and kubectl and cluster components connect to it on this port.',
    category: 'containers-orchestration',
    aliases: ['kubernetes', 'k8s', 'kube-apiserver', 'kubectl'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://kubernetes.io/docs/reference/networking/ports-and-protocols/',
        title: 'Kubernetes documentation: Ports and Protocols',
        kind: 'project',
      },
    ],
  },
  {
    port: 10250,
    protocols: ['tcp'],
    name: 'Kubelet API',
    summary: 'The kubelet agent on every Kubernetes node serves its authenticated HTTPS API here, which the control plane uses for logs, exec and metrics.',
    category: 'containers-orchestration',
    aliases: ['kubelet'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://kubernetes.io/docs/reference/networking/ports-and-protocols/',
        title: 'Kubernetes documentation: Ports and Protocols',
        kind: 'project',
      },
    ],
    security: [
      {
        note: 'By default the kubelet treats unauthenticated requests as anonymous; if anonymous access and AlwaysAllow authorisation are left on, anyone reaching this port can run commands in pods, so set --anonymous-auth=false and webhook authorisation.',
        sources: [
          {
            url: 'https://kubernetes.io/docs/reference/access-authn-authz/kubelet-authn-authz/',
            title: 'Kubernetes documentation: Kubelet authentication/authorization',
            kind: 'project',
          },
        ],
      },
    ],
    related: [10255, 6443],
  },
  {
    port: 2379,
    protocols: ['tcp'],
    name: 'etcd client API',
    summary: 'etcd serves its key-value API to clients on this port; in Kubernetes the API server keeps all cluster state, including Secrets, in etcd through it.',
    category: 'containers-orchestration',
    aliases: ['etcd', 'etcd-client', 'etcdctl'],
    status: 'official',
    sources: [
      {
        url: 'https://etcd.io/docs/latest/op-guide/configuration/',
        title: 'etcd documentation: Configuration options (listen-client-urls)',
        kind: 'project',
      },
      {
        url: 'https://kubernetes.io/docs/reference/networking/ports-and-protocols/',
        title: 'Kubernetes documentation: Ports and Protocols',
        kind: 'project',
      },
    ],
    security: [
      {
        note: 'Read access to etcd exposes every Kubernetes Secret and write access amounts to control of the whole cluster, so the port should accept only TLS clients with certificates (normally just the API servers).',
        sources: [
          {
            url: 'https://kubernetes.io/docs/tasks/administer-cluster/configure-upgrade-etcd/',
            title: 'Kubernetes documentation: Operating etcd clusters for Kubernetes',
            kind: 'project',
          },
          {
            url: 'https://etcd.io/docs/latest/op-guide/security/',
            title: 'etcd documentation: Transport security model',
            kind: 'project',
          },
        ],
      },
    ],
    related: [2380, 6443],
  },
  {
    port: 2380,
    protocols: ['tcp'],
    name: 'etcd peer communication',
    summary: 'Members of an etcd cluster replicate data and hold Raft leader elections with each other over this port.',
    category: 'containers-orchestration',
    aliases: ['etcd-peer', 'etcd-server'],
    status: 'official',
    sources: [
      {
        url: 'https://etcd.io/docs/latest/op-guide/configuration/',
        title: 'etcd documentation: Configuration options (listen-peer-urls)',
        kind: 'project',
      },
      {
        url: 'https://kubernetes.io/docs/reference/networking/ports-and-protocols/',
        title: 'Kubernetes documentation: Ports and Protocols',
        kind: 'project',
      },
    ],
    related: [2379],
  },
  {
    port: 10255,
    protocols: ['tcp'],
    name: 'Kubelet read-only port',
    summary: 'Older kubelet configurations serve a read-only HTTP API with pod and node information on this port; current deployments normally disable it.',
    category: 'containers-orchestration',
    aliases: ['kubelet-readonly', 'read-only-port'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://kubernetes.io/docs/reference/command-line-tools-reference/kubelet/',
        title: 'Kubernetes documentation: kubelet command reference (--read-only-port)',
        kind: 'project',
      },
    ],
    security: [
      {
        note: 'The read-only port has no authentication or authorisation, so anyone who reaches it can list pods, their images and environment; set it to 0 to disable it.',
        sources: [
          {
            url: 'https://kubernetes.io/docs/reference/command-line-tools-reference/kubelet/',
            title: 'Kubernetes documentation: kubelet command reference (--read-only-port)',
            kind: 'project',
          },
        ],
      },
    ],
    related: [10250],
  },
  {
    port: 10256,
    protocols: ['tcp'],
    name: 'kube-proxy health check',
    summary: 'kube-proxy serves its health-check endpoint on this port, which cloud load balancers probe to decide which nodes can receive Service traffic.',
    category: 'containers-orchestration',
    aliases: ['kube-proxy'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://kubernetes.io/docs/reference/command-line-tools-reference/kube-proxy/',
        title: 'Kubernetes documentation: kube-proxy command reference (--healthz-bind-address)',
        kind: 'project',
      },
      {
        url: 'https://kubernetes.io/docs/reference/networking/ports-and-protocols/',
        title: 'Kubernetes documentation: Ports and Protocols',
        kind: 'project',
      },
    ],
    related: [10250],
  },
  {
    port: 10257,
    protocols: ['tcp'],
    name: 'kube-controller-manager',
    summary: 'The Kubernetes controller manager serves its authenticated HTTPS health and metrics endpoints on this port, by default only on the control-plane node.',
    category: 'containers-orchestration',
    aliases: ['kube-controller-manager'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://kubernetes.io/docs/reference/networking/ports-and-protocols/',
        title: 'Kubernetes documentation: Ports and Protocols',
        kind: 'project',
      },
    ],
    related: [6443, 10259],
  },
  {
    port: 10259,
    protocols: ['tcp'],
    name: 'kube-scheduler',
    summary: 'The Kubernetes scheduler serves its authenticated HTTPS health and metrics endpoints on this port on control-plane nodes.',
    category: 'containers-orchestration',
    aliases: ['kube-scheduler'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://kubernetes.io/docs/reference/networking/ports-and-protocols/',
        title: 'Kubernetes documentation: Ports and Protocols',
        kind: 'project',
      },
    ],
    related: [6443, 10257],
  },
  {
    port: 8001,
    protocols: ['tcp'],
    name: 'kubectl proxy',
    summary: 'Running kubectl proxy opens a local HTTP proxy to the Kubernetes API server on this port, authenticating requests with the user\'s own credentials.',
    category: 'containers-orchestration',
    aliases: ['kubectl-proxy'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://kubernetes.io/docs/reference/kubectl/generated/kubectl_proxy/',
        title: 'Kubernetes documentation: kubectl proxy',
        kind: 'project',
      },
    ],
    security: [
      {
        note: 'Anything that can reach the proxy acts with the credentials of the user who started it, so keep it bound to localhost rather than using --address=0.0.0.0.',
        sources: [
          {
            url: 'https://kubernetes.io/docs/reference/kubectl/generated/kubectl_proxy/',
            title: 'Kubernetes documentation: kubectl proxy',
            kind: 'project',
          },
        ],
      },
    ],
    related: [6443],
  },
  {
    port: 2377,
    protocols: ['tcp'],
    name: 'Docker Swarm cluster management',
    summary: 'Docker Swarm manager nodes accept cluster-management traffic, such as joins and Raft replication between managers, on this port.',
    category: 'containers-orchestration',
    aliases: ['swarm', 'docker-swarm'],
    status: 'official',
    sources: [
      {
        url: 'https://docs.docker.com/engine/swarm/swarm-tutorial/',
        title: 'Docker documentation: Getting started with Swarm mode (open protocols and ports)',
        kind: 'project',
      },
    ],
    related: [7946, 4789, 2376],
  },
  {
    port: 7946,
    protocols: ['tcp', 'udp'],
    name: 'Docker Swarm node communication',
    summary: 'Docker Swarm nodes gossip with each other on this port to discover nodes and share overlay-network state.',
    category: 'containers-orchestration',
    aliases: ['swarm-gossip'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://docs.docker.com/engine/swarm/swarm-tutorial/',
        title: 'Docker documentation: Getting started with Swarm mode (open protocols and ports)',
        kind: 'project',
      },
    ],
    related: [2377, 4789],
  },
  {
    port: 8500,
    protocols: ['tcp'],
    name: 'Consul HTTP API',
    summary: 'HashiCorp Consul agents serve the HTTP API and web UI for service discovery, health checks and key-value data on this port.',
    category: 'containers-orchestration',
    aliases: ['consul'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://developer.hashicorp.com/consul/docs/install/ports',
        title: 'Consul documentation: Consul ports reference',
        kind: 'project',
      },
    ],
    related: [8300, 8301, 8302, 8600],
  },
  {
    port: 8300,
    protocols: ['tcp'],
    name: 'Consul server RPC',
    summary: 'Consul servers accept RPC requests from other agents, and replicate Raft state among themselves, on this port.',
    category: 'containers-orchestration',
    aliases: ['consul-rpc'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://developer.hashicorp.com/consul/docs/install/ports',
        title: 'Consul documentation: Consul ports reference',
        kind: 'project',
      },
    ],
    related: [8500, 8301],
  },
  {
    port: 8301,
    protocols: ['tcp', 'udp'],
    name: 'Consul Serf LAN gossip',
    summary: 'All Consul agents in a datacenter gossip membership and failure information to each other with Serf on this port.',
    category: 'containers-orchestration',
    aliases: ['consul-serf-lan'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://developer.hashicorp.com/consul/docs/install/ports',
        title: 'Consul documentation: Consul ports reference',
        kind: 'project',
      },
    ],
    related: [8302, 8300],
  },
  {
    port: 8302,
    protocols: ['tcp', 'udp'],
    name: 'Consul Serf WAN gossip',
    summary: 'Consul servers in different datacenters gossip with each other over Serf on this port when WAN federation is used.',
    category: 'containers-orchestration',
    aliases: ['consul-serf-wan'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://developer.hashicorp.com/consul/docs/install/ports',
        title: 'Consul documentation: Consul ports reference',
        kind: 'project',
      },
    ],
    related: [8301, 8300],
  },
  {
    port: 8600,
    protocols: ['tcp', 'udp'],
    name: 'Consul DNS interface',
    summary: 'Consul agents answer DNS queries for registered services (names under .consul) on this port.',
    category: 'containers-orchestration',
    aliases: ['consul-dns'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://developer.hashicorp.com/consul/docs/install/ports',
        title: 'Consul documentation: Consul ports reference',
        kind: 'project',
      },
    ],
    related: [8500, 53],
  },
  {
    port: 8200,
    protocols: ['tcp'],
    name: 'HashiCorp Vault API',
    summary: 'HashiCorp Vault serves its HTTP(S) API and web UI, through which clients authenticate and fetch secrets, on this port by default.',
    category: 'containers-orchestration',
    aliases: ['vault', 'hashicorp-vault'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://developer.hashicorp.com/vault/docs/configuration/listener/tcp',
        title: 'Vault documentation: TCP listener',
        kind: 'project',
      },
    ],
    related: [8201],
  },
  {
    port: 8201,
    protocols: ['tcp'],
    name: 'HashiCorp Vault cluster',
    summary: 'Vault servers in a high-availability cluster forward requests and replicate with each other on this port, by default the API port plus one.',
    category: 'containers-orchestration',
    aliases: ['vault-cluster'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://developer.hashicorp.com/vault/docs/configuration/listener/tcp',
        title: 'Vault documentation: TCP listener (cluster_address)',
        kind: 'project',
      },
    ],
    related: [8200],
  },
  {
    port: 4646,
    protocols: ['tcp'],
    name: 'Nomad HTTP API',
    summary: 'HashiCorp Nomad agents serve the HTTP API and web UI used to submit and inspect jobs on this port.',
    category: 'containers-orchestration',
    aliases: ['nomad'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://developer.hashicorp.com/nomad/docs/configuration',
        title: 'Nomad documentation: Agent configuration (ports)',
        kind: 'project',
      },
    ],
    related: [4647, 4648],
  },
  {
    port: 4647,
    protocols: ['tcp'],
    name: 'Nomad RPC',
    summary: 'Nomad clients and servers talk to each other over the internal RPC protocol on this port.',
    category: 'containers-orchestration',
    aliases: ['nomad-rpc'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://developer.hashicorp.com/nomad/docs/configuration',
        title: 'Nomad documentation: Agent configuration (ports)',
        kind: 'project',
      },
    ],
    related: [4646, 4648],
  },
  {
    port: 4648,
    protocols: ['tcp', 'udp'],
    name: 'Nomad Serf gossip',
    summary: 'Nomad servers gossip cluster membership with each other using Serf on this port.',
    category: 'containers-orchestration',
    aliases: ['nomad-serf'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://developer.hashicorp.com/nomad/docs/configuration',
        title: 'Nomad documentation: Agent configuration (ports)',
        kind: 'project',
      },
    ],
    related: [4646, 4647],
  },
  {
    port: 8472,
    protocols: ['udp'],
    name: 'Linux VXLAN (flannel)',
    summary: 'Kubernetes overlay networks such as flannel\'s VXLAN backend send encapsulated pod traffic on this UDP port, the Linux kernel\'s historical VXLAN default rather than IANA\'s 4789.',
    category: 'containers-orchestration',
    aliases: ['flannel', 'flannel-vxlan'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/flannel-io/flannel/blob/master/Documentation/backends.md',
        title: 'flannel documentation: Backends (vxlan Port)',
        kind: 'project',
      },
    ],
    security: [
      {
        note: 'Like any VXLAN port it carries unauthenticated, unencrypted frames, so block it from outside the cluster or anyone can inject traffic into the pod network.',
        sources: [
          {
            url: 'https://www.rfc-editor.org/rfc/rfc7348',
            title: 'RFC 7348: Virtual eXtensible Local Area Network (VXLAN)',
            kind: 'standard',
          },
        ],
      },
    ],
    related: [4789],
  },
  {
    port: 5473,
    protocols: ['tcp'],
    name: 'Calico Typha',
    summary: 'In larger Calico clusters, each node\'s Felix agent connects to the Typha fan-out proxy on this port instead of watching the Kubernetes API directly.',
    category: 'containers-orchestration',
    aliases: ['calico-typha', 'typha'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://docs.tigera.io/calico/latest/getting-started/kubernetes/requirements',
        title: 'Calico documentation: System requirements (network requirements)',
        kind: 'project',
      },
    ],
    related: [179],
  },
  {
    port: 16443,
    protocols: ['tcp'],
    name: 'MicroK8s API server',
    summary: 'Canonical\'s MicroK8s runs its Kubernetes API server on this port instead of the usual 6443.',
    category: 'containers-orchestration',
    aliases: ['microk8s'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://microk8s.io/docs/services-and-ports',
        title: 'MicroK8s documentation: Services and ports',
        kind: 'project',
      },
    ],
    related: [6443],
  },
  {
    port: 9345,
    protocols: ['tcp'],
    name: 'RKE2 supervisor API',
    summary: 'RKE2 server nodes serve the supervisor API on this port, which new server and agent nodes use to register and fetch cluster configuration. It is marked official because IANA registers TCP 9345, but the record names the service "rancher" (Rancher Agent, registered by Rancher Labs), not RKE2.',
    category: 'containers-orchestration',
    aliases: ['rke2', 'rancher'],
    status: 'official',
    sources: [
      {
        url: 'https://docs.rke2.io/install/requirements',
        title: 'RKE2 documentation: Requirements (inbound network rules)',
        kind: 'project',
      },
      {
        url: 'https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xml',
        title: 'IANA Service Name and Port Number Registry: 9345/tcp rancher, Rancher Agent',
        kind: 'standard',
        checked: '2026-11-30',
      },
    ],
    related: [6443, 10250],
  },
  {
    port: 9443,
    protocols: ['tcp'],
    name: 'Portainer (HTTPS)',
    summary: 'Portainer, a web UI for managing Docker and Kubernetes environments, serves its HTTPS interface on this port in current installs.',
    category: 'containers-orchestration',
    aliases: ['portainer'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://docs.portainer.io/start/install-ce/server/docker/linux',
        title: 'Portainer documentation: Install Portainer CE with Docker on Linux',
        kind: 'project',
      },
    ],
    security: [
      {
        note: 'Portainer is normally installed with the Docker socket mounted, and control of the Docker daemon amounts to root on the host, so its login page should not be exposed to the internet.',
        sources: [
          {
            url: 'https://docs.portainer.io/start/install-ce/server/docker/linux',
            title: 'Portainer documentation: Install Portainer CE with Docker on Linux',
            kind: 'project',
          },
          {
            url: 'https://docs.docker.com/engine/security/protect-access/',
            title: 'Docker documentation: Protect the Docker daemon socket',
            kind: 'project',
          },
        ],
      },
    ],
    related: [2375],
  },
  {
    port: 15001,
    protocols: ['tcp'],
    name: 'Istio sidecar outbound',
    summary: 'In an Istio service mesh, iptables rules redirect a pod\'s outbound traffic to the Envoy sidecar listening on this port.',
    category: 'containers-orchestration',
    aliases: ['istio', 'envoy-outbound'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://istio.io/latest/docs/ops/deployment/application-requirements/',
        title: 'Istio documentation: Application requirements (ports used by Istio)',
        kind: 'project',
      },
    ],
    related: [15006, 15021],
  },
  {
    port: 15006,
    protocols: ['tcp'],
    name: 'Istio sidecar inbound',
    summary: 'Istio\'s Envoy sidecar receives all traffic redirected into the pod on this port before passing it to the application.',
    category: 'containers-orchestration',
    aliases: ['envoy-inbound'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://istio.io/latest/docs/ops/deployment/application-requirements/',
        title: 'Istio documentation: Application requirements (ports used by Istio)',
        kind: 'project',
      },
    ],
    related: [15001, 15021],
  },
  {
    port: 15021,
    protocols: ['tcp'],
    name: 'Istio health checks',
    summary: 'Istio sidecars and gateways answer readiness health checks on this port.',
    category: 'containers-orchestration',
    aliases: ['istio-health'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://istio.io/latest/docs/ops/deployment/application-requirements/',
        title: 'Istio documentation: Application requirements (ports used by Istio)',
        kind: 'project',
      },
    ],
    related: [15001, 15006],
  },
];
