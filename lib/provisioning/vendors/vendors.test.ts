import { describe, expect, it } from 'vitest';
import { VENDOR_PLACEHOLDERS } from '@/lib/templates';
import { vendorValues } from '.';

const SAMPLE = { transport: 'udp', scheme: 'http', timeZone: 'Europe/Rome', language: 'it', at: new Date('2026-06-01T00:00:00Z') } as const;

describe('vendor values', () => {
  it('names exactly the catalogue, and each example is the value for UDP, Europe/Rome and Italian', () => {
    expect(vendorValues(SAMPLE)).toEqual(Object.fromEntries(VENDOR_PLACEHOLDERS));
  });

  it('has no name twice and every example set, so a sample render takes every %%IF%% body', () => {
    const names = VENDOR_PLACEHOLDERS.map(([name]) => name);
    expect(new Set(names).size).toBe(names.length);
    expect(VENDOR_PLACEHOLDERS.filter(([, example]) => (example as string) === '')).toEqual([]);
  });

  it('spells the transport the family way', () => {
    const tls = vendorValues({ ...SAMPLE, transport: 'tls' });
    expect(tls.YEALINK_SIP_TRANSPORT).toBe('2');
    expect(vendorValues({ ...SAMPLE, transport: 'tcp' }).YEALINK_SIP_TRANSPORT).toBe('1');
  });

  it('follows the zone: New York on Yealink, no DST values in a zone without DST', () => {
    const ny = vendorValues({ ...SAMPLE, timeZone: 'America/New_York' });
    expect(ny).toMatchObject({ YEALINK_TIME_ZONE: '-5', YEALINK_SUMMER_TIME: '1', YEALINK_DST_START: '3/2/7/2', YEALINK_DST_END: '11/1/7/2' });
    const tokyo = vendorValues({ ...SAMPLE, timeZone: 'Asia/Tokyo' });
    expect(tokyo).toMatchObject({ YEALINK_TIME_ZONE: '+9', YEALINK_SUMMER_TIME: '0', YEALINK_DST_START: '', YEALINK_DST_OFFSET: '' });
  });

  it('spells the language the Yealink way, empty when Yealink has no such language', () => {
    expect(vendorValues({ ...SAMPLE, language: 'de' }).YEALINK_LANGUAGE).toBe('German');
    expect(vendorValues({ ...SAMPLE, language: 'pt' }).YEALINK_LANGUAGE).toBe('Portuguese');
    expect(vendorValues({ ...SAMPLE, language: 'xx' }).YEALINK_LANGUAGE).toBe('');
  });

  it('renders empty time-zone values for a name the IANA database does not know, instead of failing the file', () => {
    const unknown = vendorValues({ ...SAMPLE, timeZone: 'Mars/Olympus_Mons' });
    expect(unknown.YEALINK_TIME_ZONE).toBe('');
    expect(unknown.YEALINK_SIP_TRANSPORT).toBe('0');
  });
});
