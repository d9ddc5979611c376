import type { NotablePortInput } from '../../src/lib/schemas/notable-port';
import { source } from '../sources.ts';

/** Notable ports in the "mail" category. Summaries are our own words; every entry has a source. */
export const notablePorts: NotablePortInput[] = [
  {
    port: 25,
    protocols: ['tcp'],
    name: 'SMTP',
    summary: 'Mail servers accept messages relayed from other mail servers on this port using the Simple Mail Transfer Protocol.',
    category: 'mail',
    aliases: ['smtp', 'mta', 'postfix', 'exim', 'sendmail'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc5321',
        title: 'RFC 5321: Simple Mail Transfer Protocol',
        kind: 'standard',
      },
    ],
    security: [
      {
        note: 'Many residential and cloud networks block outbound connections to port 25 so that infected machines cannot send spam directly; mail programs should submit through port 587 or 465 instead, and a server must refuse to relay for strangers.',
        sources: [
          {
            url: 'https://www.rfc-editor.org/rfc/rfc5068',
            title: 'RFC 5068: Email Submission Operations: Access and Accountability Requirements',
            kind: 'standard',
          },
        ],
      },
    ],
    related: [587, 465, 2525],
  },
  {
    port: 110,
    protocols: ['tcp'],
    name: 'POP3',
    summary: 'Post Office Protocol version 3 lets a mail client download messages from its mailbox, unencrypted unless upgraded with STLS.',
    category: 'mail',
    aliases: ['pop3', 'pop'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc1939',
        title: 'RFC 1939: Post Office Protocol - Version 3',
        kind: 'standard',
      },
    ],
    security: [
      {
        note: 'Plain POP3 sends the password and the mail unencrypted unless STLS is used; current guidance is to use POP3 over implicit TLS on port 995 instead.',
        sources: [
          source.rfcEditorRfcRfc8314,
        ],
      },
    ],
    related: [995, 109],
  },
  {
    port: 143,
    protocols: ['tcp'],
    name: 'IMAP',
    summary: 'Mail clients read and manage messages kept on the server with the Internet Message Access Protocol on this port, upgraded to TLS with STARTTLS.',
    category: 'mail',
    aliases: ['imap', 'imap4', 'dovecot'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc9051',
        title: 'RFC 9051: Internet Message Access Protocol (IMAP) - Version 4rev2',
        kind: 'standard',
      },
    ],
    security: [
      {
        note: 'Plain IMAP exposes the login and the mailbox contents unless STARTTLS is negotiated; current guidance is to use IMAP over implicit TLS on port 993 instead.',
        sources: [
          source.rfcEditorRfcRfc8314,
        ],
      },
    ],
    related: [993, 4190],
  },
  {
    port: 465,
    protocols: ['tcp'],
    name: 'SMTP submission over TLS',
    summary: 'Mail clients hand outgoing messages to their provider over a connection that is TLS-encrypted from the first byte on this port.',
    category: 'mail',
    aliases: ['smtps', 'submissions'],
    status: 'official',
    sources: [
      source.rfcEditorRfcRfc8314,
    ],
    related: [587, 25],
  },
  {
    port: 587,
    protocols: ['tcp'],
    name: 'Mail submission',
    summary: 'Mail clients submit outgoing messages to their own mail server here after authenticating, usually upgrading to TLS with STARTTLS.',
    category: 'mail',
    aliases: ['submission', 'msa'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc6409',
        title: 'RFC 6409: Message Submission for Mail',
        kind: 'standard',
      },
    ],
    related: [465, 25],
  },
  {
    port: 993,
    protocols: ['tcp'],
    name: 'IMAPS',
    summary: 'Mail clients reach their mailboxes with IMAP inside a TLS connection that is encrypted from the start on this port.',
    category: 'mail',
    aliases: ['imaps'],
    status: 'official',
    sources: [
      source.rfcEditorRfcRfc8314,
    ],
    related: [143],
  },
  {
    port: 995,
    protocols: ['tcp'],
    name: 'POP3S',
    summary: 'Mail clients download messages with POP3 inside a TLS connection that is encrypted from the start on this port.',
    category: 'mail',
    aliases: ['pop3s'],
    status: 'official',
    sources: [
      source.rfcEditorRfcRfc8314,
    ],
    related: [110],
  },
  {
    port: 109,
    protocols: ['tcp'],
    name: 'POP2',
    summary: 'Version 2 of the Post Office Protocol, a long-obsolete way for mail clients to download messages that POP3 on port 110 replaced.',
    category: 'mail',
    aliases: ['pop2'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc937',
        title: 'RFC 937: Post Office Protocol - Version 2',
        kind: 'standard',
      },
    ],
    related: [110],
  },
  {
    port: 220,
    protocols: ['tcp'],
    name: 'IMAP3',
    summary: 'Registered for version 3 of the Interactive Mail Access Protocol, a historic branch that never caught on; IMAP today runs on ports 143 and 993.',
    category: 'mail',
    aliases: ['imap3'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc1203',
        title: 'RFC 1203: Interactive Mail Access Protocol - Version 3',
        kind: 'standard',
      },
    ],
    related: [143, 993],
  },
  {
    port: 4190,
    protocols: ['tcp'],
    name: 'ManageSieve',
    summary: 'Mail servers such as Dovecot Pigeonhole and Cyrus let users upload and manage their Sieve mail-filtering scripts over this port.',
    category: 'mail',
    aliases: ['managesieve', 'sieve'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc5804',
        title: 'RFC 5804: A Protocol for Remotely Managing Sieve Scripts',
        kind: 'standard',
      },
    ],
    related: [143, 993],
  },
  {
    port: 783,
    protocols: ['tcp'],
    name: 'SpamAssassin spamd',
    summary: 'The SpamAssassin daemon spamd listens here for spamc and mail servers that send messages to be scored for spam, on the loopback address unless told otherwise.',
    category: 'mail',
    aliases: ['spamd', 'spamassassin', 'spamc'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://spamassassin.apache.org/full/3.3.x/doc/spamd.html',
        title: 'Apache SpamAssassin: spamd documentation',
        kind: 'project',
      },
    ],
    related: [25, 11333],
  },
  {
    port: 11332,
    protocols: ['tcp'],
    name: 'Rspamd proxy (milter)',
    summary: 'The Rspamd proxy worker listens here, usually speaking the milter protocol so that Postfix or Sendmail can hand messages to Rspamd for spam checks.',
    category: 'mail',
    aliases: ['rspamd-proxy', 'rspamd-milter'],
    status: 'unofficial',
    sources: [
      source.rspamdWorkers,
    ],
    related: [11333, 11334],
  },
  {
    port: 11333,
    protocols: ['tcp'],
    name: 'Rspamd normal worker',
    summary: 'Rspamd\'s normal worker scans messages submitted over HTTP on this port and returns a spam score and the actions to take.',
    category: 'mail',
    aliases: ['rspamd'],
    status: 'unofficial',
    sources: [
      source.rspamdWorkers,
    ],
    related: [11332, 11334],
  },
  {
    port: 11334,
    protocols: ['tcp'],
    name: 'Rspamd controller and web interface',
    summary: 'Rspamd\'s controller worker serves the web interface and takes learning, statistics and configuration requests on this port.',
    category: 'mail',
    aliases: ['rspamd-controller', 'rspamd-webui'],
    status: 'unofficial',
    sources: [
      source.rspamdWorkers,
    ],
    security: [
      {
        note: 'Rspamd\'s worker protocols are plain HTTP with no integrity protection and are not meant for the open internet; bind them to the loopback interface or put the web interface behind a TLS proxy with a strong password.',
        sources: [
          source.rspamdWorkers,
        ],
      },
    ],
    related: [11332, 11333],
  },
  {
    port: 3310,
    protocols: ['tcp'],
    name: 'ClamAV clamd',
    summary: 'The ClamAV scanning daemon clamd accepts scan requests on this TCP port when its TCPSocket option is turned on, which mail filters and other tools use to check files for malware.',
    category: 'mail',
    aliases: ['clamd', 'clamav'],
    status: 'unofficial',
    sources: [
      source.githubConfSample,
    ],
    security: [
      {
        note: 'Without a TCPAddr setting clamd binds to every interface, which its own sample configuration calls unwise; limit it to localhost or a trusted network because the protocol has no authentication.',
        sources: [
          source.githubConfSample,
        ],
      },
    ],
    related: [25],
  },
  {
    port: 106,
    protocols: ['tcp'],
    name: 'poppassd (mail password change)',
    summary: 'poppassd lets mail users change their password from clients such as Eudora, or from webmail scripts, over a short text conversation on TCP 106; IANA lists the number for 3COM-TSMUX, but password servers are what answer here.',
    category: 'mail',
    aliases: ['poppassd', 'poppwd', 'eudora-password'],
    status: 'unofficial',
    sources: [
      source.ubuntuPoppassd8,
      source.ianaServiceNamesPortNumbersXml,
    ],
    security: [
      {
        note: 'poppassd sends the old and new password in clear text, so its own manual recommends allowing it only from localhost and blocking TCP 106 from the network.',
        sources: [
          source.ubuntuPoppassd8,
        ],
      },
    ],
    related: [110],
  },
  {
    port: 10025,
    protocols: ['tcp'],
    name: 'Postfix after-queue content filter (localhost)',
    summary: 'Postfix\'s guide to after-queue content filtering sets up the filter to receive mail over SMTP on localhost port 10025 and to hand the cleaned mail back to a second Postfix SMTP listener on localhost port 10026, so mail servers built from it show local listeners on these ports.',
    category: 'mail',
    aliases: ['content-filter', 'postfix-filter'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/vdukhovni/postfix',
        title: 'Postfix source: README_FILES/FILTER_README (content filter on localhost:10025, reinjection on localhost:10026)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    related: [25],
  },
  {
    port: 26,
    protocols: ['tcp'],
    name: 'SMTP on an alternate port (web hosts)',
    summary: 'Shared web-hosting companies often run a second SMTP listener on port 26 so that customers whose internet provider blocks outgoing connections to port 25 can still send mail through the hosting server, with SMTP authentication switched on.',
    category: 'mail',
    aliases: ['smtp-alternate', 'smtp-26'],
    status: 'unofficial',
    sources: [
      { url: 'https://www.hostket.com/index.php/knowledgebase/49/Cannot-Send-but-can-Receive-Email.html', title: 'Hostket knowledge base: Cannot send but can receive email (port 26 opened as an SMTP alternative)', kind: 'vendor', checked: '2026-11-30' },
      { url: 'https://portal.digicom.com/index.php?rp=/knowledgebase/81/Are-you-able-to-receive-emails-but-not-send.html', title: 'Digicom knowledge base: Able to receive emails but not send? (outgoing SMTP on port 26 or 587)', kind: 'vendor', checked: '2026-11-30' },
    ],
    related: [25, 587, 465],
  },
  {
    port: 366,
    protocols: ['tcp'],
    name: 'ODMR (On-Demand Mail Relay)',
    summary: "A mail server on a dynamic IP address collects the mail its provider holds for it through ODMR: it connects to the provider on port 366, logs in, asks for its queued mail with the ATRN command, and then the two swap roles so the provider delivers the messages back over the same connection.",
    category: 'mail',
    aliases: ['odmr', 'atrn', 'on-demand-mail-relay'],
    status: 'official',
    sources: [
      { url: 'https://www.rfc-editor.org/rfc/rfc2645.txt', title: 'RFC 2645: On-Demand Mail Relay (ODMR), SMTP with Dynamic IP Addresses', kind: 'standard', checked: '2026-11-30' },
    ],
    related: [25, 587],
  },
  {
    port: 90,
    protocols: ['tcp'],
    name: 'Rockliffe MailSite Management Agent (web console)',
    summary: "Rockliffe MailSite, a Windows mail server, served its browser-based management console (wconsole.dll) over HTTP on TCP 90, which is where Nessus looked for it.",
    category: 'mail',
    aliases: ['mailsite', 'wconsole'],
    status: 'unofficial',
    sources: [
      source.githubRockliffeMailsiteOverflowNasl,
    ],
    security: [
      {
        note: 'MailSite versions before 4.2.2 let a remote attacker run code through an overlong request to wconsole.dll in the Management Agent (CVE-2000-0398).',
        sources: [
          source.githubRockliffeMailsiteOverflowNasl,
          { url: 'https://github.com/CVEProject/cvelistV5/blob/main/cves/2000/0xxx/CVE-2000-0398.json', title: 'CVE-2000-0398: buffer overflow in wconsole.dll in Rockliffe MailSite Management Agent', kind: 'observed', checked: '2026-11-30' },
        ],
      },
    ],
  },
  {
    port: 10024,
    protocols: ['tcp'],
    name: 'amavisd-new content filter (Postfix after-queue filter)',
    summary: 'On mail servers that pass Postfix\'s mail through amavisd-new for virus and spam checks (ClamAV, SpamAssassin), amavisd-new listens locally on TCP 10024 for the mail Postfix hands it, and gives the checked mail back to a second Postfix smtpd on 10025.',
    category: 'mail',
    aliases: ['amavis', 'amavisd', 'amavisd-new', 'smtp-amavis'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://gossamerwebdesign.com/postfix-service-matrix_id2213',
        title: 'Gossamer Web Design: Postfix service matrix (10024 Amavis inbound, 10025 reinjection smtpd)',
        kind: 'secondary',
        checked: '2026-11-30',
      },
    ],
    related: [25, 10025],
  },
  {
    port: 2525,
    protocols: ['tcp'],
    name: 'Exchange Server Transport service (default Receive connector)',
    summary: 'On Exchange Server 2016 and 2019 Mailbox servers the Transport service keeps its default Receive connector on TCP 2525, where it takes SMTP from the Front End Transport service, from other Mailbox servers and from Edge Transport servers, encrypted with the server\'s self-signed certificate; clients do not connect to it directly. IANA\'s record for the number is the unrelated MS V-Worlds.',
    category: 'mail',
    aliases: ['exchange-hubtransport', 'exchange-transport-2525', 'mountebank'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/MicrosoftDocs/OfficeDocs-Exchange/blob/52e8b70f9b7aa92a24a4cb16b70229c1b45d583a/Exchange/ExchangeServer/mail-flow/connectors/receive-connectors.md',
        title: 'Exchange Server documentation (MicrosoftDocs/OfficeDocs-Exchange): Receive connectors (default connectors and their ports)',
        kind: 'vendor',
        checked: '2026-11-30',
      },
    ],
    unofficialUses: [
      {
        user: 'Mountebank (test doubles over the wire)',
        description: 'Mountebank, an open-source service-virtualization tool that fakes HTTP, TCP, SMTP and other services for tests, runs its control API and documentation on this port by default; its original author no longer maintains it, and IANA lists the number for MS V-Worlds.',
        protocols: ['tcp'],
        sources: [
          {
            url: 'https://github.com/bbyars/mountebank/blob/master/src/cli/cli.js',
            title: 'mountebank source: cli.js (port default 2525)',
            kind: 'project',
            checked: '2026-11-30',
          },
        ],
      },
    ],
    related: [25, 465, 475, 587, 717],
  },
  {
    port: 64327,
    protocols: ['tcp'],
    name: 'Exchange DAG continuous replication',
    summary: 'Members of an Exchange Server database availability group (DAG) copy mailbox database logs to each other over TCP 64327, the replication port every DAG uses unless an administrator moves it with Set-DatabaseAvailabilityGroup -ReplicationPort.',
    category: 'mail',
    aliases: ['exchange-dag', 'dag-replication'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/MicrosoftDocs/OfficeDocs-Exchange/blob/52e8b70f9b7aa92a24a4cb16b70229c1b45d583a/Exchange/ExchangeServer/high-availability/manage-ha/manage-ha.md',
        title: 'Exchange Server documentation (MicrosoftDocs/OfficeDocs-Exchange): Manage database availability groups (replication port)',
        kind: 'vendor',
        checked: '2026-11-30',
      },
    ],
    related: [2525],
  },
  {
    port: 1352,
    protocols: ['tcp'],
    name: 'Lotus Notes / Domino (NRPC)',
    summary: 'IBM Lotus Domino servers, now HCL Domino, answer Notes clients and other Domino servers with the Notes remote procedure call protocol (NRPC) on TCP 1352, the port IANA lists as lotusnote; Nmap\'s Domino scripts probe this port.',
    category: 'mail',
    aliases: ['lotus-notes', 'lotusnote', 'domino', 'nrpc'],
    status: 'official',
    sources: [
      source.nmapDominoEnumUsersNse,
    ],
    security: [
      {
        note: 'Nmap\'s domino-enum-users script uses CVE-2006-5835 against this port to find valid Domino users and download their ID files, so unpatched Domino servers should not expose it.',
        sources: [
          source.nmapDominoEnumUsersNse,
        ],
      },
    ],
    related: [2050],
  },
  {
    port: 2050,
    protocols: ['tcp'],
    name: 'Lotus Domino Console',
    summary: 'A Lotus Domino server can accept its remote administration console on TCP 2050, where an authenticated administrator types server commands such as "show server"; Nmap\'s domcon-cmd and domcon-brute scripts target this port. IANA lists the number for an Avaya EMB config port.',
    category: 'mail',
    aliases: ['domino-console', 'domcon'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/nmap/nmap/blob/master/scripts/domcon-cmd.nse',
        title: 'Nmap source: scripts/domcon-cmd.nse (runs a command on the Lotus Domino Console, port 2050)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    related: [1352],
  },
  {
    port: 1000,
    protocols: ['tcp'],
    name: 'MDaemon Remote Administration',
    summary: 'MDaemon, a Windows mail server, runs its browser-based Remote Administration console on TCP 1000 by default when the built-in web server is used.',
    category: 'mail',
    aliases: ['mdaemon', 'mdaemon-webadmin'],
    status: 'unofficial',
    sources: [
      { url: 'https://help.mdaemon.com/mdaemon/en/wa--web_server.html', title: 'MDaemon Messaging Server 23.5 help: Remote Administration, Web Server (default TCP port 1000)', kind: 'vendor', checked: '2026-11-30' },
    ],
    related: [3000],
  },
  {
    port: 24,
    protocols: ['tcp'],
    name: 'LMTP (local mail delivery, by convention)',
    summary: 'Mail servers that hand messages to a separate mailbox server over LMTP (RFC 2033), typically Postfix delivering to Dovecot, use TCP 24 by convention: Dovecot\'s documentation sets its LMTP listener there, Dovecot\'s LMTP proxy dials 24 when no port is given, and Postfix\'s LMTP client connects to 24 by default. IANA reserves 24 for "any private mail system".',
    category: 'mail',
    aliases: ['lmtp', 'dovecot-lmtp'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/dovecot/documentation/blob/main/docs/core/config/delivery/lmtp.md',
        title: 'Dovecot documentation: LMTP Server (by general convention LMTP listens on port 24; inet_listener example)',
        kind: 'project',
        checked: '2026-11-30',
      },
      {
        url: 'https://github.com/dovecot/core/commit/dfe53c824fb6f6e3736ee2958665dd6f545724b1',
        title: 'Dovecot commit dfe53c8: lmtp: Use port 24 if no port has been provided',
        kind: 'project',
        checked: '2026-11-30',
      },
      {
        url: 'https://man.netbsd.org/NetBSD-3.1/lmtp.8',
        title: 'lmtp(8), Postfix local delivery via LMTP (lmtp_tcp_port, default value of 24), NetBSD manual pages',
        kind: 'project',
        checked: '2026-11-30',
      },
      {
        url: 'https://github.com/dovecot/docker/blob/main/README.md',
        title: 'Dovecot Docker images README (v2.3 images: LMTP on 24; v2.4 images: LMTPS on 31024)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    related: [25, 143, 993],
  },
  {
    port: 50636,
    protocols: ['tcp'],
    name: 'Exchange Edge Transport EdgeSync (AD LDS over secure LDAP)',
    summary: 'An Exchange Edge Transport server in the perimeter network keeps a copy of recipient and configuration data in its own AD LDS instance, and the Mailbox servers of the subscribed Active Directory site push that data to it by EdgeSync over secure LDAP on TCP 50636, a port the firewall between them must allow.',
    category: 'mail',
    aliases: ['edgesync', 'exchange-edge-ldaps'],
    status: 'unofficial',
    sources: [
      source.exchangeEdgeSubscriptions,
      {
        url: 'https://github.com/MicrosoftDocs/OfficeDocs-Exchange/blob/52e8b70f9b7aa92a24a4cb16b70229c1b45d583a/Exchange/ExchangeServer/plan-and-deploy/deployment-ref/network-ports.md',
        title: 'Exchange Server documentation (MicrosoftDocs/OfficeDocs-Exchange): Network ports for clients and mail flow (EdgeSync synchronization, 50636/TCP secure LDAP)',
        kind: 'vendor',
        checked: '2026-11-30',
      },
    ],
    related: [50389, 25],
  },
  {
    port: 50389,
    protocols: ['tcp'],
    name: 'Exchange Edge Transport AD LDS (LDAP)',
    summary: 'The AD LDS instance that an Exchange Edge Transport server installs for its copy of directory data answers plain LDAP on TCP 50389; Microsoft says the port is only used locally on the Edge server and need not be opened in the firewall, unlike 50636 for EdgeSync.',
    category: 'mail',
    aliases: ['exchange-edge-ldap', 'adam-ldap'],
    status: 'unofficial',
    sources: [
      source.exchangeEdgeSubscriptions,
    ],
    related: [50636, 389],
  },
];
