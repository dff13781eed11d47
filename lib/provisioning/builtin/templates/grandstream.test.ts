import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { FIXTURE_HTTPS_URL, FIXTURE_LINES, FIXTURE_MAC, renderBuiltIn, type FixtureOverrides } from '../fixture';

const parser = new XMLParser({ parseTagValue: false, trimValues: false });

/** The phone's view: `<gs_provision>` holding the device's `<mac>` and a `<config>` of P-values. */
function pValues(xml: string): { mac: string; p: Map<string, string> } {
  const root = parser.parse(xml).gs_provision as { mac: string; config: Record<string, string> };
  return { mac: root.mac, p: new Map(Object.entries(root.config).map(([key, value]) => [key, String(value)])) };
}

/** Accounts 1–3 of the fixture: active, server, transport, user, auth, password, display name. */
const ACCOUNT_KEYS = [
  ['P271', 'P47', 'P130', 'P35', 'P36', 'P34', 'P3'],
  ['P401', 'P402', 'P448', 'P404', 'P405', 'P406', 'P407'],
  ['P501', 'P502', 'P548', 'P504', 'P505', 'P506', 'P507'],
];

describe.each(['Grandstream GRP', 'Grandstream GXP'])('%s', (model) => {
  const render = (overrides?: FixtureOverrides) => renderBuiltIn(model, overrides);

  it('is cfg<mac>.xml for this MAC, with no common file: the phone asks for its MAC file first', () => {
    const { fileName, body, commonFiles } = render();
    expect(fileName).toBe(`cfg${FIXTURE_MAC}.xml`);
    expect(commonFiles).toEqual({});
    expect(pValues(body).mac).toBe(FIXTURE_MAC);
  });

  it('keeps the phone on our directory and checks it every 720 minutes', () => {
    const { p } = pValues(render().body);
    expect(p.get('P237')).toBe(FIXTURE_HTTPS_URL);
    expect(p.get('P212')).toBe('2');
    expect(p.get('P194')).toBe('1');
    expect(p.get('P193')).toBe('720');
  });

  it('registers the three lines on TLS 5061 and leaves lines 4–6 inactive and empty', () => {
    const { p } = pValues(render().body);
    ACCOUNT_KEYS.forEach(([active, server, transport, user, auth, password, display], i) => {
      const n = i + 1;
      expect(p.get(active)).toBe('1');
      expect(p.get(server)).toBe('pbx.example.com:5061');
      expect(p.get(transport)).toBe('2');
      expect(p.get(user)).toBe(`u20${n}`);
      expect(p.get(auth)).toBe(`a20${n}`);
      expect(p.get(password)).toBe(`S1p-Pass-20${n}`);
      expect(p.get(display)).toBe(`Line ${n} "Sales" & Co`);
    });
    for (const [active, server, user, password] of [
      ['P601', 'P602', 'P604', 'P606'],
      ['P1701', 'P1702', 'P1704', 'P1706'],
      ['P1801', 'P1802', 'P1804', 'P1806'],
    ]) {
      expect(p.get(active)).toBe('0');
      for (const key of [server, user, password]) expect(p.get(key)).toBe('');
    }
  });

  it('on a one-line device, disables account 2 and leaves it empty', () => {
    const { p } = pValues(render({ lines: [FIXTURE_LINES[0]] }).body);
    expect(p.get('P271')).toBe('1');
    expect(p.get('P401')).toBe('0');
    for (const key of ['P402', 'P404', 'P405', 'P406', 'P407', 'P417']) expect(p.get(key)).toBe('');
  });

  it('sets VLAN 20, the New York zone that DHCP may not override, NTP, admin password and Italian', () => {
    const { p } = pValues(render().body);
    expect(p.get('P51')).toBe('20');
    expect(p.get('P87')).toBe('5');
    expect(p.get('P64')).toBe('customize');
    expect(p.get('P246')).toBe('EST5EDT,M3.2.0,M11.1.0');
    expect(p.get('P143')).toBe('0');
    expect(p.get('P30')).toBe('ntp.example.com');
    expect(p.get('P2')).toBe('Adm1n-Pass');
    expect(p.get('P1362')).toBe('it');
  });

  it('without a VLAN writes the "no tag" value 0, and without a password no P2', () => {
    const { p } = pValues(render({ device: { adminPassword: '', vlanId: null } }).body);
    expect(p.get('P51')).toBe('0');
    expect(p.get('P87')).toBe('0');
    expect(p.has('P2')).toBe(false);
  });

  it("follows the device's own time zone and language", () => {
    const { p } = pValues(render({ device: { timeZone: 'Europe/Berlin', language: 'de' } }).body);
    expect(p.get('P246')).toBe('CET-1CEST,M3.5.0,M10.5.0/3');
    expect(p.get('P1362')).toBe('de');
  });

  it('writes no language key for a language the phone does not offer', () => {
    expect(pValues(render({ device: { language: 'fi' } }).body).p.has('P1362')).toBe(false);
  });
});
