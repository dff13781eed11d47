import fs from 'node:fs';
import path from 'node:path';
import { expect, request as playwrightRequest, test } from '@playwright/test';
import { E2E } from '../support/e2e-env.mjs';
import { instance } from '../support/instance';

const PORT = E2E.httpPort + 1000;

test('a second instance with its own DATA_DIR and ports runs side by side; its console is HTTPS-only', async ({ request }) => {
  test.setTimeout(90_000);
  const second = instance('second-instance', PORT, { PROVISIO_API_TOKEN: 'second-instance-token-0123456789', CONSOLE_HTTPS_ONLY: 'true' });
  const { dataDir } = second;
  try {
    await second.start();
    const api = await playwrightRequest.newContext({
      baseURL: `https://127.0.0.1:${PORT + 1}`,
      ignoreHTTPSErrors: true,
      extraHTTPHeaders: { Authorization: 'Bearer second-instance-token-0123456789' },
    });
    const models = await (await api.get('/api/v1/device-models')).json();
    const yealink = models.items.find((m: { name: string }) => m.name === 'Yealink T4x');
    const templates = await (await api.get(`/api/v1/templates?modelId=${yealink.id}`)).json();
    const created = await api.post('/api/v1/devices', { data: { mac: '02:00:5e:10:20:30', modelId: yealink.id, templateId: templates.items[0].id } });
    expect(created.status()).toBe(201);
    await api.dispose();
    expect((await fetch(`http://127.0.0.1:${PORT}/provisioning/02005e102030.cfg`)).status).toBe(200);
    expect((await request.get('/provisioning/02005e102030.cfg')).status()).toBe(404);
    expect(fs.existsSync(path.join(dataDir, 'provisio.db'))).toBe(true);
    expect(fs.existsSync(path.join(dataDir, 'tls', 'cert.pem'))).toBe(true);
    // CONSOLE_HTTPS_ONLY: the console and API on plain HTTP redirect to HTTPS, provisioning stays on HTTP.
    const console = await fetch(`http://127.0.0.1:${PORT}/devices?x=1`, { redirect: 'manual' });
    expect(console.status).toBe(308);
    expect(console.headers.get('location')).toBe(`https://127.0.0.1:${PORT + 1}/devices?x=1`);
    // Credentials from the environment: nothing generated, nothing written.
    expect(fs.existsSync(path.join(dataDir, 'initial-credentials.txt'))).toBe(false);
  } finally {
    await second.stop();
  }
});
