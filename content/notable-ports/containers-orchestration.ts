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
  },
];
