import type { NotablePortInput } from '../../src/lib/schemas/notable-port';
import { source } from '../sources.ts';

/** Notable ports in the "iot-industrial" category. Summaries are our own words; every entry has a source. */
export const notablePorts: NotablePortInput[] = [
  {
    port: 1883,
    protocols: ['tcp'],
    name: 'MQTT',
    summary: 'MQTT brokers such as Mosquitto accept unencrypted publish/subscribe connections from IoT devices on this port, with 8883 used for MQTT over TLS.',
    category: 'iot-industrial',
    aliases: ['mqtt', 'mosquitto'],
    status: 'official',
    sources: [
      source.oasisOpenMqttV50,
    ],
  },
  {
    port: 502,
    protocols: ['tcp'],
    name: 'Modbus/TCP',
    summary: 'PLCs, meters, drives and SCADA masters exchange Modbus register reads and writes over TCP on this port, the number IANA assigned to the Modbus Application Protocol (MBAP).',
    category: 'iot-industrial',
    aliases: ['modbus', 'modbus-tcp', 'mbap'],
    status: 'official',
    sources: [
      {
        url: 'https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xhtml?search=502',
        title: 'IANA Service Name and Port Number Registry: mbap (502)',
        kind: 'standard',
      },
    ],
    security: [
      {
        note: 'Plain Modbus/TCP has no authentication or encryption, so anyone who can reach the port can read and write controller registers; keep it inside a segmented control network, or use Modbus/TCP Security on port 802.',
        sources: [
          source.ianaSearch802,
        ],
      },
      {
        note: 'Government agencies reported in 2022 that attacker toolkits built for ICS (tracked as PIPEDREAM or INCONTROLLER) could scan for and control Schneider Electric PLCs, which talk Modbus among other protocols.',
        sources: [
          source.cisaCybersecurityAdvisoriesAa22103a,
        ],
      },
    ],
    related: [802],
  },
  {
    port: 802,
    protocols: ['tcp'],
    name: 'Modbus/TCP Security',
    summary: 'Modbus/TCP Security wraps ordinary Modbus requests in TLS with certificate-based authentication and listens on this port, registered by IANA as mbap-s.',
    category: 'iot-industrial',
    aliases: ['modbus-tls', 'modbus-secure', 'mbap-s'],
    status: 'official',
    sources: [
      source.ianaSearch802,
    ],
    related: [502],
  },
  {
    port: 20000,
    protocols: ['tcp', 'udp'],
    name: 'DNP3',
    summary: 'Electric and water utility SCADA systems poll outstations with the Distributed Network Protocol (DNP3, IEEE 1815) over IP on this IANA-registered port.',
    category: 'iot-industrial',
    aliases: ['dnp3', 'dnp', 'ieee-1815'],
    status: 'official',
    sources: [
      {
        url: 'https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xhtml?search=20000',
        title: 'IANA Service Name and Port Number Registry: dnp (20000)',
        kind: 'standard',
      },
    ],
    unofficialUses: [
      {
        user: 'Usermin',
        description: 'Usermin, the companion of Webmin that gives ordinary Unix users webmail and file tools in a browser, serves its web interface on TCP 20000 by default.',
        protocols: ['tcp'],
        sources: [
          { url: 'https://github.com/webmin/usermin/blob/master/setup.sh', title: 'Usermin source: setup.sh (web server port, default 20000)', kind: 'project', checked: '2026-11-30' },
        ],
      },
      {
        user: 'SOGo groupware daemon',
        description: 'sogod, the server behind the SOGo webmail, calendar and contacts suite, listens on 127.0.0.1:20000 by default and is reached through an Apache or nginx proxy.',
        protocols: ['tcp'],
        sources: [
          { url: 'https://github.com/Alinto/sogo/blob/master/Documentation/SOGoInstallationGuide.asciidoc', title: 'SOGo Installation and Configuration Guide source (WOPort defaults to 127.0.0.1:20000)', kind: 'project', checked: '2026-11-30' },
        ],
      },
    ],
    security: [
      {
        note: 'Plain DNP3 does not authenticate the master, so the port should never be reachable from untrusted networks; IANA registers 19999 for DNP3 over TLS (dnp-sec).',
        sources: [
          {
            url: 'https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xhtml?search=19999',
            title: 'IANA Service Name and Port Number Registry: dnp-sec (19999)',
            kind: 'standard',
          },
        ],
      },
    ],
    related: [19999, 2404],
  },
  {
    port: 44818,
    protocols: ['tcp', 'udp'],
    name: 'EtherNet/IP explicit messaging (CIP)',
    summary: 'EtherNet/IP devices such as Rockwell/Allen-Bradley controllers accept Common Industrial Protocol (CIP) explicit messages, sessions and device discovery on this port.',
    category: 'iot-industrial',
    aliases: ['ethernet-ip', 'enip', 'cip'],
    status: 'official',
    sources: [
      {
        url: 'https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xhtml?search=44818',
        title: 'IANA Service Name and Port Number Registry: EtherNet-IP-2 (44818)',
        kind: 'standard',
      },
    ],
    related: [2222],
  },
  {
    port: 2222,
    protocols: ['tcp', 'udp'],
    name: 'EtherNet/IP implicit I/O',
    summary: 'EtherNet/IP devices exchange cyclic (implicit) I/O data between controllers and field devices over UDP on this port, which IANA registered as EtherNet-IP-1.',
    category: 'iot-industrial',
    aliases: ['ethernet-ip-io', 'enip-io'],
    status: 'official',
    sources: [
      {
        url: 'https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xhtml?search=2222',
        title: 'IANA Service Name and Port Number Registry: EtherNet-IP-1 (2222)',
        kind: 'standard',
      },
    ],
    unofficialUses: [
      {
        user: 'MITRE Caldera FTP contact',
        description: 'MITRE Caldera\'s default configuration also starts an FTP server on port 2222 on all interfaces, one of the channels its agents can use to reach the server.',
        protocols: ['tcp'],
        sources: [
          source.githubCalderaDefaultYml,
        ],
      },
      {
        user: 'Cowrie SSH honeypot',
        description: 'The Cowrie SSH and Telnet honeypot listens for SSH on TCP 2222 on all interfaces in its shipped configuration.',
        protocols: ['tcp'],
        sources: [
          source.githubCowrieCfgDist,
        ],
      },
      {
        user: 'DirectAdmin control panel',
        description: 'The DirectAdmin web-hosting control panel serves its login and interface on TCP 2222, where a Go front end now speaks HTTP/2 as well as HTTP/1.1.',
        protocols: ['tcp'],
        sources: [
          { url: 'https://docs.directadmin.com/directadmin/general-usage/securing-da-panel.html', title: 'DirectAdmin documentation: Securing DirectAdmin (panel port 2222)', kind: 'vendor', checked: '2026-11-30' },
          { url: 'https://docs.directadmin.com/directadmin/general-usage/directadmin-binary.html', title: 'DirectAdmin documentation: The DirectAdmin binary (HTTP/2 on port 2222)', kind: 'vendor', checked: '2026-11-30' },
        ],
      },
      {
        user: 'Concourse CI TSA (worker registration)',
        description: 'The web node of Concourse CI accepts its workers on the TSA port, 2222 by default, an SSH-based service through which workers register and are reached.',
        protocols: ['tcp'],
        sources: [
          { url: 'https://github.com/concourse/docs/blob/master/docs/docs/install/guides/docker-compose.md', title: 'Concourse documentation source: Docker Compose install guide (TSA port, default 2222)', kind: 'project', checked: '2026-11-30' },
        ],
      },
    ],
    related: [44818],
  },
  {
    port: 102,
    protocols: ['tcp'],
    name: 'ISO-TSAP (Siemens S7, IEC 61850 MMS)',
    summary: 'ISO transport services over TCP (RFC 1006) run on this port; Siemens S7 PLCs use it for S7comm engineering and HMI traffic, and IEC 61850 substation devices use it for MMS.',
    category: 'iot-industrial',
    aliases: ['iso-tsap', 's7comm', 'rfc1006', 'mms'],
    status: 'official',
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc1006',
        title: 'RFC 1006: ISO Transport Service on top of the TCP, Version 3',
        kind: 'standard',
      },
    ],
  },
  {
    port: 47808,
    protocols: ['udp'],
    name: 'BACnet/IP',
    summary: 'Building automation controllers (HVAC, lighting, access control) exchange BACnet messages over UDP on this port, 0xBAC0 in hexadecimal.',
    category: 'iot-industrial',
    aliases: ['bacnet', 'bacnet-ip'],
    status: 'official',
    sources: [
      {
        url: 'https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xhtml?search=47808',
        title: 'IANA Service Name and Port Number Registry: bacnet (47808)',
        kind: 'standard',
      },
    ],
    related: [1911],
  },
  {
    port: 4840,
    protocols: ['tcp'],
    name: 'OPC UA',
    summary: 'OPC Unified Architecture servers in factories and process plants accept the binary OPC UA TCP protocol on this port (opc.tcp:// URLs default to it).',
    category: 'iot-industrial',
    aliases: ['opcua', 'opc-ua', 'opc.tcp'],
    status: 'official',
    sources: [
      {
        url: 'https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xhtml?search=4840',
        title: 'IANA Service Name and Port Number Registry: opcua-tcp (4840)',
        kind: 'standard',
      },
    ],
    security: [
      {
        note: 'CISA, DOE, NSA and the FBI warned in 2022 that an attacker toolkit could scan for, brute-force and control OPC UA servers once inside an OT network; require signed and encrypted security policies and user authentication.',
        sources: [
          source.cisaCybersecurityAdvisoriesAa22103a,
        ],
      },
    ],
    related: [4843],
  },
  {
    port: 4843,
    protocols: ['tcp'],
    name: 'OPC UA over TLS',
    summary: 'IANA registered this port for OPC UA carried over TLS, used by servers that wrap the OPC UA protocol in a TLS session.',
    category: 'iot-industrial',
    aliases: ['opcua-tls'],
    status: 'official',
    sources: [
      {
        url: 'https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xhtml?search=4843',
        title: 'IANA Service Name and Port Number Registry: opcua-tls (4843)',
        kind: 'standard',
      },
    ],
    related: [4840],
  },
  {
    port: 1911,
    protocols: ['tcp'],
    name: 'Niagara Fox',
    summary: 'Tridium Niagara building-automation stations and Workbench talk to each other with the proprietary Fox protocol on this TCP port by default; IANA assigned the number to an unrelated Starlight Networks protocol.',
    category: 'iot-industrial',
    aliases: ['niagara', 'fox', 'tridium'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://basidekick.com/wiki/niagara-network-architecture-fox-bacnet',
        title: 'BASidekick: Niagara Network Architecture (FOX, BACnet)',
        kind: 'secondary',
      },
    ],
    related: [47808],
  },
  {
    port: 5683,
    protocols: ['udp', 'tcp'],
    name: 'CoAP',
    summary: 'The Constrained Application Protocol, a compact REST-style protocol for small IoT devices, uses this port for coap:// over UDP (and TCP per RFC 8323).',
    category: 'iot-industrial',
    aliases: ['coap'],
    status: 'official',
    sources: [
      source.rfcEditorRfcRfc7252,
      source.rfcEditorRfcRfc8323,
    ],
    security: [
      {
        note: 'Unsecured CoAP over UDP can be abused as a reflection and amplification source, since a small request can draw a much larger response; RFC 7252 discusses this risk and recommends DTLS (port 5684).',
        sources: [
          source.rfcEditorRfcRfc7252,
        ],
      },
    ],
    related: [5684],
  },
  {
    port: 5684,
    protocols: ['udp', 'tcp'],
    name: 'CoAP over DTLS/TLS (coaps)',
    summary: 'Secured CoAP (coaps://) runs over DTLS on this UDP port, and over TLS on the same TCP port as defined in RFC 8323.',
    category: 'iot-industrial',
    aliases: ['coaps'],
    status: 'official',
    sources: [
      source.rfcEditorRfcRfc7252,
      source.rfcEditorRfcRfc8323,
    ],
    related: [5683],
  },
  {
    port: 2404,
    protocols: ['tcp'],
    name: 'IEC 60870-5-104',
    summary: 'Power-grid control centres and substation RTUs exchange IEC 60870-5-104 telecontrol messages over TCP on this IANA-registered port.',
    category: 'iot-industrial',
    aliases: ['iec104', 'iec-104', 'iec-60870-5-104'],
    status: 'official',
    sources: [
      {
        url: 'https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xhtml?search=2404',
        title: 'IANA Service Name and Port Number Registry: iec-104 (2404)',
        kind: 'standard',
      },
    ],
    related: [20000, 102],
  },
  {
    port: 34964,
    protocols: ['udp'],
    name: 'PROFINET context manager',
    summary: 'PROFINET IO controllers and devices set up connections (the DCE/RPC-based context manager) on this port, one of three numbers IANA registered for PROFINET.',
    category: 'iot-industrial',
    aliases: ['profinet', 'profinet-cm'],
    status: 'official',
    sources: [
      {
        url: 'https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xhtml?search=34964',
        title: 'IANA Service Name and Port Number Registry: profinet-cm (34964)',
        kind: 'standard',
      },
    ],
  },
  {
    port: 3671,
    protocols: ['udp', 'tcp'],
    name: 'KNXnet/IP',
    summary: 'KNX home and building automation gateways and routers carry KNX telegrams over IP (KNXnet/IP, originally EIBnet/IP) on this port.',
    category: 'iot-industrial',
    aliases: ['knx', 'knxnet-ip', 'eibnet'],
    status: 'official',
    sources: [
      {
        url: 'https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xhtml?search=3671',
        title: 'IANA Service Name and Port Number Registry: efcp, e Field Control (EIBnet) (3671)',
        kind: 'standard',
      },
    ],
  },
  {
    port: 5094,
    protocols: ['tcp', 'udp'],
    name: 'HART-IP',
    summary: 'HART-IP carries HART field-instrument commands over IP between asset-management hosts, gateways and smart transmitters on this IANA-registered port.',
    category: 'iot-industrial',
    aliases: ['hart-ip', 'hart'],
    status: 'official',
    sources: [
      {
        url: 'https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xhtml?search=5094',
        title: 'IANA Service Name and Port Number Registry: hart-ip (5094)',
        kind: 'standard',
      },
    ],
  },
  {
    port: 8123,
    protocols: ['tcp'],
    name: 'Home Assistant',
    summary: 'The Home Assistant home-automation server serves its web interface, REST API and WebSocket API on this port unless server_port is changed in the http integration.',
    category: 'iot-industrial',
    aliases: ['home-assistant', 'homeassistant', 'hass'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://www.home-assistant.io/integrations/http/',
        title: 'Home Assistant docs: HTTP integration (server_port)',
        kind: 'project',
      },
    ],
    related: [6053, 1883],
  },
  {
    port: 6053,
    protocols: ['tcp'],
    name: 'ESPHome native API',
    summary: 'ESPHome firmware on ESP32/ESP8266 devices serves its protobuf-based native API on this TCP port, which Home Assistant connects to for sensor states and commands.',
    category: 'iot-industrial',
    aliases: ['esphome'],
    status: 'unofficial',
    sources: [
      source.esphomeComponentsApi,
    ],
    security: [
      {
        note: 'The API can be protected with a pre-shared encryption key (Noise protocol); without one, anything on the network that reaches the port can control the device.',
        sources: [
          source.esphomeComponentsApi,
        ],
      },
    ],
    related: [8123],
  },
  {
    port: 17185,
    protocols: ['udp'],
    name: 'VxWorks WDB debug agent',
    summary: 'Devices built on the VxWorks real-time OS often leave the Wind River WDB debug agent answering on UDP 17185; it lets anyone who reaches it read and write memory and call functions, and it was found enabled on industrial controllers and Cisco IP phones. IANA lists 17185 for Sounds Virtual.',
    category: 'iot-industrial',
    aliases: ['wdb', 'vxworks-wdb', 'wind-debug'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://Nmap.org/nsedoc/scripts/wdb-version.html',
        title: 'Nmap NSE documentation: wdb-version (Wind DeBug agent, enabled by default on many VxWorks devices)',
        kind: 'project',
        checked: '2026-11-30',
      },
      source.githubusercontentCve20102965Json,
      {
        url: 'https://raw.githubusercontent.com/CVEProject/cvelistV5/main/cves/2005/3xxx/CVE-2005-3804.json',
        title: 'CVE-2005-3804: Cisco 7920 IP phone listens on UDP 17185 for a VxWorks debugger',
        kind: 'observed',
        checked: '2026-11-30',
      },
      source.ianaServiceNamesPortNumbersXml,
    ],
    security: [
      {
        note: 'An exposed WDB agent gives remote memory read and write and function calls without real authentication (CVE-2010-2965); the debug service should be compiled out or blocked on production devices.',
        sources: [
          source.githubusercontentCve20102965Json,
        ],
      },
    ],
  },
  {
    port: 3232,
    protocols: ['tcp'],
    name: 'ESPHome / Arduino OTA updates on ESP32',
    summary: 'ESP32 boards running ESPHome firmware accept over-the-air firmware uploads on this port by default; IANA lists the number for the unrelated MDT port (mdtp).',
    category: 'iot-industrial',
    aliases: ['esp32-ota', 'esphome-ota'],
    status: 'unofficial',
    sources: [
      source.githubEsphomeRst,
    ],
    security: [
      {
        note: 'Anyone who can reach the OTA port can try to flash new firmware, so ESPHome lets you set an OTA password; without one, any host on the network can replace the device\'s code.',
        sources: [
          source.githubEsphomeRst,
        ],
      },
    ],
    related: [8266, 6053],
  },
  {
    port: 8266,
    protocols: ['tcp'],
    name: 'ESPHome OTA updates on ESP8266',
    summary: 'ESP8266 boards running ESPHome firmware take over-the-air firmware uploads on this port by default; IANA reserves it for UDP as the ESPeasy peer-to-peer port (espeasy-p2p).',
    category: 'iot-industrial',
    aliases: ['esp8266-ota'],
    status: 'unofficial',
    sources: [
      source.githubEsphomeRst,
    ],
    related: [3232, 6053],
  },
  {
    port: 1880,
    protocols: ['tcp'],
    name: 'Node-RED editor and HTTP endpoints',
    summary: 'Node-RED, the flow-based automation tool common on Raspberry Pis and smart-home servers, serves its editor, admin API and any HTTP-in flows on this port on all IPv4 interfaces by default; IANA lists the number for Gilat VSAT Control.',
    category: 'iot-industrial',
    aliases: ['node-red', 'nodered'],
    status: 'unofficial',
    sources: [
      source.githubSettingsJs,
    ],
    security: [
      {
        note: 'The shipped settings file leaves adminAuth commented out, so the editor has no password until you set one, and a flow editor can run arbitrary code on the host; bind it to 127.0.0.1 (uiHost) or enable adminAuth before exposing it.',
        sources: [
          source.githubSettingsJs,
        ],
      },
    ],
    related: [1883],
  },
  {
    port: 5540,
    protocols: ['tcp', 'udp'],
    name: 'Matter (smart-home devices)',
    summary: 'Matter devices, controllers and bridges exchange their secured operational messages on this port, mostly over UDP, after finding each other with mDNS; the Matter SDK builds it in as CHIP_PORT.',
    category: 'iot-industrial',
    aliases: ['matter', 'chip', 'project-chip'],
    status: 'official',
    sources: [
      {
        url: 'https://github.com/project-chip/connectedhomeip/blob/master/src/lib/core/CHIPConfig.h',
        title: 'Matter SDK (connectedhomeip) source: src/lib/core/CHIPConfig.h (CHIP_PORT 5540, TCP/UDP port for secured traffic)',
        kind: 'project',
        checked: '2026-11-30',
      },
      source.ianaServiceNamesPortNumbersXml,
    ],
    related: [5353, 5580],
  },
  {
    port: 5580,
    protocols: ['tcp'],
    name: 'Python Matter Server WebSocket (Home Assistant)',
    summary: 'The Python Matter Server, which Home Assistant uses as its Matter controller, offers its WebSocket API on this port by default; IANA lists the number for T-Mobile SMS Protocol Message 0 (tmosms0).',
    category: 'iot-industrial',
    aliases: ['matter-server', 'python-matter-server'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/home-assistant-libs/python-matter-server/blob/main/matter_server/server/__main__.py',
        title: 'python-matter-server source: matter_server/server/__main__.py (DEFAULT_PORT = 5580, "TCP Port to run the websocket server")',
        kind: 'project',
        checked: '2026-11-30',
      },
      {
        url: 'https://github.com/home-assistant-libs/python-matter-server/blob/main/dashboard/README.md',
        title: 'python-matter-server dashboard README: ws://homeassistant.local:5580',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    related: [5540, 8123],
  },
  {
    port: 8581,
    protocols: ['tcp'],
    name: 'Homebridge UI (homebridge-config-ui-x)',
    summary: 'The web interface for managing a Homebridge install, its plugins and its HomeKit pairing is served on this port by default.',
    category: 'iot-industrial',
    aliases: ['homebridge-ui', 'homebridge-config-ui-x'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/homebridge/homebridge-config-ui-x/blob/latest/README.md',
        title: 'homebridge-config-ui-x README: the UI is reached by default on port 8581',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    related: [51826],
  },
  {
    port: 6052,
    protocols: ['tcp'],
    name: 'ESPHome dashboard',
    summary: 'The ESPHome dashboard, the web UI for writing device configs, compiling firmware and flashing ESP boards (also the Home Assistant add-on), serves HTTP on this port and binds to all addresses by default.',
    category: 'iot-industrial',
    aliases: ['esphome-dashboard'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/esphome/esphome-docs/blob/current/guides/cli.rst',
        title: 'ESPHome documentation: Command Line Interface (esphome dashboard --port, defaults to 6052; --address defaults to 0.0.0.0)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    related: [6053, 3232, 8266],
  },
  {
    port: 8883,
    protocols: ['tcp'],
    name: 'MQTT over TLS (MQTTS)',
    summary: 'MQTT brokers and clients use this port for MQTT over TLS, the encrypted counterpart of 1883; the MQTT specification notes both IANA registrations, and mqtts:// URLs default to it.',
    category: 'iot-industrial',
    aliases: ['mqtts', 'secure-mqtt', 'mqtt-tls'],
    status: 'official',
    sources: [
      source.oasisOpenMqttV50,
      {
        url: 'https://reference.opcfoundation.org/Core/Part14/v105/docs/7.3.5.2',
        title: 'OPC UA Part 14 (PubSub) 7.3.5.2: mqtts:// default port is 8883, mqtt:// is 1883',
        kind: 'standard',
        checked: '2026-11-30',
      },
    ],
    related: [1883],
  },
  {
    port: 7125,
    protocols: ['tcp'],
    name: 'Moonraker (Klipper 3D-printer API)',
    summary: 'Moonraker, the API server that Mainsail, Fluidd and other front ends use to drive Klipper 3D printers, listens for HTTP and WebSocket clients on this port by default.',
    category: 'iot-industrial',
    aliases: ['moonraker', 'klipper'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/Arksine/moonraker/blob/master/docs/configuration.md',
        title: 'Moonraker documentation: Configuration ([server] port, default is 7125)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    related: [80],
  },
  {
    port: 18083,
    protocols: ['tcp'],
    name: 'EMQX dashboard and management API',
    summary: 'The EMQX MQTT broker serves its web dashboard, and since version 5.1 its whole REST management API, over HTTP on this port by default.',
    category: 'iot-industrial',
    aliases: ['emqx', 'emqx-dashboard'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://github.com/emqx/emqx-docs/blob/release-5.8/en_US/dashboard/introduction.md',
        title: 'EMQX documentation: Dashboard introduction (listens to port 18083 by default)',
        kind: 'project',
        checked: '2026-11-30',
      },
      {
        url: 'https://github.com/emqx/emqx-docs/blob/release-5.8/en_US/changes/breaking-changes-5.1.0.md',
        title: 'EMQX documentation: Breaking changes in 5.1.0 (port 8081 closed; all API requests use 18083)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    related: [1883, 8883],
  },
  {
    port: 8892,
    protocols: ['tcp'],
    name: 'ESPHome OTA updates on Beken chips',
    summary: 'Devices built on Beken chips and running ESPHome firmware take over-the-air firmware uploads on this port by default; IANA lists the number for a Desktop Data FARM product port (ddi-tcp-5).',
    category: 'iot-industrial',
    aliases: ['beken-ota'],
    status: 'unofficial',
    sources: [
      source.githubEsphomeRst,
    ],
    related: [3232, 8266, 6052],
  },
  {
    port: 9999,
    protocols: ['tcp', 'udp'],
    name: 'TP-Link Kasa smart plugs (legacy protocol)',
    summary: 'Older TP-Link Kasa smart plugs and bulbs (HS100, HS110 and similar) take JSON commands on TCP 9999 and answer discovery broadcasts on UDP 9999; newer firmware moved to encrypted HTTP on port 80 and discovery on UDP 20002.',
    category: 'iot-industrial',
    aliases: ['kasa', 'tp-link', 'tplink', 'hs100', 'hs110', 'smartplug'],
    status: 'unofficial',
    sources: [
      source.githubSoftscheckTplinkSmartplug,
      {
        url: 'https://python-kasa.readthedocs.io/en/latest/topics.html',
        title: 'python-kasa documentation: Topics, Discovery (ports 9999 and 20002)',
        kind: 'project',
        checked: '2026-11-30',
      },
    ],
    unofficialUses: [
      {
        user: 'Metamorfo banking trojan',
        description: 'Metamorfo (Casbaneiro), a Latin-American banking trojan, has talked to its hosts over raw TCP on port 9999, per MITRE ATT&CK citing FireEye.',
        protocols: ['tcp'],
        sources: [
          {
            url: 'https://attack.mitre.org/software/S0455',
            title: 'MITRE ATT&CK S0455 Metamorfo: has communicated with hosts over raw TCP on port 9999 (citing FireEye, April 2018)',
            kind: 'secondary',
            checked: '2026-11-30',
          },
        ],
      },
    ],
    security: [
      {
        note: 'The legacy protocol hides its JSON behind a trivial XOR autokey cipher with no authentication, so anyone on the local network can read and switch a device that still speaks it.',
        sources: [
          source.githubSoftscheckTplinkSmartplug,
        ],
      },
    ],
  },
  {
    port: 51826,
    protocols: ['tcp'],
    name: 'Homebridge HomeKit bridge (HAP)',
    summary: 'Homebridge, which exposes non-HomeKit devices to Apple Home, runs its HomeKit Accessory Protocol bridge on the port set in config.json, and its sample configuration and most installs use TCP 51826.',
    category: 'iot-industrial',
    aliases: ['homebridge', 'hap'],
    status: 'unofficial',
    sources: [
      {
        url: 'https://raw.githubusercontent.com/nfarina/homebridge/master/config-sample.json',
        title: 'Homebridge source: config-sample.json (bridge port 51826)',
        kind: 'project',
      },
      {
        url: 'https://github.com/homebridge/homebridge/issues/2199',
        title: 'homebridge/homebridge issue 2199: maintainers on the usual bridge port 51826',
        kind: 'project',
      },
    ],
    related: [5353, 8581],
  },
];
