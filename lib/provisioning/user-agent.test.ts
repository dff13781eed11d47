import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { ouiOrganisation } from './oui';
import { detectPhone, vendorFromMac, type DetectedPhone } from './user-agent';

const phone = (vendor: string | null, model: string | null, firmware: string | null, mac: string | null): DetectedPhone => ({
  vendor,
  model,
  firmware,
  mac,
});

/**
 * Real HTTP User-Agents, copied verbatim from public sources (cited above each group). "Wazo" is
 * github.com/wazo-platform/wazo-provd-plugins at 2321a3f390c2, whose plugins quote the User-Agents they
 * parse; "FusionPBX" is github.com/fusionpbx/fusionpbx app/provision/index.php at c7a00dcb3e91, whose
 * comments quote one User-Agent per vendor (MACs partly zeroed by its authors).
 */
const REAL: Array<[string, DetectedPhone]> = [
  // Wazo plugins/wazo_snom/common/common.py
  ['Mozilla/4.0 (compatible; snom320-SIP 8.4.18 1.1.3-s)', phone('Snom', '320', '8.4.18', null)],
  ['Mozilla/4.0 (compatible; snom710-SIP 8.7.5.35 1.1.5-IFX-05.01.12 000413741767)', phone('Snom', '710', '8.7.5.35', '000413741767')],
  ['Mozilla/4.0 (compatible; snomPA1-SIP 8.4.35 1.1.3-s)', phone('Snom', 'PA1', '8.4.35', null)],
  ['Mozilla/4.0 (compatible; snomD785-SIP 10.1.33.33 2010.12-00004-g9ba52f5 000413922D24 SXM:0 UXM:0)', phone('Snom', 'D785', '10.1.33.33', '000413922d24')],
  ['Mozilla/4.0 (compatible; snom lid 3605)', phone('Snom', null, null, null)],
  // Wazo plugins/wazo_snom/common_dect/common.py
  ['Mozilla/4.0 (compatible; Snom M900 05.20.0001 000413b60680)', phone('Snom', 'M900', '05.20.0001', '000413b60680')],
  // FusionPBX
  [
    'Mozilla/4.0 (compatible; snomD785-SIP 10.1.169.16 2010.12-00001-gd311851f1 (Feb 25 2019 - 14:19:43) 00041396D9B4 SXM:0 UXM:0 UXMC:0)',
    phone('Snom', 'D785', '10.1.169.16', '00041396d9b4'),
  ],

  // Wazo plugins/wazo_yealink/v82/common.py
  ['yealink SIP-T28P 2.70.0.140 00:15:65:13:ae:0b', phone('Yealink', 'T28P', '2.70.0.140', '00156513ae0b')],
  ['Yealink SIP VP-T49G 51.80.0.10 00:15:65:9b:5a:44', phone('Yealink', 'T49G', '51.80.0.10', '0015659b5a44')],
  ['Yealink SIP-T19P_E2 53.80.0.3 00:15:65:4c:4c:26', phone('Yealink', 'T19P_E2', '53.80.0.3', '0015654c4c26')],
  ['W52P 25.30.0.2 00:15:65:44:b3:7c', phone('Yealink', 'W52P', '25.30.0.2', '00156544b37c')],
  ['VP530P 23.70.0.40 00:15:65:31:4b:c0', phone('Yealink', 'VP530P', '23.70.0.40', '001565314bc0')],
  ['Yealink-T46G 28.71.0.81 28.1.0.128.0.0.0', phone('Yealink', 'T46G', '28.71.0.81', null)],
  // Wazo plugins/wazo_yealink/v83/common.py
  ['Yealink SIP-T46G 28.83.0.120 00:15:65:4a:a9:37', phone('Yealink', 'T46G', '28.83.0.120', '0015654aa937')],
  ['Yealink CP960 73.83.0.30 00:15:65:8a:37:86', phone('Yealink', 'CP960', '73.83.0.30', '0015658a3786')],
  // Wazo plugins/wazo_yealink/v87/common.py
  ['Yealink W90DM 130.87.0.10 80:5e:c0:d9:c7:44', phone('Yealink', 'W90DM', '130.87.0.10', '805ec0d9c744')],
  // FusionPBX
  ['Yealink SIP-T56A  58.80.0.25 001565f429a4', phone('Yealink', 'T56A', '58.80.0.25', '001565f429a4')],

  // Wazo plugins/wazo_fanvil/common/common.py
  ['Fanvil X4 2.10.2.6887 0c383e07e16c', phone('Fanvil', 'X4', '2.10.2.6887', '0c383e07e16c')],
  ['Fanvil X6U Pro 0.0.10 0c383e2cd782', phone('Fanvil', 'X6U Pro', '0.0.10', '0c383e2cd782')],
  ['Fanvil i10SV 2.12.10.1 0c383e2397f4', phone('Fanvil', 'i10SV', '2.12.10.1', '0c383e2397f4')],
  ['Fanvil H2U-V2 2.12.0 0c383e32342e', phone('Fanvil', 'H2U-V2', '2.12.0', '0c383e32342e')],
  // FusionPBX (MAC zeroed by its authors)
  ['Fanvil X5U-V2 2.12.1 0c3800000000)', phone('Fanvil', 'X5U-V2', '2.12.1', '0c3800000000')],

  // Wazo plugins/wazo_gigaset/common/common.py
  ['Gigaset N720 DM PRO/70.089.00.000.000;7C2F80CA21E4', phone('Gigaset', 'N720 DM PRO', '70.089.00.000.000', '7c2f80ca21e4')],
  ['N720-DM-PRO/70.040.00.000.000', phone('Gigaset', 'N720 DM PRO', '70.040.00.000.000', null)],
  ['N510 IP PRO/42.245.00.000.000;7C2F804DF9A9', phone('Gigaset', 'N510 IP PRO', '42.245.00.000.000', '7c2f804df9a9')],
  ['Gigaset N870 IP PRO/83.V2.11.0+build.a546b91;7C2F80E0D605', phone('Gigaset', 'N870 IP PRO', '83.V2.11.0+build.a546b91', '7c2f80e0d605')],
  // https://teamwork.gigaset.com/gigawiki/plugins/viewsource/viewpagesrc.action?pageId=995885350 (MAC masked there)
  ['Gigaset N610 IP PRO/83.V2.64.0-160-g758db0bf;589EC67C2479;Handset=20', phone('Gigaset', 'N610 IP PRO', '83.V2.64.0-160-g758db0bf', '589ec67c2479')],
  ['Gigaset N870E IP PRO/83.V2.43.0+build.5f0a106;7C2F80XXXXXX;Handset=250', phone('Gigaset', 'N870E IP PRO', '83.V2.43.0+build.5f0a106', null)],

  // Wazo plugins/wazo_grandstream/common/common.py
  ['Grandstream Model HW GXP1628 SW 1.0.4.138 DevId c074ad2bd859', phone('Grandstream', 'GXP1628', '1.0.4.138', 'c074ad2bd859')],
  ['Grandstream Model HW GXV3350  V1.3A SW 1.0.1.8 DevId c074ad150b88', phone('Grandstream', 'GXV3350', '1.0.1.8', 'c074ad150b88')],
  ['Grandstream GXP2000 (gxp2000e.bin:1.2.5.3/boot55e.bin:1.1.6.9) DevId 000b822726c8', phone('Grandstream', 'GXP2000', '1.2.5.3', '000b822726c8')],
  // Wazo plugins/wazo_grandstream/common_ata/common.py
  ['Grandstream Model HW HT802V2 V1.0A SW 1.0.5.4 DevId ec74d763e419', phone('Grandstream', 'HT802V2', '1.0.5.4', 'ec74d763e419')],
  // FusionPBX
  ['Grandstream Model HW GXP2135 SW 1.0.7.97 DevId 000b828aa872', phone('Grandstream', 'GXP2135', '1.0.7.97', '000b828aa872')],

  // Wazo plugins/wazo_polycom/common/common.py (no MAC: it comes from the requested path)
  ['FileTransport PolycomVVX-VVX_400-UA/4.1.4.7430 Type/Application', phone('Poly', 'VVX 400', '4.1.4.7430', null)],
  ['FileTransport PolycomSoundPointIP-SPIP_335-UA/3.2.1.0078', phone('Poly', 'SoundPoint IP 335', '3.2.1.0078', null)],
  ['FileTransport PolycomSoundStationIP-SSIP_6000-UA/5.0.3.1667 Type/Updater', phone('Poly', 'SoundStation IP 6000', '5.0.3.1667', null)],
  // github.com/jaysamthanki/polycomphones provisioning/exten.php
  ['FileTransport PolycomVVX-VVX_450-UA/5.9.1.0615 Type/Application', phone('Poly', 'VVX 450', '5.9.1.0615', null)],
  ['FileTransport PolyEdge-Edge_E450-UA/8.0.0.15602 Type/Application', phone('Poly', 'Edge E450', '8.0.0.15602', null)],

  // Wazo plugins/wazo_cisco_sip/v12_0_7/common.py
  ['Cisco-CP-7832-3PCC/11.0.1 (00562b043615)', phone('Cisco', 'CP-7832-3PCC', '11.0.1', '00562b043615')],
  // Cisco IP Phone 8800 MPP provisioning guide: https://manualshive.com/en/manual/cisco/8800-series/63905?page=56
  ['Cisco-CP-8841-3PCC/11.0 (00562b043615)', phone('Cisco', 'CP-8841-3PCC', '11.0', '00562b043615')],
  // Wazo plugins/wazo_cisco_sip/v11_1_0/common.py (ATA: serial only)
  ['Cisco/ATA191-MPP-11-1-0-MSR4 (FCH2443D9R4)', phone('Cisco', 'ATA191', '11-1-0-MSR4', null)],
  // Wazo plugins/wazo_cisco_spa/common/common.py (Linksys: the bracket is the serial number)
  ['Cisco/SPA508G-7.4.8a (0002FDFF2103)(CBT141400UK)', phone('Cisco', 'SPA508G', '7.4.8a', '0002fdff2103')],
  ['Cisco/SPA501G-7.4.4 (8843E157DDCC)(CBT141100HR)', phone('Cisco', 'SPA501G', '7.4.4', '8843e157ddcc')],
  ['Cisco/SPA525G-7.4.7 (CBT141900G7)', phone('Cisco', 'SPA525G', '7.4.7', null)],
  ['Linksys/SPA-942-6.1.5(a) (88019FA42805)', phone('Cisco', 'SPA942', '6.1.5(a)', null)],
  ['Linksys/SPA-962-6.1.5(a) (4MM00F903042)', phone('Cisco', 'SPA962', '6.1.5(a)', null)],

  // Wazo plugins/wazo_panasonic/common/common.py
  ['Panasonic_KX-UT113/01.133 (0080f0c8c381)', phone('Panasonic', 'KX-UT113', '01.133', '0080f0c8c381')],
  // FusionPBX (MAC shortened to 11 digits by its authors, so none is read)
  ['Panasonic_KX-UT670/01.022 (0080f000000)', phone('Panasonic', 'KX-UT670', '01.022', null)],

  // Wazo plugins/wazo_alcatel/v2_13_02/common.py and v1_51_52/common.py
  ['ALE M3-CE 2.11.01.1604 3c28a620089e', phone('Alcatel-Lucent', 'M3-CE', '2.11.01.1604', '3c28a620089e')],
  ['ALE 8028s-GE 1.51.52.2204 487a55023075', phone('Alcatel-Lucent', '8028s-GE', '1.51.52.2204', '487a55023075')],
  // Wazo plugins/xivo-alcatel/common/common.py (removed in ff22028f2f03)
  ['Alcatel IP Touch 4008/2.01.10', phone('Alcatel-Lucent', 'IP Touch 4008', '2.01.10', null)],
  ['Alcatel IP Touch 4018/2.01.10', phone('Alcatel-Lucent', 'IP Touch 4018', '2.01.10', null)],

  // Wazo plugins/wazo_htek/common/common.py
  ['Htek UC903 2.0.4.2 00:1f:c1:1c:22:a9', phone('Htek', 'UC903', '2.0.4.2', '001fc11c22a9')],
  // FusionPBX
  ['Htek UC926 2.0.4.2 00:1f:c1:00:00:00', phone('Htek', 'UC926', '2.0.4.2', '001fc1000000')],

  // Wazo plugins/wazo_aastra/common/common.py
  ['Aastra6731i MAC:00-08-5D-23-74-29 V:3.2.0.70-SIP', phone('Mitel', '6731i', '3.2.0.70', '00085d237429')],
  ['Aastra6863i MAC:00-08-5D-40-90-5F V:4.1.0.128-SIP', phone('Mitel', '6863i', '4.1.0.128', '00085d40905f')],
  ['Mitel6940 MAC:14-00-E9-1B-45-24 V:6.4.0.140-SIP', phone('Mitel', '6940', '6.4.0.140', '1400e91b4524')],
  // FusionPBX
  ['Mitel6940 MAC:14-00-E9-29-4C-6B V:6.4.0.4006-SIP', phone('Mitel', '6940', '6.4.0.4006', '1400e9294c6b')],

  // Wazo plugins/wazo_avaya/common/common.py (the 1200 series sends a raw byte after its model)
  ['Mozilla/4.0 (compatible; MSIE 6.0) AVAYA/J179-4.1.3.0.6 (MAC:c81fea83e85a)', phone('Avaya', 'J179', '4.1.3.0.6', 'c81fea83e85a')],
  ['AVAYA/SIP12x0\u0017/04.00.04.00', phone('Avaya', 'SIP12x0', '04.00.04.00', null)],

  // FusionPBX
  ['AUDC-IPPhone/2.2.8.61 (440HDG-Rev0; 00908F602AAC)', phone('AudioCodes', '440HDG', '2.2.8.61', '00908f602aac')],

  // github.com/fusionpbx/fusionpbx app/devices/resources/classes/device.php quotes only the start of
  // Escene User-Agents ("ES320VN2 v4.0 ...", "ES206 v1.0 ..."); no complete one was found in public.
  ['ES320VN2 v4.0', phone('Escene', 'ES320VN2', '4.0', null)],
  ['ES206 v1.0', phone('Escene', 'ES206', '1.0', null)],
];

/** Variants of the strings above (case, spacing, missing vendor word), and shapes with no public capture. */
const TOLERATED: Array<[string, Partial<DetectedPhone>]> = [
  ['yealink  sip-t46g  28.83.0.120  00:15:65:4A:A9:37', { vendor: 'Yealink', model: 'T46G', mac: '0015654aa937' }],
  ['SIP-T46G 28.83.0.120 00:15:65:4a:a9:37', { vendor: 'Yealink', model: 'T46G', mac: '0015654aa937' }],
  ['N720 DM PRO/70.089.00.000.000;7C2F80CA21E4', { vendor: 'Gigaset', model: 'N720 DM PRO', mac: '7c2f80ca21e4' }],
  ['GRANDSTREAM MODEL HW GRP2614 SW 1.0.5.15 DEVID C074AD0B63EE', { vendor: 'Grandstream', model: 'GRP2614', mac: 'c074ad0b63ee' }],
  ['Model HW GRP2614 SW 1.0.5.15 DevId c074ad0b63ee', { vendor: 'Grandstream', model: 'GRP2614', firmware: '1.0.5.15' }],
  ['fileTransport polycomVVX-VVX_400-ua/4.1.4.7430', { vendor: 'Poly', model: 'VVX 400', firmware: '4.1.4.7430' }],
  ['ALE  M3-CE  2.11.01.1604  3C28A620089E', { vendor: 'Alcatel-Lucent', model: 'M3-CE', mac: '3c28a620089e' }],
  // No vendor word: the vendor comes from the MAC's IEEE registration (Hanlong Technology = Htek).
  ['UC903 2.0.4.2 00:1f:c1:1c:22:a9', { vendor: 'Htek', model: null, mac: '001fc11c22a9' }],
  ['SomePhone/1.0 (00:08:5d:23:74:29)', { vendor: 'Mitel', model: null, mac: '00085d237429' }],
  // Akuvox: no public capture of its HTTP User-Agent was found; model and version are those its SIP
  // PnP SUBSCRIBE announces (../shared/domain/sip-pnp.md §3.3), in the vendor-model-version shape.
  ['Akuvox R20K 220.30.3.1', { vendor: 'Akuvox', model: 'R20K', firmware: '220.30.3.1' }],
];

describe('detectPhone', () => {
  it.each(REAL)('%s', (ua, expected) => {
    expect(detectPhone(ua)).toEqual(expected);
  });

  it.each(TOLERATED)('tolerates %s', (ua, expected) => {
    expect(detectPhone(ua)).toMatchObject(expected);
  });

  it.each([null, '', '   ', 'curl/8.5.0', 'Mozilla/5.0 (X11; Linux x86_64) Chrome/120'])('returns null for %s', (ua) => {
    expect(detectPhone(ua)).toBeNull();
  });

  // A real MAC in a User-Agent must be registered to the vendor the User-Agent names.
  const ZEROED = new Set(['0c3800000000']);
  const withMac = REAL.filter(([, p]) => p.mac && !ZEROED.has(p.mac));
  it.each(withMac)('the MAC of %s is registered to its vendor', (_ua, expected) => {
    expect(vendorFromMac(expected.mac)).toBe(expected.vendor);
  });
});

describe('vendorFromMac (IEEE registry via oui-data)', () => {
  const file = createRequire(import.meta.url).resolve('oui-data');
  const registry = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  const organisation = (prefix: string) => registry[prefix].split('\n', 1)[0].trim();
  const macOf = (prefix: string) => prefix.toLowerCase().padEnd(12, '0');
  const prefixesOf = (name: RegExp) => Object.keys(registry).filter((prefix) => name.test(organisation(prefix)));

  // Every prefix the registry assigns to a phone maker (or its former names) resolves to the family.
  it.each<[string, RegExp]>([
    ['Snom', /^snom/i],
    ['Yealink', /yealink/i],
    ['Fanvil', /^fanvil/i],
    ['Gigaset', /^gigaset|^siemens home & office/i],
    ['Grandstream', /^grandstream/i],
    ['Poly', /^(polycom|poly|plantronics)\b/i],
    ['Cisco', /^cisco systems|^cisco-linksys/i],
    ['Panasonic', /^panasonic/i],
    ['Alcatel-Lucent', /^ale international|^alcatel[- ]lucent/i],
    ['Htek', /^hanlong technology/i],
    ['Mitel', /^mitel|^aastra/i],
    ['Avaya', /^avaya/i],
    ['Akuvox', /^akuvox/i],
    ['Escene', /escene/i],
    ['AudioCodes', /^audio ?codes/i],
  ])('%s', (vendor, name) => {
    const prefixes = prefixesOf(name);
    expect(prefixes.length).toBeGreaterThan(0);
    for (const prefix of prefixes) expect([prefix, vendorFromMac(macOf(prefix))]).toEqual([prefix, vendor]);
  });

  it('returns the registered organisation for makers it does not shorten', () => {
    expect(vendorFromMac('000000abcdef')).toBe(organisation('000000'));
  });

  it('prefers an MA-S, then an MA-M assignment, over the MA-L block that holds it', () => {
    const mas = Object.keys(registry).find((prefix) => prefix.length === 9 && organisation(prefix) !== 'Private');
    const mam = Object.keys(registry).find((prefix) => prefix.length === 7 && organisation(prefix) !== 'Private');
    expect(mas && mam).toBeTruthy();
    expect(ouiOrganisation(macOf(mas!))).toBe(organisation(mas!));
    expect(ouiOrganisation(macOf(mam!))).toBe(organisation(mam!));
    expect(organisation(mam!.slice(0, 6))).toMatch(/IEEE Registration Authority/i);
  });

  it('reads any MAC notation or a bare 6-digit prefix', () => {
    for (const mac of ['00:15:65:4A:A9:37', '00-15-65-4a-a9-37', '0015.654a.a937', '0015654AA937', '001565']) {
      expect(vendorFromMac(mac)).toBe('Yealink');
    }
  });

  it('returns null for private, unassigned and non-MAC input', () => {
    const hidden = Object.keys(registry).find((prefix) => prefix.length === 6 && organisation(prefix) === 'Private');
    const unassigned = Array.from({ length: 0x1000 }, (_, i) => `F${i.toString(16).toUpperCase().padStart(5, '0')}`).find((p) => !registry[p]);
    expect(hidden && unassigned).toBeTruthy();
    for (const mac of [macOf(hidden!), macOf(unassigned!), null, undefined, '', 'not a mac', '00156']) {
      expect(vendorFromMac(mac)).toBeNull();
    }
  });
});
