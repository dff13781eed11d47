import { describe, expect, it } from 'vitest';
import { detectPhone } from './user-agent';

describe('detectPhone', () => {
  const cases: Array<[string, { vendor: string | null; model: string | null; mac: string | null }]> = [
    ['Mozilla/4.0 (compatible; snom320-SIP 8.4.18 1.1.3-s)', { vendor: 'Snom', model: '320', mac: null }],
    ['Mozilla/4.0 (compatible; snomD785-SIP 10.1.54.13 000413922D24)', { vendor: 'Snom', model: 'D785', mac: '000413922d24' }],
    ['Mozilla/4.0 (compatible; Snom M900 05.20.0001 000413b60680)', { vendor: 'Snom', model: 'M900', mac: '000413b60680' }],
    ['Yealink SIP-T46G 28.83.0.120 00:15:65:4a:a9:37', { vendor: 'Yealink', model: 'T46G', mac: '0015654aa937' }],
    ['yealink  sip-t46g  28.83.0.120  00:15:65:4A:A9:37', { vendor: 'Yealink', model: 'T46G', mac: '0015654aa937' }],
    ['SIP-T46G 28.83.0.120 00:15:65:4a:a9:37', { vendor: 'Yealink', model: 'T46G', mac: '0015654aa937' }],
    ['Fanvil X4 2.10.2.6887 0c383e07e16c', { vendor: 'Fanvil', model: 'X4', mac: '0c383e07e16c' }],
    ['Gigaset N720 DM PRO/70.089.00.000.000;7C2F80CA21E4', { vendor: 'Gigaset', model: 'N720 DM PRO', mac: '7c2f80ca21e4' }],
    ['N720 DM PRO/70.089.00.000.000;7C2F80CA21E4', { vendor: 'Gigaset', model: 'N720 DM PRO', mac: '7c2f80ca21e4' }],
    ['Gigaset N670 IP PRO/2.52.0;589EC6000001;Handset=1', { vendor: 'Gigaset', model: 'N670 IP PRO', mac: '589ec6000001' }],
    ['Grandstream Model HW GXP1628 SW 1.0.4.138 DevId c074ad2bd859', { vendor: 'Grandstream', model: 'GXP1628', mac: 'c074ad2bd859' }],
    ['GRANDSTREAM MODEL HW GRP2614 V1.0A SW 1.0.5.15 DEVID C074AD000001', { vendor: 'Grandstream', model: 'GRP2614', mac: 'c074ad000001' }],
    ['FileTransport PolycomVVX-VVX_400-UA/4.1.4.7430 Type/Application', { vendor: 'Poly', model: 'VVX 400', mac: null }],
    ['Cisco/SPA508G-7.4.8a (0002FDFF2103)(CBT141400UK)', { vendor: 'Cisco', model: 'SPA508G', mac: '0002fdff2103' }],
    ['Cisco-CP-7832-3PCC/11.0.1 (00562b043615)', { vendor: 'Cisco', model: 'CP-7832-3PCC', mac: '00562b043615' }],
    ['Panasonic_KX-UT113/01.133 (0080f0c8c381)', { vendor: 'Panasonic', model: 'KX-UT113', mac: '0080f0c8c381' }],
    ['ALE M3-CE 2.11.01.1604 3c28a620089e', { vendor: 'Alcatel-Lucent', model: 'M3-CE', mac: '3c28a620089e' }],
    ['Alcatel IP Touch 4028/1.2.3', { vendor: 'Alcatel-Lucent', model: 'IP Touch 4028', mac: null }],
    ['Htek UC903 2.0.4.2 00:1f:c1:1c:22:a9', { vendor: 'Htek', model: 'UC903', mac: '001fc11c22a9' }],
    ['Aastra6731i MAC:00-08-5D-23-74-29 V:3.2.0.70-SIP', { vendor: 'Mitel', model: '6731i', mac: '00085d237429' }],
    ['Mozilla/4.0 (compatible; MSIE 6.0) AVAYA/J179-4.1.3.0.6 (MAC:c81fea83e85a)', { vendor: 'Avaya', model: 'J179', mac: 'c81fea83e85a' }],
    ['UC903 2.0.4.2 00:1f:c1:1c:22:a9', { vendor: 'Htek', model: null, mac: '001fc11c22a9' }],
  ];
  it.each(cases)('%s', (ua, expected) => {
    expect(detectPhone(ua)).toMatchObject(expected);
  });

  it.each([null, '', '   ', 'curl/8.5.0', 'Mozilla/5.0 (X11; Linux x86_64) Chrome/120'])('returns null for %s', (ua) => {
    expect(detectPhone(ua)).toBeNull();
  });
});
