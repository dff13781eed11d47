import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { FIXTURE_HTTPS_URL, type FixtureOverrides, renderBuiltIn } from '../fixture';

type Line = { '@_index': string; PhoneNumber: string; RegisterUser: string; RegisterPswd: string; RegisterPort: string; Transport: string; EnableReg: string };

/** The phone's view: the `<sysConf>` root, values as text. */
function sysConf(overrides?: FixtureOverrides) {
  const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (name) => name === 'line' });
  const doc = parser.parse(renderBuiltIn('Fanvil X series', overrides).body);
  expect(Object.keys(doc)).toContain('sysConf');
  return doc.sysConf;
}

describe('Fanvil X series', () => {
  const conf = sysConf();

  it('carries the config version and re-checks <mac>.cfg in our directory every 12 hours', () => {
    expect(conf.Version).toBe('2.0002');
    expect(conf.ap.FlashServerIP).toBe(FIXTURE_HTTPS_URL);
    expect(conf.ap.FlashFileName).toBe('$mac.cfg');
    expect(conf.ap.FlashMode).toBe('2');
    expect(conf.ap.FlashInterval).toBe('12');
  });

  it('registers every line over TLS (3) on 5061 and disables the others', () => {
    const lines: Line[] = conf.sip.line;
    for (const n of [1, 2, 3]) {
      const line = lines.find((l) => l['@_index'] === String(n))!;
      expect(line).toMatchObject({
        PhoneNumber: `u20${n}`,
        RegisterUser: `a20${n}`,
        RegisterPswd: `S1p-Pass-20${n}`,
        RegisterPort: '5061',
        Transport: '3',
        EnableReg: '1',
      });
    }
    const fourth = lines.find((l) => l['@_index'] === '4')!;
    expect(fourth.EnableReg).toBe('0');
    expect(fourth.RegisterPswd).toBe('');
  });

  it('sets VLAN 20, New York time, NTP, the admin password and Italian', () => {
    expect(conf.qos).toMatchObject({ EnableVLAN: '1', VLANID: '20', SignallingPriority: '5' });
    expect(conf.phone.date).toMatchObject({
      EnableSNTP: '1',
      SNTPServer: 'ntp.example.com',
      TimeZone: '-20',
      EnableDST: '2',
      DSTStartMon: '3',
      DSTStartWeek: '2',
    });
    expect(conf.phone.date).toMatchObject({ DSTEndMon: '11', DSTEndWeek: '1', DSTEndWday: '0', DSTEndHour: '2', DSTMinOffset: '60' });
    expect(conf.web.account).toMatchObject({ Name: 'admin', Password: 'Adm1n-Pass', Level: '10' });
    expect(conf.phone.display.DefaultLanguage).toBe('it');
    expect(conf.net).toMatchObject({ WANTYPE: '0', EnableDHCP: '1' });
  });

  it('writes no web account without a password, and switches the VLAN off without one', () => {
    const plain = sysConf({ device: { adminPassword: '', vlanId: null } });
    expect(plain.web).toBeUndefined();
    expect(plain.qos).toEqual({ EnableVLAN: '0' });
  });

  it("follows the device's own time zone and language", () => {
    const berlin = sysConf({ device: { timeZone: 'Europe/Berlin', language: 'de' } });
    expect(berlin.phone.date).toMatchObject({ TimeZone: '4', TimeZoneName: 'UTC+1', DSTStartWeek: '-1', DSTEndMon: '10' });
    expect(berlin.phone.display.DefaultLanguage).toBe('de');
  });

  it('sets a static address when the device has one', () => {
    const device = { networkMode: 'static' as const, ipAddress: '192.0.2.10', netmask: '255.255.255.0', gateway: '192.0.2.1', dns1: '192.0.2.53' };
    expect(sysConf({ device }).net).toEqual({
      WANTYPE: '1',
      EnableDHCP: '0',
      WANIP: '192.0.2.10',
      WANSubnetMask: '255.255.255.0',
      WANGateway: '192.0.2.1',
      DHCPAutoDNS: '0',
      PrimaryDNS: '192.0.2.53',
    });
  });

  it('needs no common file: a factory phone goes on to <mac>.cfg', () => {
    expect(renderBuiltIn('Fanvil X series').commonFiles).toEqual({});
  });
});
