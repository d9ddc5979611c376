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
  },
];
