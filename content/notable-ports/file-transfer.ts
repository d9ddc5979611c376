import type { NotablePortInput } from '../../src/lib/schemas/notable-port';

/** Notable ports in the "file-transfer" category. Summaries are our own words; every entry has a source. */
export const notablePorts: NotablePortInput[] = [
  {
    port: 20,
    protocols: ['tcp'],
    name: 'FTP data',
    summary: 'In classic active-mode FTP, the server opens file and directory-listing transfers from this port back to the client.',
    category: 'file-transfer',
    aliases: ['ftp-data'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc959',
        title: 'RFC 959: File Transfer Protocol (FTP)',
        kind: 'standard',
      },
    ],
  },
  {
    port: 21,
    protocols: ['tcp'],
    name: 'FTP',
    summary: 'The control channel of the File Transfer Protocol, where the client logs in and sends commands such as listing or fetching files.',
    category: 'file-transfer',
    aliases: ['ftp', 'ftpd'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc959',
        title: 'RFC 959: File Transfer Protocol (FTP)',
        kind: 'standard',
      },
    ],
  },
  {
    port: 69,
    protocols: ['udp'],
    name: 'TFTP',
    summary: 'Trivial File Transfer Protocol servers hand out files without authentication, typically boot images for PXE clients and firmware for network devices.',
    category: 'file-transfer',
    aliases: ['tftp', 'tftpd', 'pxe'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc1350',
        title: 'RFC 1350: The TFTP Protocol (Revision 2)',
        kind: 'standard',
      },
    ],
  },
  {
    port: 139,
    protocols: ['tcp'],
    name: 'NetBIOS Session Service',
    summary: 'Older Windows file and printer sharing runs SMB over NetBIOS sessions on this port, the predecessor of direct SMB on 445.',
    category: 'file-transfer',
    aliases: ['netbios-ssn', 'netbios', 'nbt'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc1002',
        title: 'RFC 1002: Protocol Standard for a NetBIOS Service on a TCP/UDP Transport: Detailed Specifications',
        kind: 'standard',
      },
      {
        url: 'https://learn.microsoft.com/en-us/troubleshoot/windows-server/networking/service-overview-and-network-port-requirements',
        title: 'Microsoft Learn: Service overview and network port requirements for Windows',
        kind: 'vendor',
      },
    ],
  },
  {
    port: 445,
    protocols: ['tcp'],
    name: 'SMB',
    summary: 'Windows file and printer sharing, and Samba servers, speak SMB directly over TCP on this port without the NetBIOS layer.',
    category: 'file-transfer',
    aliases: ['smb', 'cifs', 'samba', 'microsoft-ds'],
    status: 'official',
    sources: [
      {
        url: 'https://learn.microsoft.com/en-us/troubleshoot/windows-server/networking/service-overview-and-network-port-requirements',
        title: 'Microsoft Learn: Service overview and network port requirements for Windows',
        kind: 'vendor',
      },
    ],
  },
  {
    port: 873,
    protocols: ['tcp'],
    name: 'rsync daemon',
    summary: 'An rsync daemon listens here to serve or receive files for clients that use rsync:// URLs or the double-colon host syntax.',
    category: 'file-transfer',
    aliases: ['rsync', 'rsyncd'],
    status: 'official',
    sources: [
      {
        url: 'https://download.samba.org/pub/rsync/rsyncd.conf.5',
        title: 'rsyncd.conf(5) manual page',
        kind: 'project',
      },
    ],
  },
  {
    port: 2049,
    protocols: ['tcp', 'udp'],
    name: 'NFS',
    summary: 'Network File System servers export shared directories to clients on this port, over TCP only for NFSv4 and over TCP or UDP for older versions.',
    category: 'file-transfer',
    aliases: ['nfs', 'nfsd'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc7530',
        title: 'RFC 7530: Network File System (NFS) Version 4 Protocol',
        kind: 'standard',
      },
      {
        url: 'https://www.rfc-editor.org/rfc/rfc1813',
        title: 'RFC 1813: NFS Version 3 Protocol Specification',
        kind: 'standard',
      },
    ],
  },
];
