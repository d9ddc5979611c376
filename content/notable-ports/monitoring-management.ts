import type { NotablePortInput } from '../../src/lib/schemas/notable-port';

/** Notable ports in the "monitoring-management" category. Summaries are our own words; every entry has a source. */
export const notablePorts: NotablePortInput[] = [
  {
    port: 161,
    protocols: ['udp'],
    name: 'SNMP',
    summary: 'SNMP agents on routers, switches, printers and servers answer management queries and settings from monitoring systems here.',
    category: 'monitoring-management',
    aliases: ['snmp', 'snmpd'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc3417',
        title: 'RFC 3417: Transport Mappings for the Simple Network Management Protocol (SNMP)',
        kind: 'standard',
      },
    ],
  },
  {
    port: 162,
    protocols: ['udp'],
    name: 'SNMP traps',
    summary: 'Network management stations listen on this port for unsolicited trap and inform notifications sent by SNMP agents.',
    category: 'monitoring-management',
    aliases: ['snmptrap', 'snmp-trap', 'snmptrapd'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc3417',
        title: 'RFC 3417: Transport Mappings for the Simple Network Management Protocol (SNMP)',
        kind: 'standard',
      },
    ],
  },
  {
    port: 514,
    protocols: ['udp'],
    name: 'Syslog',
    summary: 'Devices and servers send classic syslog log messages to a central collector as UDP datagrams on this port.',
    category: 'monitoring-management',
    aliases: ['syslog', 'rsyslog', 'syslog-ng'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc5426',
        title: 'RFC 5426: Transmission of Syslog Messages over UDP',
        kind: 'standard',
      },
    ],
  },
  {
    port: 9090,
    protocols: ['tcp'],
    name: 'Prometheus and Cockpit',
    summary: 'The Prometheus monitoring server and the Cockpit web console for Linux servers both listen on this port by default.',
    category: 'monitoring-management',
    aliases: ['prometheus', 'cockpit'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://prometheus.io/docs/prometheus/latest/getting_started/',
        title: 'Prometheus documentation: Getting started',
        kind: 'project',
      },
      {
        url: 'https://cockpit-project.org/guide/latest/cockpit-ws.8.html',
        title: 'Cockpit guide: cockpit-ws(8)',
        kind: 'project',
      },
    ],
  },
];
