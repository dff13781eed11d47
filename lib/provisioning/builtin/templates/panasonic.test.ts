import { describe, expect, it } from 'vitest';
import { FIXTURE_HTTPS_URL, type FixtureOverrides, renderBuiltIn } from '../fixture';
import { PANASONIC_BOOTSTRAP_MODELS } from './panasonic';

const MODEL = 'Panasonic KX-HDV';
const MAGIC = '# Panasonic SIP Phone Standard Format File #';

/**
 * Reads a file the way the phone's parser does: the magic first line, every line ending in CRLF and
 * a final empty line, `#` comments and empty lines skipped, `KEY="value"` with no `"` inside the value,
 * the first occurrence of a key wins. Throws on anything the phone would refuse.
 */
function parsePanasonic(text: string): Map<string, string> {
  if (!text.startsWith(`${MAGIC}`)) throw new Error('missing the magic first line');
  if (!text.endsWith('\r\n')) throw new Error('the file must end with an empty line');
  const lines = text.slice(0, -2).split('\r\n');
  const keys = new Map<string, string>();
  for (const line of lines) {
    if (line.includes('\n') || line.includes('\r')) throw new Error(`bare line break in ${JSON.stringify(line)}`);
    if (line === '' || line.startsWith('#')) continue;
    const match = /^([A-Z0-9_]{1,32})="([^"]*)"$/.exec(line);
    if (!match) throw new Error(`not a KEY="value" line: ${JSON.stringify(line)}`);
    if (!keys.has(match[1])) keys.set(match[1], match[2]);
  }
  return keys;
}

const deviceKeys = (overrides?: FixtureOverrides) => parsePanasonic(renderBuiltIn(MODEL, overrides).body);

describe('Panasonic KX-HDV device file', () => {
  const keys = deviceKeys();

  it('is named Config<MAC>.cfg and parses as the phone reads it (CRLF, final empty line)', () => {
    const { fileName, body } = renderBuiltIn(MODEL);
    expect(fileName).toBe('Config0015657A8B9C.cfg');
    expect(body.split('\r\n')[0]).toBe(MAGIC);
    expect(body.endsWith('\r\n')).toBe(true);
  });

  it('points at its own file in our tenant directory and re-checks it every interval and at the set time', () => {
    expect(keys.get('CFG_STANDARD_FILE_PATH')).toBe(`${FIXTURE_HTTPS_URL}Config{MAC}.cfg`);
    expect(keys.get('CFG_CYCLIC')).toBe('Y');
    expect(keys.get('CFG_CYCLIC_INTVL')).toBe('720');
    expect(keys.get('CFG_RESYNC_TIME')).toBe('03:30');
    expect(keys.get('CFG_RESYNC_FROM_SIP')).toBe('check-sync');
  });

  it('registers every line over TLS on port 5061', () => {
    for (const n of [1, 2, 3]) {
      expect(keys.get(`SIP_TRANSPORT_${n}`)).toBe('2');
      expect(keys.get(`SIP_RGSTR_ADDR_${n}`)).toBe('pbx.example.com');
      expect(keys.get(`SIP_RGSTR_PORT_${n}`)).toBe('5061');
      expect(keys.get(`SIP_PRXY_PORT_${n}`)).toBe('5061');
      expect(keys.get(`SIP_SVCDOMAIN_${n}`)).toBe('voip.example.com');
      expect(keys.get(`PHONE_NUMBER_${n}`)).toBe(`u20${n}`);
      expect(keys.get(`SIP_URI_${n}`)).toBe(`sip:u20${n}@voip.example.com`);
      expect(keys.get(`SIP_AUTHID_${n}`)).toBe(`a20${n}`);
      expect(keys.get(`SIP_PASS_${n}`)).toBe(`S1p-Pass-20${n}`);
      expect(keys.get(`VM_NUMBER_${n}`)).toBe(`*920${n}`);
    }
    expect(keys.has('PHONE_NUMBER_4')).toBe(false);
  });

  it('makes the quotes of a display name safe inside KEY="value"', () => {
    expect(keys.get('DISPLAY_NAME_1')).toBe("Line 1 'Sales' & Co");
  });

  it('sets VLAN 20, NTP, the New York zone, the admin password and Italian', () => {
    expect(keys.get('VLAN_ENABLE')).toBe('Y');
    expect(keys.get('VLAN_ID_IP_PHONE')).toBe('20');
    expect(keys.get('VLAN_PRI_IP_PHONE')).toBe('5');
    expect(keys.get('NTP_ADDR')).toBe('ntp.example.com');
    expect(Object.fromEntries([...keys].filter(([key]) => key.startsWith('DST_') || key.includes('TIME_ZONE')))).toEqual({
      TIME_ZONE: '-300',
      DST_ENABLE: 'Y',
      DST_OFFSET: '60',
      DST_START_MONTH: '3',
      DST_START_ORDINAL_DAY: '2',
      DST_START_DAY_OF_WEEK: '0',
      DST_START_TIME: '120',
      DST_STOP_MONTH: '11',
      DST_STOP_ORDINAL_DAY: '1',
      DST_STOP_DAY_OF_WEEK: '0',
      DST_STOP_TIME: '120',
      LOCAL_TIME_ZONE_POSIX: 'EST5EDT,M3.2.0,M11.1.0',
    });
    expect(keys.get('ADMIN_ID')).toBe('admin');
    expect(keys.get('ADMIN_PASS')).toBe('Adm1n-Pass');
    expect(keys.get('DEFAULT_LANGUAGE')).toBe('it');
    expect(keys.get('WEB_LANGUAGE')).toBe('it');
    expect(keys.has('CONNECTION_TYPE')).toBe(false);
  });

  it('leaves out the admin, VLAN and fixed-time keys when they are not set', () => {
    const bare = deviceKeys({ device: { adminPassword: '', vlanId: null }, pbx: { resyncTime: '' } });
    for (const key of ['ADMIN_ID', 'ADMIN_PASS', 'VLAN_ENABLE', 'VLAN_ID_IP_PHONE', 'VLAN_PRI_IP_PHONE', 'CFG_RESYNC_TIME'])
      expect(bare.has(key), key).toBe(false);
    expect([...bare.values()]).not.toContain('');
  });

  it('follows a per-device time zone and language', () => {
    const berlin = deviceKeys({ device: { timeZone: 'Europe/Berlin', language: 'de' } });
    expect(berlin.get('TIME_ZONE')).toBe('60');
    expect(berlin.get('DST_STOP_MONTH')).toBe('10');
    expect(berlin.get('LOCAL_TIME_ZONE_POSIX')).toBe('CET-1CEST,M3.5.0,M10.5.0/3');
    expect(berlin.get('DEFAULT_LANGUAGE')).toBe('de');
  });

  it('has no DST rule in a zone without DST and no language keys for an unmapped language', () => {
    const tokyo = deviceKeys({ device: { timeZone: 'Asia/Tokyo', language: 'ja' } });
    expect(tokyo.get('TIME_ZONE')).toBe('540');
    expect(tokyo.get('DST_ENABLE')).toBe('N');
    expect(tokyo.has('DST_OFFSET')).toBe(false);
    expect(tokyo.has('DEFAULT_LANGUAGE')).toBe(false);
  });

  it('configures a static address only when the device has one', () => {
    const fixed = deviceKeys({
      device: { networkMode: 'static', ipAddress: '192.0.2.10', netmask: '255.255.255.0', gateway: '192.0.2.1', dns1: '192.0.2.53', dns2: '' },
    });
    expect(fixed.get('CONNECTION_TYPE')).toBe('0');
    expect(fixed.get('STATIC_IP_ADDRESS')).toBe('192.0.2.10');
    expect(fixed.get('STATIC_SUBNET')).toBe('255.255.255.0');
    expect(fixed.get('STATIC_GATEWAY')).toBe('192.0.2.1');
    expect(fixed.get('USER_DNS1_ADDR')).toBe('192.0.2.53');
    expect(fixed.has('USER_DNS2_ADDR')).toBe(false);
  });

  it('configures only the lines the device has', () => {
    const one = deviceKeys({ lines: [{ ...renderLine(1) }] });
    expect(one.get('PHONE_NUMBER_1')).toBe('u201');
    expect(one.has('PHONE_NUMBER_2')).toBe(false);
    expect(one.has('SIP_PASS_2')).toBe(false);
  });
});

describe('Panasonic KX-HDV pre-provisioning files', () => {
  const { commonFiles } = renderBuiltIn(MODEL);

  it('answers {MODEL}.cfg for each KX-HDV model, leading to Config{MAC}.cfg in our tenant directory', () => {
    expect(Object.keys(commonFiles).sort()).toEqual(PANASONIC_BOOTSTRAP_MODELS.map((model) => `${model}.cfg`).sort());
    expect(Object.keys(commonFiles)).toContain('KX-HDV230.cfg');
    for (const [fileName, text] of Object.entries(commonFiles)) {
      const keys = parsePanasonic(text);
      expect([...keys], fileName).toEqual([['CFG_STANDARD_FILE_PATH', `${FIXTURE_HTTPS_URL}Config{MAC}.cfg`]]);
    }
  });
});

function renderLine(n: number) {
  return {
    extension: `20${n}`,
    sipUsername: `u20${n}`,
    authUsername: `a20${n}`,
    sipPassword: `S1p-Pass-20${n}`,
    displayName: `Line ${n}`,
    firstName: '',
    lastName: '',
    voicemailNumber: '',
  };
}
