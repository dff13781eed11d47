import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { FIXTURE_HTTPS_URL, FIXTURE_MAC, renderBuiltIn, type FixtureOverrides } from '../fixture';

const parser = new XMLParser({ ignoreAttributes: false, isArray: (_name, _path, _leaf, isAttribute) => !isAttribute });

/** The phone's view: `<settings>` of `<setting id value/>`. */
function settings(xml: string): Map<string, string> {
  const list = (parser.parse(xml).settings[0].setting ?? []) as Array<{ '@_id': string; '@_value': string }>;
  return new Map(list.map((s) => [s['@_id'], s['@_value']]));
}

const render = (overrides?: FixtureOverrides) => renderBuiltIn('Alcatel-Lucent Myriad', overrides);

describe('Alcatel-Lucent Myriad', () => {
  it('serves config.xml (first request) and config.<mac>.xml', () => {
    const { fileName, commonFiles } = render();
    expect(fileName).toBe(`config.${FIXTURE_MAC}.xml`);
    expect(Object.keys(commonFiles)).toEqual(['config.xml']);
  });

  it('keeps the phone on our directory and polling it, from both files', () => {
    const { body, commonFiles } = render();
    for (const xml of [body, commonFiles['config.xml']]) {
      const s = settings(xml);
      expect(s.get('DeviceProvisionServerUrl')).toBe(FIXTURE_HTTPS_URL);
      expect(s.get('DeviceProvisionPollingByIntervalEnable')).toBe('true');
      expect(s.get('DeviceProvisionPollingInterval')).toBe('720');
    }
  });

  it('registers every line through the PBX on TLS 5061', () => {
    const s = settings(render().body);
    for (const n of [1, 2, 3]) {
      expect(s.get(`Account${n}Enable`)).toBe('true');
      expect(s.get(`Account${n}UserName`)).toBe(`u20${n}`);
      expect(s.get(`Account${n}RegName`)).toBe(`a20${n}`);
      expect(s.get(`Account${n}Password`)).toBe(`S1p-Pass-20${n}`);
      expect(s.get(`Account${n}Server1Address`)).toBe('pbx.example.com');
      expect(s.get(`Account${n}Server1Port`)).toBe('5061');
      expect(s.get(`Account${n}Server1Transport`)).toBe('tls');
      expect(s.get(`Account${n}DisplayName`)).toBe(`Line ${n} "Sales" & Co`);
    }
    expect(s.has('Account4Enable')).toBe(false);
  });

  it('sets VLAN, New York time zone, NTP, admin password and Italian', () => {
    const s = settings(render().body);
    expect(s.get('DeviceNetworkLanVlanEnable')).toBe('true');
    expect(s.get('DeviceNetworkLanVlanNumber')).toBe('20');
    expect(s.get('SettingTimeZone')).toBe('-5:00');
    expect(s.get('SettingTimeZoneLocation')).toBe('America/New_York');
    expect(s.get('SettingDstEnable')).toBe('2');
    expect(s.get('SettingSntpServer')).toBe('ntp.example.com');
    expect(s.get('DeviceSecurityAdminPwd')).toBe('Adm1n-Pass');
    expect(s.get('SettingLanguage')).toBe('3');
  });

  it('writes no password or VLAN key when there is none', () => {
    const s = settings(render({ device: { adminPassword: '', vlanId: null } }).body);
    for (const key of ['DeviceSecurityAdminName', 'DeviceSecurityAdminPwd', 'DeviceNetworkLanVlanEnable', 'DeviceNetworkLanVlanNumber'])
      expect(s.has(key), key).toBe(false);
  });

  it("follows the device's own time zone and language", () => {
    const s = settings(render({ device: { timeZone: 'Europe/Berlin', language: 'de' } }).body);
    expect(s.get('SettingTimeZone')).toBe('+1:00');
    expect(s.get('SettingTimeZoneLocation')).toBe('Europe/Berlin');
    expect(s.get('SettingLanguage')).toBe('2');
  });
});
