import { describe, expect, it } from 'vitest';
import { discovery, type DiscoveryInput } from './discovery';

const input = (over: Partial<DiscoveryInput> = {}): DiscoveryInput => ({
  server: { publicHost: '192.0.2.10', httpPort: 8080, httpsPort: 8443, tftpPort: 69 },
  tenant: { uuid: '6f1c7a52-3d4b-4f7e-9a51-0c2d8e9b1a10', name: 'Default', isDefault: true },
  tenantCount: 1,
  sipPnpDaemon: { state: 'running', port: 5060 },
  answerUnknown: false,
  preferHttps: false,
  brands: [
    { name: 'Yealink', rule: { prefix: '', macFormat: 'lower', suffix: '.cfg' } },
    { name: 'Panasonic', rule: { prefix: 'Config', macFormat: 'upper', suffix: '.cfg' } },
    { name: 'Cisco', rule: { prefix: '', macFormat: 'lower', suffix: '.xml' } },
    { name: 'Acme', rule: null },
  ],
  ...over,
});

describe('discovery', () => {
  it('gives the URLs and the DHCP options per brand', () => {
    const d = discovery(input());
    expect(d.urls).toEqual({ http: 'http://192.0.2.10:8080/provisioning/', https: 'https://192.0.2.10:8443/provisioning/', tftp: 'tftp://192.0.2.10/' });
    const byBrand = Object.fromEntries(d.brands.map((b) => [b.brand, b]));
    expect(byBrand.Yealink.dhcp).toEqual([{ option: 66, value: 'http://192.0.2.10:8080/provisioning/', noteKey: 'dhcp.note.url66' }]);
    expect(byBrand.Yealink.redirection).toBe('yealink');
    expect(byBrand.Yealink.exampleFile).toBe('001565aabbcc.cfg');
    expect(byBrand.Panasonic.dhcp.map((o) => [o.option, o.value])).toEqual([
      [160, 'http://192.0.2.10:8080/provisioning/Config{MAC}.cfg'],
      [159, 'http://192.0.2.10:8080/provisioning/Config{MAC}.cfg'],
      [66, 'http://192.0.2.10:8080/provisioning/'],
    ]);
    expect(byBrand.Cisco.dhcp[0]).toEqual({ option: 150, value: '192.0.2.10', noteKey: 'dhcp.note.cisco150' });
    expect(byBrand.Acme).toMatchObject({ exampleFile: null, supportsSipPnp: false, redirection: null });
  });

  it('uses the tenant directory and HTTPS when asked', () => {
    const d = discovery(input({ tenant: { uuid: 'abc', name: 'B', isDefault: false }, tenantCount: 2, preferHttps: true }));
    expect(d.brands[0].manualUrl).toBe('https://192.0.2.10:8443/provisioning/abc/');
    expect(d.urls.tftp).toBe('tftp://192.0.2.10/abc/');
  });

  it.each([
    [{ tenantCount: 2 }, 'sipPnp.off.multiTenant'],
    [{ sipPnpDaemon: { state: 'disabled', reason: 'config' } }, 'sipPnp.off.disabled'],
    [{ sipPnpDaemon: { state: 'failed', port: 5060, error: 'EADDRINUSE' } }, 'sipPnp.off.failed'],
  ] as Array<[Partial<DiscoveryInput>, string]>)('explains why SIP PnP is off (%o)', (over, reasonKey) => {
    expect(discovery(input(over)).sipPnp).toEqual({ on: false, reasonKey });
  });

  it('says SIP PnP is on, on which port, and whether unknown phones are answered', () => {
    expect(discovery(input({ answerUnknown: true })).sipPnp).toEqual({ on: true, port: 5060, answersUnknown: true });
    expect(discovery(input({ server: { publicHost: 'h', httpPort: 80, httpsPort: 443, tftpPort: 6969 } })).tftpPortIsStandard).toBe(false);
  });
});
