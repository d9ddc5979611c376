import type { NotablePortInput } from '../../src/lib/schemas/notable-port';

/**
 * Notable ports at 49152 and above: the IANA dynamic/private range, where nothing is assigned but some
 * widely used programs still default to a fixed number. Each entry keeps its real category.
 * Summaries are our own words; every entry has a source.
 */
export const notablePorts: NotablePortInput[] = [
  {
    port: 55553,
    protocols: ['tcp'],
    name: 'Metasploit RPC (msfrpcd)',
    summary: 'The Metasploit Framework RPC daemon msfrpcd, and the msfrpc client that talks to it, use TCP 55553 by default for the MessagePack RPC API over HTTPS.',
    category: 'security-malware',
    aliases: ['msfrpcd', 'msfrpc', 'msgrpc'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://docs.metasploit.com/docs/using-metasploit/advanced/RPC/how-to-use-metasploit-messagepack-rpc.html',
        title: 'Metasploit docs: How to use Metasploit Messagepack RPC',
        kind: 'project',
      },
      {
        url: 'https://github.com/rapid7/metasploit-framework/blob/master/msfrpc',
        title: 'Metasploit Framework source: msfrpc (ServerPort 55553)',
        kind: 'project',
      },
    ],
    security: [
      {
        note: 'Whoever logs in to the RPC service can run any module and drive open sessions, so keep it bound to localhost or a trusted network and use a strong password; the msgrpc plugin loaded inside msfconsole listens on 55552 instead.',
        sources: [
          {
            url: 'https://docs.rapid7.com/metasploit/running-metasploit-remotely',
            title: 'Rapid7 docs: Running Metasploit Remotely',
            kind: 'vendor',
          },
        ],
      },
    ],
    related: [4444, 3790],
  },
  {
    port: 55000,
    protocols: ['tcp'],
    name: 'Wazuh server API',
    summary: 'The Wazuh manager serves its RESTful management API on TCP 55000 by default, used by the Wazuh dashboard and by scripts that manage agents and rules.',
    category: 'security-malware',
    aliases: ['wazuh-api'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://documentation.wazuh.com/4.9/getting-started/architecture.html',
        title: 'Wazuh documentation 4.9: Architecture (required ports)',
        kind: 'project',
      },
      {
        url: 'https://github.com/wazuh/wazuh-packages/issues/2883',
        title: 'wazuh/wazuh-packages issue 2883: installer log asking to allow ports 1514, 1515, 1516 and 55000',
        kind: 'project',
      },
    ],
    related: [1514, 1515],
  },
];
