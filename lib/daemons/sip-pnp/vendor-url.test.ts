import { describe, expect, it } from 'vitest';
import { pnpUrlFor, pnpVendorOf, type PnpUrlInput } from './vendor-url';

const BASE = 'http://10.0.0.1:8080/provisioning/';
const MAC = '001565a1b2c3';

describe('pnpUrlFor', () => {
  const cases: Array<[string, Omit<PnpUrlInput, 'baseUrl'>, string]> = [
    ['Snom with its file', { vendor: 'Snom', mac: MAC, fileName: 'snom370-001565A1B2C3.htm' }, `${BASE}snom370-001565A1B2C3.htm`],
    ['Snom without a file keeps {mac} for the phone', { vendor: 'snom', mac: MAC, fileName: null }, `${BASE}{mac}.htm`],
    ['Snom DECT brand', { vendor: 'Snom DECT', mac: MAC, fileName: null }, `${BASE}{mac}.htm`],
    ['Yealink native name → directory', { vendor: 'Yealink', mac: MAC, fileName: `${MAC}.cfg` }, BASE],
    ['Yealink native boot name → directory', { vendor: 'yealink', mac: MAC, fileName: `${MAC}.boot` }, BASE],
    ['Yealink custom name → file', { vendor: 'Yealink', mac: MAC, fileName: `yl-${MAC}.cfg` }, `${BASE}yl-${MAC}.cfg`],
    ['Yealink unknown → directory', { vendor: 'Yealink', mac: MAC, fileName: null }, BASE],
    ['Grandstream always a folder', { vendor: 'Grandstream', mac: MAC, fileName: `cfg${MAC}.xml` }, BASE],
    ['Fanvil with file', { vendor: 'Fanvil', mac: MAC, fileName: `${MAC}.cfg` }, `${BASE}${MAC}.cfg`],
    ['Fanvil without file uses $mac', { vendor: 'Fanvil', mac: MAC, fileName: null }, `${BASE}$mac.cfg`],
    ['Planet OEM is Fanvil', { vendor: 'PLANET', mac: MAC, fileName: null }, `${BASE}$mac.cfg`],
    ['Panasonic with file', { vendor: 'Panasonic', mac: MAC, fileName: 'Config001565A1B2C3.cfg' }, `${BASE}Config001565A1B2C3.cfg`],
    ['Panasonic without file uses {MAC}', { vendor: 'Panasonic', mac: MAC, fileName: null }, `${BASE}Config{MAC}.cfg`],
    ['Gigaset with file', { vendor: 'Gigaset', mac: MAC, fileName: `${MAC}.xml` }, `${BASE}${MAC}.xml`],
    ['Gigaset without file', { vendor: 'Gigaset', mac: MAC, fileName: null }, BASE],
    ['AudioCodes: server directory', { vendor: 'AudioCodes', mac: null, fileName: null }, BASE],
    ['Escene: directory', { vendor: 'Escene', mac: MAC, fileName: `${MAC}.xml` }, BASE],
    ['Akuvox: plain file URL', { vendor: 'Akuvox', mac: MAC, fileName: `${MAC}.cfg` }, `${BASE}${MAC}.cfg`],
    ['unknown vendor with file', { vendor: 'Polycom', mac: MAC, fileName: `${MAC}.cfg` }, `${BASE}${MAC}.cfg`],
    ['no vendor, no file', { vendor: null, mac: null, fileName: null }, BASE],
    ['tenant sub-directory kept, segments escaped', { vendor: 'Snom', mac: MAC, fileName: 'tenant-1/a b.htm' }, `${BASE}tenant-1/a%20b.htm`],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(pnpUrlFor({ ...input, baseUrl: BASE })).toBe(expected);
  });

  it('adds the trailing slash to the base URL', () => {
    expect(pnpUrlFor({ vendor: 'Grandstream', mac: MAC, fileName: null, baseUrl: 'http://h/provisioning/t1' })).toBe('http://h/provisioning/t1/');
    expect(pnpUrlFor({ vendor: 'Fanvil', mac: MAC, fileName: null, baseUrl: 'http://h/p' })).toBe('http://h/p/$mac.cfg');
  });
});

describe('pnpVendorOf', () => {
  it.each([
    ['snom', 'snom'],
    ['OEM', 'generic'],
    ['yealink', 'yealink'],
    ['Yealink', 'yealink'],
    ['PLANET', 'fanvil'],
    ['AUDC', 'audiocodes'],
    ['Audio-Codes', 'audiocodes'],
    ['Grandstream', 'grandstream'],
    [null, 'generic'],
  ] as const)('%s → %s', (vendor, expected) => {
    expect(pnpVendorOf(vendor)).toBe(expected);
  });
});
