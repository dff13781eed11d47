import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { FIXTURE_HTTPS_URL, FIXTURE_LINES, FIXTURE_MAC, renderBuiltIn, type FixtureOverrides } from '../fixture';

const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, trimValues: false });

/** The phone's view: `<hl_provision><config>` of `<Pn para="…">value</Pn>`, keyed by P number. */
function pValues(xml: string): Map<string, string> {
  const config = parser.parse(xml).hl_provision.config as Record<string, string | { '#text'?: string }>;
  return new Map(
    Object.entries(config)
      .filter(([key]) => /^P\d+$/.test(key))
      .map(([key, value]) => [key, typeof value === 'string' ? value : (value['#text'] ?? '')]),
  );
}

const render = (overrides?: FixtureOverrides) => renderBuiltIn('Htek UC9xx', overrides);

/** Accounts 1–3 of the fixture: active, profile, server, transport, user, auth, password, display name. */
const ACCOUNT_KEYS = [
  ['P271', 'P24082', 'P47', 'P130', 'P35', 'P36', 'P34', 'P3'],
  ['P401', 'P24083', 'P747', 'P830', 'P735', 'P736', 'P734', 'P703'],
  ['P501', 'P24084', 'P502', 'P930', 'P504', 'P505', 'P506', 'P507'],
];

describe('Htek UC9xx', () => {
  it('is cfg<mac>.xml with no common file, so cfg<device code>.xml is missing and the phone goes on to its MAC file', () => {
    const { fileName, commonFiles } = render();
    expect(fileName).toBe(`cfg${FIXTURE_MAC}.xml`);
    expect(commonFiles).toEqual({});
  });

  it('keeps the phone on our directory and checks it every 720 minutes', () => {
    const p = pValues(render().body);
    expect(p.get('P237')).toBe(FIXTURE_HTTPS_URL);
    expect(p.get('P194')).toBe('1');
    expect(p.get('P193')).toBe('720');
  });

  it('gives every line its own server and transport (TLS 5061) and binds it to profile 1', () => {
    const p = pValues(render().body);
    ACCOUNT_KEYS.forEach(([active, profile, server, transport, user, auth, password, display], i) => {
      const n = i + 1;
      expect(p.get(active)).toBe('1');
      expect(p.get(profile)).toBe('0');
      expect(p.get(server)).toBe('pbx.example.com:5061');
      expect(p.get(transport)).toBe('2');
      expect(p.get(user)).toBe(`u20${n}`);
      expect(p.get(auth)).toBe(`a20${n}`);
      expect(p.get(password)).toBe(`S1p-Pass-20${n}`);
      expect(p.get(display)).toBe(`Line ${n} "Sales" & Co`);
    });
    expect(p.get('P601')).toBe('0');
    for (const key of ['P602', 'P604', 'P606']) expect(p.get(key)).toBe('');
  });

  it('on a one-line device, deactivates account 2 and leaves it empty', () => {
    const p = pValues(render({ lines: [FIXTURE_LINES[0]] }).body);
    expect(p.get('P271')).toBe('1');
    expect(p.get('P401')).toBe('0');
    for (const key of ['P747', 'P735', 'P736', 'P734', 'P703']) expect(p.get(key)).toBe('');
  });

  it('sets VLAN 20, the New York zone with automatic DST that DHCP may not override, NTP and admin password', () => {
    const p = pValues(render().body);
    expect(p.get('P24053')).toBe('1');
    expect(p.get('P51')).toBe('20');
    expect(p.get('P87')).toBe('5');
    expect(p.get('P64')).toBe('18');
    expect(p.get('P75')).toBe('2');
    expect(p.get('P143')).toBe('0');
    expect(p.get('P30')).toBe('ntp.example.com');
    expect(p.get('P2')).toBe('Adm1n-Pass');
  });

  it('without a VLAN switches the WAN VLAN off, and without a password writes no P2', () => {
    const p = pValues(render({ device: { adminPassword: '', vlanId: null } }).body);
    expect(p.get('P24053')).toBe('0');
    expect(p.get('P51')).toBe('0');
    expect(p.has('P2')).toBe(false);
  });

  it("follows the device's own time zone", () => {
    expect(pValues(render({ device: { timeZone: 'Europe/Berlin', language: 'de' } }).body).get('P64')).toBe('49');
  });
});
