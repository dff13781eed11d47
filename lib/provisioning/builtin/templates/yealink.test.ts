import { describe, expect, it } from 'vitest';
import { FIXTURE_HTTPS_URL, renderBuiltIn } from '../fixture';

/** Yealink's grammar: first line `#!version:1.0.0.1`, then `key = value` lines; `#` starts a comment. */
function parseCfg(text: string): Map<string, string> {
  const [first, ...rest] = text.split('\n');
  expect(first).toBe('#!version:1.0.0.1');
  expect(text).not.toContain('\r');
  const keys = new Map<string, string>();
  for (const line of rest.filter((l) => l.trim() && !l.startsWith('#'))) {
    const match = /^([\w.]+) = (.*)$/.exec(line);
    expect(match, line).not.toBeNull();
    keys.set(match![1], match![2]);
  }
  return keys;
}

describe.each(['Yealink T4x', 'Yealink T5x'])('%s', (model) => {
  const rendered = renderBuiltIn(model);
  const cfg = parseCfg(rendered.body);

  it('re-checks our directory every 720 minutes and daily at 03:30', () => {
    expect(cfg.get('static.auto_provision.server.url')).toBe(FIXTURE_HTTPS_URL);
    expect(cfg.get('static.auto_provision.repeat.enable')).toBe('1');
    expect(cfg.get('static.auto_provision.repeat.minutes')).toBe('720');
    expect(cfg.get('static.auto_provision.weekly.enable')).toBe('1');
    expect(cfg.get('static.auto_provision.weekly.dayofweek')).toBe('0123456');
    expect(cfg.get('static.auto_provision.weekly.begin_time')).toBe('03:30');
  });

  it('registers every line over TLS on 5061', () => {
    for (const n of [1, 2, 3]) {
      expect(cfg.get(`account.${n}.enable`)).toBe('1');
      expect(cfg.get(`account.${n}.user_name`)).toBe(`u20${n}`);
      expect(cfg.get(`account.${n}.auth_name`)).toBe(`a20${n}`);
      expect(cfg.get(`account.${n}.password`)).toBe(`S1p-Pass-20${n}`);
      expect(cfg.get(`account.${n}.sip_server.1.address`)).toBe('pbx.example.com');
      expect(cfg.get(`account.${n}.sip_server.1.port`)).toBe('5061');
      expect(cfg.get(`account.${n}.sip_server.1.transport_type`)).toBe('2');
    }
    expect(cfg.get('account.4.enable')).toBe('0');
    expect(cfg.get('account.4.password')).toBe('%NULL%');
  });

  it('sets VLAN 20, New York time, NTP, the admin password and Italian', () => {
    expect(cfg.get('static.network.vlan.internet_port_enable')).toBe('1');
    expect(cfg.get('static.network.vlan.internet_port_vid')).toBe('20');
    expect(cfg.get('static.network.vlan.internet_port_priority')).toBe('5');
    expect(cfg.get('local_time.ntp_server1')).toBe('ntp.example.com');
    expect(cfg.get('local_time.time_zone')).toBe('-5');
    expect(cfg.get('local_time.summer_time')).toBe('1');
    expect(cfg.get('local_time.start_time')).toBe('3/2/7/2');
    expect(cfg.get('local_time.end_time')).toBe('11/1/7/2');
    expect(cfg.get('static.security.user_password')).toBe('admin:Adm1n-Pass');
    expect(cfg.get('lang.gui')).toBe('Italian');
    expect(cfg.get('lang.wui')).toBe('Italian');
    expect(cfg.get('static.network.internet_port.type')).toBe('0');
  });

  it('writes no password key without a password, and switches the VLAN off without one', () => {
    const plain = parseCfg(renderBuiltIn(model, { device: { adminPassword: '', vlanId: null } }).body);
    expect(plain.has('static.security.user_password')).toBe(false);
    expect(plain.get('static.network.vlan.internet_port_enable')).toBe('0');
    expect(plain.has('static.network.vlan.internet_port_vid')).toBe(false);
  });

  it("follows the device's own time zone and language", () => {
    const berlin = parseCfg(renderBuiltIn(model, { device: { timeZone: 'Europe/Berlin', language: 'de' } }).body);
    expect(berlin.get('local_time.time_zone')).toBe('+1');
    expect(berlin.get('local_time.time_zone_name')).toBe('Germany(Berlin)');
    expect(berlin.get('lang.gui')).toBe('German');
  });

  it('sets a static address when the device has one', () => {
    const device = { networkMode: 'static' as const, ipAddress: '192.0.2.10', netmask: '255.255.255.0', gateway: '192.0.2.1', dns1: '192.0.2.53' };
    const staticCfg = parseCfg(renderBuiltIn(model, { device }).body);
    expect(staticCfg.get('static.network.internet_port.type')).toBe('2');
    expect(staticCfg.get('static.network.internet_port.ip')).toBe('192.0.2.10');
    expect(staticCfg.get('static.network.primary_dns')).toBe('192.0.2.53');
    expect(staticCfg.has('static.network.secondary_dns')).toBe(false);
  });

  it('serves the model common files without a boot file, each pointing back at our directory', () => {
    const names = Object.keys(rendered.commonFiles);
    expect(names).toContain('y000000000000.cfg');
    expect(names.every((name) => /^y\d{12}\.cfg$/.test(name))).toBe(true);
    for (const body of Object.values(rendered.commonFiles)) {
      const common = parseCfg(body);
      expect(common.get('static.auto_provision.server.url')).toBe(FIXTURE_HTTPS_URL);
      expect(common.get('static.auto_provision.repeat.minutes')).toBe('720');
    }
  });
});

it('names the common file of each hardware id the model covers', () => {
  expect(Object.keys(renderBuiltIn('Yealink T4x').commonFiles)).toEqual(expect.arrayContaining(['y000000000066.cfg', 'y000000000108.cfg']));
  expect(Object.keys(renderBuiltIn('Yealink T5x').commonFiles)).toEqual(expect.arrayContaining(['y000000000096.cfg', 'y000000000097.cfg']));
});
