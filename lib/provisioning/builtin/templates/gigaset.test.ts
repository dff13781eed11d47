import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { FIXTURE_HTTPS_URL, FIXTURE_MAC, renderBuiltIn, type FixtureOverrides } from '../fixture';

const parser = new XMLParser({ ignoreAttributes: false, isArray: (_name, _path, _leaf, isAttribute) => !isAttribute });
type Param = { '@_name': string; '@_value': string };

/** The base's view: `<provisioning><nvm>` of `<param name value/>` and `<oper>` (handset additions). */
function nvm(xml: string) {
  const root = parser.parse(xml).provisioning[0].nvm[0] as { param?: Param[]; oper?: Array<{ '@_name': string; '@_value'?: string }> };
  const params = new Map((root.param ?? []).map((p) => [p['@_name'], p['@_value']]));
  const handsets = (root.oper ?? []).filter((o) => o['@_name'] === 'add_hs').map((o) => o['@_value']);
  return { params, handsets };
}

describe.each(['N670', 'N870'])('Gigaset %s', (model) => {
  const render = (overrides?: FixtureOverrides) => renderBuiltIn(`Gigaset ${model}`, overrides);
  const MAC_FILE = `${FIXTURE_MAC.toUpperCase()}.xml`;

  it('is the <MAC>.xml the base asks for once provisioning.xml is missing, with no common file', () => {
    const { fileName, commonFiles } = render();
    expect(fileName).toBe(MAC_FILE);
    expect(commonFiles).toEqual({});
  });

  it('points the base at its own file and re-checks it on the interval', () => {
    const { params } = nvm(render().body);
    expect(params.get('Provisioning.global.ProvisioningServer')).toBe(`${FIXTURE_HTTPS_URL}${MAC_FILE}`);
    expect(params.get('Provisioning.global.Period')).toBe('43200');
  });

  it('registers one handset per line (five-digit numbers) through the PBX on TLS 5061', () => {
    const { params, handsets } = nvm(render().body);
    expect(params.get('SipProvider.0.ProxyServerAddress')).toBe('pbx.example.com');
    expect(params.get('SipProvider.0.ProxyServerPort')).toBe('5061');
    expect(params.get('SipProvider.0.RegServerPort')).toBe('5061');
    expect(params.get('SipProvider.0.Domain')).toBe('voip.example.com');
    expect(params.get('SipProvider.0.TransportProtocol')).toBe('3');
    expect(handsets).toEqual(['00001', '00002', '00003']);
    for (const n of [1, 2, 3]) {
      const id = `SipAccount.0000${n}`;
      expect(params.get(`${id}.ProviderId`)).toBe('0');
      expect(params.get(`${id}.UserName`)).toBe(`u20${n}`);
      expect(params.get(`${id}.AuthName`)).toBe(`a20${n}`);
      expect(params.get(`${id}.AuthPassword`)).toBe(`S1p-Pass-20${n}`);
      expect(params.get(`${id}.DisplayName`)).toBe(`Line ${n} "Sales" & Co`);
    }
    expect(params.has('SipAccount.00004.UserName')).toBe(false);
  });

  it('numbers handset 12 as 00012', () => {
    const lines = Array.from({ length: 12 }, (_, i) => ({
      extension: `3${i}`,
      sipUsername: `s${i + 1}`,
      authUsername: '',
      sipPassword: `p${i + 1}`,
      displayName: '',
      firstName: '',
      lastName: '',
      voicemailNumber: '',
    }));
    const { params, handsets } = nvm(render({ lines }).body);
    expect(handsets.at(-1)).toBe('00012');
    expect(params.get('SipAccount.00012.UserName')).toBe('s12');
    expect(params.has('SipAccount.00012.VoiceMailMailbox')).toBe(false);
  });

  it('sets the New York zone, NTP and admin password', () => {
    const { params } = nvm(render().body);
    expect(params.get('DmGlobal.0.TimeZone')).toBe('America/New_York');
    expect(params.get('DmGlobal.0.NtpServer')).toBe('ntp.example.com');
    expect(params.get('WebUIAccounts.1.Password')).toBe('Adm1n-Pass');
  });

  it('writes no password key without one, and no zone key for a zone the base lacks', () => {
    expect(nvm(render({ device: { adminPassword: '', vlanId: null } }).body).params.has('WebUIAccounts.1.Password')).toBe(false);
    expect(nvm(render({ device: { timeZone: 'Asia/Kathmandu' } }).body).params.has('DmGlobal.0.TimeZone')).toBe(false);
  });

  it("follows the device's own time zone", () => {
    expect(nvm(render({ device: { timeZone: 'Europe/Berlin', language: 'de' } }).body).params.get('DmGlobal.0.TimeZone')).toBe('Europe/Berlin');
  });
});
