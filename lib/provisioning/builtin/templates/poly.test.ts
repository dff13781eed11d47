import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { FIXTURE_HTTPS_URL, FIXTURE_MAC, renderBuiltIn } from '../fixture';

/** What the phone reads: the attributes of the one root element (`<polycomConfig …/>` or `<APPLICATION …/>`). */
function attributesOf(text: string, root: string): Record<string, string> {
  expect(XMLValidator.validate(text)).toBe(true);
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', parseAttributeValue: false, ignoreDeclaration: true }).parse(text);
  expect(Object.keys(parsed)).toEqual([root]);
  return parsed[root] as Record<string, string>;
}

const config = (...args: Parameters<typeof renderBuiltIn>) => attributesOf(renderBuiltIn(...args).body, 'polycomConfig');

describe.each(['Poly VVX', 'Poly Edge'])('%s', (model) => {
  it('names the per-device file the way the master lists it, and the master leads there from our directory', () => {
    const rendered = renderBuiltIn(model);
    expect(rendered.fileName).toBe(`${FIXTURE_MAC}-user.cfg`);
    const master = attributesOf(rendered.commonFiles['000000000000.cfg'], 'APPLICATION');
    // Relative name: the phone fetches it from the directory it got the master from, expanding the MAC itself.
    expect(master.CONFIG_FILES.split(',').map((f) => f.trim())).toEqual(['[PHONE_MAC_ADDRESS]-user.cfg']);
    expect(master.CONFIG_FILES.replace('[PHONE_MAC_ADDRESS]', FIXTURE_MAC)).toBe(rendered.fileName);
  });

  it('keeps the phone on our server and polls it every interval at the resync time', () => {
    const c = config(model);
    expect(c).toMatchObject({
      'device.set': '1',
      'device.prov.serverName.set': '1',
      'device.prov.serverName': FIXTURE_HTTPS_URL,
      'device.dhcp.bootSrvUseOpt.set': '1',
      'device.dhcp.bootSrvUseOpt': 'Static',
      'prov.polling.enabled': '1',
      'prov.polling.mode': 'abs',
      'prov.polling.time': '03:30',
      'prov.polling.period': String(720 * 60),
    });
    const relative = config(model, { pbx: { resyncTime: '' } });
    expect(relative['prov.polling.mode']).toBe('rel');
    expect(relative).not.toHaveProperty('prov.polling.time');
  });

  it('sets VLAN, NTP, New York time, admin password and language', () => {
    expect(config(model)).toMatchObject({
      'device.net.vlanId.set': '1',
      'device.net.vlanId': '20',
      'tcpIpApp.sntp.address': 'ntp.example.com',
      'tcpIpApp.sntp.address.overrideDHCP': '1',
      'tcpIpApp.sntp.gmtOffset': '-18000',
      'tcpIpApp.sntp.daylightSavings.enable': '1',
      'tcpIpApp.sntp.daylightSavings.fixedDayEnable': '0',
      'tcpIpApp.sntp.daylightSavings.start.month': '3',
      'tcpIpApp.sntp.daylightSavings.start.date': '8',
      'tcpIpApp.sntp.daylightSavings.start.dayOfWeek': '1',
      'tcpIpApp.sntp.daylightSavings.start.dayOfWeek.lastInMonth': '0',
      'tcpIpApp.sntp.daylightSavings.start.time': '2',
      'tcpIpApp.sntp.daylightSavings.stop.month': '11',
      'tcpIpApp.sntp.daylightSavings.stop.date': '1',
      'tcpIpApp.sntp.daylightSavings.stop.time': '2',
      'device.auth.localAdminPassword.set': '1',
      'device.auth.localAdminPassword': 'Adm1n-Pass',
      'lcl.ml.lang': 'Italian_Italy',
      'device.dhcp.enabled': '1',
    });
  });

  it('registers all three lines over TLS on port 5061', () => {
    const c = config(model);
    for (const n of [1, 2, 3]) {
      expect(c).toMatchObject({
        [`reg.${n}.address`]: `u20${n}@voip.example.com`,
        [`reg.${n}.auth.userId`]: `a20${n}`,
        [`reg.${n}.auth.password`]: `S1p-Pass-20${n}`,
        [`reg.${n}.displayName`]: `Line ${n} "Sales" & Co`,
        [`reg.${n}.label`]: `20${n}`,
        [`reg.${n}.server.1.address`]: 'pbx.example.com',
        [`reg.${n}.server.1.port`]: '5061',
        [`reg.${n}.server.1.transport`]: 'TLS',
        [`msg.mwi.${n}.callBack`]: `*920${n}`,
      });
    }
    expect(Object.keys(c).filter((key) => key.startsWith('reg.4.'))).toEqual([]);
    expect(config(model, { pbx: { sipTransport: 'udp' } })).toMatchObject({ 'reg.1.server.1.transport': 'UDPOnly', 'reg.1.server.1.port': '5060' });
  });

  it('renders no admin password and no VLAN keys when the device has none', () => {
    const keys = Object.keys(config(model, { device: { adminPassword: '', vlanId: null } }));
    expect(keys.filter((key) => key.startsWith('device.auth.') || key.startsWith('device.net.vlanId'))).toEqual([]);
  });

  it("follows the device's own time zone and language", () => {
    expect(config(model, { device: { timeZone: 'Europe/Berlin', language: 'de' } })).toMatchObject({
      'tcpIpApp.sntp.gmtOffset': '3600',
      'tcpIpApp.sntp.daylightSavings.start.month': '3',
      'tcpIpApp.sntp.daylightSavings.start.dayOfWeek.lastInMonth': '1',
      'tcpIpApp.sntp.daylightSavings.stop.month': '10',
      'lcl.ml.lang': 'German_Germany',
    });
  });

  it('sets a static address only for a static device', () => {
    const c = config(model, { device: { networkMode: 'static', ipAddress: '192.0.2.10', netmask: '255.255.255.0', gateway: '192.0.2.1', dns1: '192.0.2.53' } });
    expect(c).toMatchObject({
      'device.dhcp.enabled': '0',
      'device.net.ipAddress': '192.0.2.10',
      'device.net.subnetMask': '255.255.255.0',
      'device.net.IPgateway': '192.0.2.1',
      'device.dns.serverAddress': '192.0.2.53',
    });
    expect(config(model)).not.toHaveProperty('device.net.ipAddress');
  });
});
