import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { FIXTURE_HTTPS_URL, FIXTURE_LINES, FIXTURE_MAC, renderBuiltIn } from '../fixture';

/** What the phone reads: the child elements of `<flat-profile>`, each value as text. */
function profileOf(text: string): Record<string, string> {
  expect(XMLValidator.validate(text)).toBe(true);
  const parsed = new XMLParser({ parseTagValue: false, ignoreDeclaration: true }).parse(text);
  expect(Object.keys(parsed)).toEqual(['flat-profile']);
  const profile = parsed['flat-profile'] as Record<string, unknown>;
  for (const [key, value] of Object.entries(profile)) expect(typeof value, `${key} appears once`).toBe('string');
  return profile as Record<string, string>;
}

const profile = (...args: Parameters<typeof renderBuiltIn>) => profileOf(renderBuiltIn(...args).body);
const MAC_RULE = `${FIXTURE_HTTPS_URL}$MA.xml`;

describe.each([
  ['Cisco MPP 78xx', ['7811', '7821', '7832', '7841', '7861'], 16],
  ['Cisco MPP 88xx', ['8811', '8832', '8841', '8845', '8851', '8861', '8865'], 10],
] as const)('%s', (model, psns, lines) => {
  it("serves every model's factory $PSN.xml, which sends the phone on to its own $MA.xml in our directory", () => {
    const rendered = renderBuiltIn(model);
    expect(rendered.fileName).toBe(`${FIXTURE_MAC}.xml`);
    expect(Object.keys(rendered.commonFiles)).toEqual(psns.map((psn) => `${psn}-3PCC.xml`));
    for (const body of Object.values(rendered.commonFiles)) {
      const bootstrap = profileOf(body);
      expect(bootstrap).toMatchObject({ Profile_Rule: MAC_RULE, Profile_Rule_B: MAC_RULE });
      expect(bootstrap.Profile_Rule.replace('$MA', FIXTURE_MAC)).toBe(`${FIXTURE_HTTPS_URL}${rendered.fileName}`);
    }
  });

  it('keeps resyncing from our directory every interval', () => {
    expect(profile(model)).toMatchObject({
      Provision_Enable: 'Yes',
      Resync_On_Reset: 'Yes',
      Profile_Rule: MAC_RULE,
      Profile_Rule_B: '',
      Resync_Periodic: String(720 * 60),
      Resync_At__HHmm_: '0330',
    });
  });

  it('sets VLAN, NTP, New York time, admin password and language', () => {
    expect(profile(model)).toMatchObject({
      Enable_VLAN: 'Yes',
      VLAN_ID: '20',
      Connection_Type: 'DHCP',
      Primary_NTP_Server: 'ntp.example.com',
      Time_Zone: 'GMT-05:00',
      Daylight_Saving_Time_Enable: 'yes',
      Daylight_Saving_Time_Rule: 'start=3/8/7/2;end=11/1/7/2;save=1',
      Admin_Password: 'Adm1n-Pass',
      Language_Selection: 'Italian',
      Locale: 'it-IT',
    });
  });

  it('registers all three lines over TLS on port 5061 and switches the others off', () => {
    const p = profile(model);
    for (const n of [1, 2, 3]) {
      expect(p).toMatchObject({
        [`Line_Enable_${n}_`]: 'Yes',
        [`Proxy_${n}_`]: 'pbx.example.com:5061',
        [`SIP_Transport_${n}_`]: 'TLS',
        [`User_ID_${n}_`]: `u20${n}`,
        [`Use_Auth_ID_${n}_`]: 'Yes',
        [`Auth_ID_${n}_`]: `a20${n}`,
        [`Password_${n}_`]: `S1p-Pass-20${n}`,
        [`Display_Name_${n}_`]: `Line ${n} "Sales" & Co`,
      });
    }
    for (let n = 4; n <= lines; n++) expect(p[`Line_Enable_${n}_`]).toBe('No');
    expect(p).not.toHaveProperty('User_ID_4_');
    const udpOneLine = profile(model, { pbx: { sipTransport: 'udp' }, lines: FIXTURE_LINES.slice(0, 1) });
    expect(udpOneLine).toMatchObject({ Proxy_1_: 'pbx.example.com:5060', SIP_Transport_1_: 'UDP', Line_Enable_2_: 'No' });
  });

  it('renders no admin password when the device has none, and turns VLAN tagging off without a VLAN', () => {
    const p = profile(model, { device: { adminPassword: '', vlanId: null } });
    expect(p).not.toHaveProperty('Admin_Password');
    expect(p).not.toHaveProperty('VLAN_ID');
    expect(p.Enable_VLAN).toBe('No');
  });

  it("follows the device's own time zone and language", () => {
    expect(profile(model, { device: { timeZone: 'Europe/Berlin', language: 'de' } })).toMatchObject({
      Time_Zone: 'GMT+01:00',
      Daylight_Saving_Time_Rule: 'start=3/-1/7/2;end=10/-1/7/3;save=1',
      Language_Selection: 'German',
      Locale: 'de-DE',
    });
  });

  it('sets a static address only for a static device', () => {
    const p = profile(model, {
      device: { networkMode: 'static', ipAddress: '192.0.2.10', netmask: '255.255.255.0', gateway: '192.0.2.1', dns1: '192.0.2.53' },
    });
    expect(p).toMatchObject({
      Connection_Type: 'Static IP',
      Static_IP: '192.0.2.10',
      NetMask: '255.255.255.0',
      Gateway: '192.0.2.1',
      Primary_DNS: '192.0.2.53',
    });
    expect(profile(model)).not.toHaveProperty('Static_IP');
  });
});
