import { expect, test } from '@playwright/test';
import { apiJson, factory } from '../support/api';

test('the API says whether the phone holds the current file', async ({ request }) => {
  const { device } = await factory.device(request, 'Yealink T4x');
  const sync = async () => (await apiJson<{ sync: { state: string } | null }>(request, 'GET', `/devices/${device.id}`)).sync;
  expect(await sync()).toBeNull();
  const phoneFetches = async () =>
    expect((await request.get(`/provisioning/${device.file!.fileName}`, { headers: { 'User-Agent': 'Yealink SIP-T46U 108.86.0.45' } })).status()).toBe(200);

  await phoneFetches();
  await expect.poll(sync).toEqual({ state: 'in-sync' });
  await apiJson(request, 'PATCH', `/devices/${device.id}`, { adminPassword: 'Changed-Admin-9' }, 200);
  await expect.poll(sync).toMatchObject({ state: 'pending', changedAt: expect.any(Number) });
  const { items } = await apiJson<{ items: Array<{ id: number }> }>(request, 'GET', `/devices?q=${device.mac}&pending=1`);
  expect(items.map((d) => d.id)).toEqual([device.id]);
  await phoneFetches();
  await expect.poll(sync).toEqual({ state: 'in-sync' });
});
