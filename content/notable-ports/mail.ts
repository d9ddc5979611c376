import type { NotablePortInput } from '../../src/lib/schemas/notable-port';

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
      {
        url: 'https://www.rfc-editor.org/rfc/rfc8314',
        title: 'RFC 8314: Cleartext Considered Obsolete: Use of TLS for Email Submission and Access',
        kind: 'standard',
      },
    ],
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
      {
        url: 'https://www.rfc-editor.org/rfc/rfc8314',
        title: 'RFC 8314: Cleartext Considered Obsolete: Use of TLS for Email Submission and Access',
        kind: 'standard',
      },
    ],
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
      {
        url: 'https://www.rfc-editor.org/rfc/rfc8314',
        title: 'RFC 8314: Cleartext Considered Obsolete: Use of TLS for Email Submission and Access',
        kind: 'standard',
      },
    ],
  },
];
