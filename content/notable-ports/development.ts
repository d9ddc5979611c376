import type { NotablePortInput } from '../../src/lib/schemas/notable-port';

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
      {
        url: 'https://flask.palletsprojects.com/en/stable/quickstart/',
        title: 'Flask documentation: Quickstart',
        kind: 'project',
      },
      {
        url: 'https://distribution.github.io/distribution/about/deploying/',
        title: 'CNCF Distribution: Deploy a registry server',
        kind: 'project',
      },
    ],
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
      {
        url: 'https://docs.python.org/3/library/http.server.html',
        title: 'Python documentation: http.server',
        kind: 'project',
      },
      {
        url: 'https://docs.djangoproject.com/en/stable/ref/django-admin/',
        title: 'Django documentation: django-admin and manage.py (runserver)',
        kind: 'project',
      },
    ],
  },
];
