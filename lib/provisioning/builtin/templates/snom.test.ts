import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { FIXTURE_HTTPS_URL, FIXTURE_MAC, renderBuiltIn, type FixtureOverrides } from '../fixture';

type Setting = { '#text'?: string | number; '@_idx'?: string };
const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (_name, _path, _leaf, isAttribute) => !isAttribute });

/** The phone's view: `<settings><phone-settings>`, each key with an optional identity index. */
function settings(xml: string): (name: string, idx?: number) => string | undefined {
  const root = parser.parse(xml).settings[0]['phone-settings'][0] as Record<string, Setting[]>;
  return (name, idx) => {
    const found = (root[name] ?? []).find((s) => (idx === undefined ? s['@_idx'] === undefined : s['@_idx'] === String(idx)));
    return found ? String(found['#text'] ?? '') : undefined;
  };
}

describe.each(['D735', 'D785'])('Snom %s', (model) => {
  const render = (overrides?: FixtureOverrides) => renderBuiltIn(`Snom ${model}`, overrides);

  it('names the files the phone asks for: snom<model>.htm, then snom<model>-<MAC>.htm', () => {
    const { fileName, commonFiles } = render();
    expect(fileName).toBe(`snom${model}-${FIXTURE_MAC.toUpperCase()}.htm`);
    expect(Object.keys(commonFiles)).toEqual([`snom${model}.htm`]);
  });

  it('keeps the phone on our directory and polling it, from the model file and the MAC file', () => {
    const { body, commonFiles } = render();
    for (const xml of [body, commonFiles[`snom${model}.htm`]]) {
      const get = settings(xml);
      expect(get('setting_server')).toBe(FIXTURE_HTTPS_URL);
      expect(get('prov_polling_enabled')).toBe('on');
      expect(get('prov_polling_period')).toBe('43200');
      expect(get('prov_polling_mode')).toBe('abs');
      expect(get('prov_polling_time')).toBe('03:30');
    }
    const relative = settings(render({ pbx: { resyncTime: '' } }).body);
    expect(relative('prov_polling_mode')).toBe('rel');
    expect(relative('prov_polling_time')).toBeUndefined();
  });

  it('registers every line through the PBX on TLS 5061, and switches off the identities it has not', () => {
    const get = settings(render().body);
    for (const n of [1, 2, 3]) {
      expect(get('user_active', n)).toBe('on');
      expect(get('user_name', n)).toBe(`u20${n}`);
      expect(get('user_pname', n)).toBe(`a20${n}`);
      expect(get('user_pass', n)).toBe(`S1p-Pass-20${n}`);
      expect(get('user_host', n)).toBe('voip.example.com');
      expect(get('user_outbound', n)).toBe('pbx.example.com:5061;transport=tls');
      expect(get('user_realname', n)).toBe(`Line ${n} "Sales" & Co`);
    }
    for (const n of [4, 12]) expect(get('user_active', n)).toBe('off');
    expect(get('user_name', 4)).toBeUndefined();
  });

  it('sets VLAN, New York time zone, NTP, admin password and Italian', () => {
    const get = settings(render().body);
    expect(get('vlan_id')).toBe('20');
    expect(get('vlan_qos')).toBe('5');
    expect(get('timezone')).toBe('USA-5');
    expect(get('ntp_server')).toBe('ntp.example.com');
    expect(get('http_pass')).toBe('Adm1n-Pass');
    expect(get('admin_mode_password')).toBe('Adm1n-Pass');
    expect(get('language')).toBe('Italiano');
    expect(get('web_language')).toBe('Italiano');
  });

  it('writes no password or VLAN key when there is none', () => {
    const get = settings(render({ device: { adminPassword: '', vlanId: null } }).body);
    for (const key of ['http_user', 'http_pass', 'admin_mode_password', 'vlan_id', 'vlan_qos']) expect(get(key), key).toBeUndefined();
  });

  it("follows the device's own time zone and language", () => {
    const get = settings(render({ device: { timeZone: 'Europe/Berlin', language: 'de' } }).body);
    expect(get('timezone')).toBe('GER+1');
    expect(get('language')).toBe('Deutsch');
  });

  it('writes the explicit offset and DST rule for a zone without a Snom code', () => {
    const get = settings(render({ device: { timeZone: 'Asia/Kathmandu' } }).body);
    expect(get('timezone')).toBeUndefined();
    expect(get('utc_offset')).toBe(String(5 * 3600 + 45 * 60));
  });

  it('turns DHCP off only for a static address', () => {
    expect(settings(render().body)('dhcp')).toBeUndefined();
    const get = settings(
      render({ device: { networkMode: 'static', ipAddress: '192.0.2.10', netmask: '255.255.255.0', gateway: '192.0.2.1', dns1: '192.0.2.53' } }).body,
    );
    expect([get('dhcp'), get('ip_adr'), get('netmask'), get('gateway'), get('dns_server1')]).toEqual([
      'off',
      '192.0.2.10',
      '255.255.255.0',
      '192.0.2.1',
      '192.0.2.53',
    ]);
    expect(get('dns_server2')).toBeUndefined();
  });
});
