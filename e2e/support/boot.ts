import { type APIRequestContext, expect } from '@playwright/test';
import { factory } from './api';

/**
 * One request of a factory-fresh phone, in the order the vendor documents. `path` is relative to
 * /provisioning/ and gets the device's 12-digit lowercase MAC. A phone that tolerates a missing file
 * (it goes on to the next one) is written with `status: 404`.
 */
export type BootStep = { path: (mac: string) => string; status?: 200 | 404; contains?: (mac: string) => string[] };

export type BootedFile = { path: string; status: number; body: string };

/**
 * Creates a device of `modelName` (its built-in template, one line) through the API, then asks for the
 * files the way the phone does: each step over real HTTP with the vendor's User-Agent. The last step
 * must be a file holding the line's SIP credentials.
 */
export async function bootInFactoryOrder(
  request: APIRequestContext,
  modelName: string,
  userAgent: (mac: string) => string,
  steps: readonly BootStep[],
  deviceOverrides: Record<string, unknown> = {},
) {
  const { device, account } = await factory.device(request, modelName, deviceOverrides);
  const files: BootedFile[] = [];
  for (const step of steps) {
    const path = step.path(device.mac);
    const res = await request.get(`/provisioning/${path}`, { headers: { 'User-Agent': userAgent(device.mac) } });
    const body = await res.text();
    expect(res.status(), `${modelName}: GET /provisioning/${path}`).toBe(step.status ?? 200);
    for (const text of step.contains?.(device.mac) ?? []) expect(body, `${modelName}: ${path}`).toContain(text);
    files.push({ path, status: res.status(), body });
  }
  const last = files.at(-1)!;
  expect(last.body, `${modelName}: the last file holds the line`).toContain(account.sipUsername);
  expect(last.body).toContain(`pw-${account.sipUsername}-S3cret`);
  return { device, account, files };
}

export const colonMac = (mac: string) => mac.match(/../g)!.join(':');
