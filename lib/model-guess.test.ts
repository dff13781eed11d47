import { describe, expect, it } from 'vitest';
import { listDeviceModels } from '@/db/queries/device-models';
import { deviceFormChoices } from '@/db/queries/device-models';
import { freshDatabase } from '@/lib/test-db';
import { guessModel } from './model-guess';

// Issue 11: "create device" from an unknown device pre-fills the model its requests told (and so its template).

describe('guessModel', () => {
  it('picks the built-in model whose family fits what the User-Agent told, or the brand’s only model', async () => {
    const { db, tenantId } = await freshDatabase();
    const catalogue = deviceFormChoices(db, tenantId);
    const name = (id: number | undefined) => catalogue.models.find((m) => m.id === id)?.name;
    const guess = (vendor: string | null, model: string | null) => name(guessModel(catalogue, { vendor, model }));

    expect(guess('Yealink', 'T46S')).toBe('Yealink T4x');
    expect(guess('Yealink', 'T54W')).toBe('Yealink T5x');
    expect(guess('Snom', 'D785')).toBe('Snom D785');
    expect(guess('Cisco', 'CP-8841-3PCC')).toBe('Cisco MPP 88xx');
    expect(guess('Cisco', 'CP-7832-3PCC')).toBe('Cisco MPP 78xx');
    expect(guess('Grandstream', 'GXP2170')).toBe('Grandstream GXP');
    expect(guess('Poly', 'VVX 400')).toBe('Poly VVX');
    expect(guess('Poly', 'Edge E450')).toBe('Poly Edge');
    expect(guess('Gigaset', 'N670 IP PRO')).toBe('Gigaset N670');
    expect(guess('Panasonic', 'KX-HDV230')).toBe('Panasonic KX-HDV');
    expect(guess('Htek', 'UC926')).toBe('Htek UC9xx');
    expect(guess('yealink', 't46s')).toBe('Yealink T4x');
    // The brand's only model when the model was not told (vendor from the MAC's OUI) or fits none.
    expect(guess('Fanvil', null)).toBe('Fanvil X series');
    expect(guess('Alcatel-Lucent', 'M7')).toBe('Alcatel-Lucent Myriad');
    // Nothing when the vendor is unknown, or it has several models and none fits.
    expect(guess(null, 'T46S')).toBeUndefined();
    expect(guess('Avaya', 'J179')).toBeUndefined();
    expect(guess('Snom', 'D717')).toBeUndefined();
    expect(guess('Yealink', null)).toBeUndefined();
    expect(listDeviceModels(db, tenantId).length).toBe(catalogue.models.length);
  });

  it('prefers the most specific of several fitting models (a custom "T46S" over the built-in "T4x")', () => {
    const catalogue = {
      brands: [{ id: 1, name: 'Yealink' }],
      models: [
        { id: 10, name: 'Yealink T4x', brandId: 1 },
        { id: 11, name: 'Yealink T46S', brandId: 1 },
        { id: 12, name: 'T48 office', brandId: 1 },
      ],
    };
    expect(guessModel(catalogue, { vendor: 'Yealink', model: 'T46S' })).toBe(11);
    expect(guessModel(catalogue, { vendor: 'Yealink', model: 'T46U' })).toBe(10);
    expect(guessModel(catalogue, { vendor: 'Yealink', model: 'T48U' })).toBe(12);
  });
});
