import { expect, request as playwrightRequest, test } from '@playwright/test';
import { startYealinkXmlRpcFake, YEALINK_FAKE_SEED } from '../../lib/redirection/yealink-xmlrpc.fake';
import { E2E } from '../support/e2e-env.mjs';
import { instance } from '../support/instance';

const PORT = E2E.httpPort + 2000;
const TOKEN = 'redirection-restart-token-0123456789';

test('registrations queued when Provisio is killed (-9) are sent after it restarts', async () => {
  test.setTimeout(150_000);
  const fake = await startYealinkXmlRpcFake();
  const provisio = instance('redirection-restart', PORT, { PROVISIO_API_TOKEN: TOKEN, TFTP_ENABLED: 'false', SIP_PNP_ENABLED: 'false' });
  try {
    await provisio.start();
    const api = await playwrightRequest.newContext({ baseURL: `http://127.0.0.1:${PORT}`, extraHTTPHeaders: { Authorization: `Bearer ${TOKEN}` } });
    await fake.setFailure('down');
    const server = await api.post('/api/v1/redirection-servers', {
      data: {
        brand: 'yealink',
        name: YEALINK_FAKE_SEED.serverName,
        username: YEALINK_FAKE_SEED.user,
        password: YEALINK_FAKE_SEED.password,
        apiBaseUrl: fake.baseUrl,
      },
    });
    expect(server.status()).toBe(201);
    expect(await server.json()).not.toHaveProperty('password');
    const models = (await (await api.get('/api/v1/device-models')).json()).items;
    const yealink = models.find((m: { name: string }) => m.name === 'Yealink T4x');
    const template = (await (await api.get(`/api/v1/templates?modelId=${yealink.id}`)).json()).items[0];
    const macs = ['001565e2e001', '001565e2e002', '001565e2e003'];
    const ids: number[] = [];
    for (const mac of macs) {
      const created = await api.post('/api/v1/devices', { data: { mac, modelId: yealink.id, templateId: template.id } });
      expect(created.status()).toBe(201);
      ids.push((await created.json()).id);
    }
    const state = async (id: number) => (await (await api.get(`/api/v1/devices/${id}`)).json()).redirection?.state;
    // The vendor is down: the jobs wait, retried, never lost.
    await expect
      .poll(async () => (await (await api.get(`/api/v1/devices/${ids[0]}`)).json()).redirection)
      .toMatchObject({ state: 'pending', errorKind: 'network' });

    await provisio.stop('SIGKILL');
    await fake.restart();
    await provisio.start();
    for (const id of ids) await expect.poll(() => state(id), { timeout: 60_000 }).toBe('registered');
    expect([...fake.devices.keys()].sort()).toEqual(macs);
    await api.dispose();
  } finally {
    await provisio.stop('SIGKILL');
    await fake.close();
  }
});
