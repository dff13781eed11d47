import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, request as playwrightRequest, test } from '@playwright/test';
import { E2E } from '../support/e2e-env.mjs';

const PORT = E2E.httpPort + 1000;

test('a second instance with its own DATA_DIR and ports runs side by side; its console is HTTPS-only', async ({ request }) => {
  test.setTimeout(90_000);
  const dataDir = path.resolve('.tmp', `second-instance-${E2E.httpPort}`);
  fs.rmSync(dataDir, { recursive: true, force: true });
  const env = {
    ...process.env,
    ...E2E.env,
    DATA_DIR: dataDir,
    HTTP_PORT: String(PORT),
    HTTPS_PORT: String(PORT + 1),
    TFTP_PORT: String(PORT + 2),
    SIP_PNP_PORT: String(PORT + 3),
    PROVISIO_API_TOKEN: 'second-instance-token-0123456789',
    CONSOLE_HTTPS_ONLY: 'true',
    NODE_ENV: 'production' as const,
  };
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server.ts'], { env, stdio: 'ignore' });
  try {
    await expect.poll(async () => (await fetch(`http://127.0.0.1:${PORT}/api/health`).catch(() => null))?.status, { timeout: 60_000 }).toBe(200);
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
    child.kill('SIGTERM');
  }
});
