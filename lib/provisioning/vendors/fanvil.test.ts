import { describe, expect, it } from 'vitest';
import { fanvilValues } from './fanvil';

const SAMPLE = { transport: 'udp', scheme: 'http', timeZone: 'Europe/Rome', language: 'it', at: new Date('2026-06-01T00:00:00Z') } as const;

describe('Fanvil vendor values', () => {
  it('spells TLS as 3', () => {
    expect(fanvilValues({ ...SAMPLE, transport: 'tls' }).FANVIL_SIP_TRANSPORT).toBe('3');
    expect(fanvilValues({ ...SAMPLE, transport: 'tcp' }).FANVIL_SIP_TRANSPORT).toBe('1');
  });

  it('gives quarter hours and no DST fields in a zone without DST', () => {
    const tokyo = fanvilValues({ ...SAMPLE, timeZone: 'Asia/Tokyo' });
    expect(tokyo).toMatchObject({ FANVIL_TIME_ZONE: '36', FANVIL_ENABLE_DST: '0', FANVIL_DST_OFFSET: '', FANVIL_DST_START_MONTH: '' });
  });

  it("maps languages to the phone's short codes, empty when unknown", () => {
    expect(fanvilValues({ ...SAMPLE, language: 'cs' }).FANVIL_LANGUAGE).toBe('cz');
    expect(fanvilValues({ ...SAMPLE, language: 'xx' }).FANVIL_LANGUAGE).toBe('');
  });
});
