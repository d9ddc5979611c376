import type { NotablePortInput } from '../../src/lib/schemas/notable-port';

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
      {
        url: 'https://docs.oasis-open.org/mqtt/mqtt/v5.0/mqtt-v5.0.html',
        title: 'OASIS MQTT Version 5.0 specification',
        kind: 'standard',
      },
    ],
  },
];
