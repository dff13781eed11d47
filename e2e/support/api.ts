import { type APIRequestContext, expect } from '@playwright/test';
import { E2E } from './e2e-env.mjs';

export const AUTH = { Authorization: `Bearer ${E2E.apiToken}` };

let counter = 0;
/** Unique values per test run and worker, so specs can run in parallel on one server. */
export function unique() {
  counter += 1;
  const n = (Date.now() % 1_000_000) * 100 + (process.pid % 97) + counter * 7919;
  const hex = (n % 0xffffff).toString(16).padStart(6, '0');
  return {
    mac: `02ab${hex.slice(0, 2)}${hex.slice(2)}${(counter % 256).toString(16).padStart(2, '0')}`.slice(0, 12),
    ext: String(1000 + (n % 90000)),
    tag: `${n}`,
  };
}

export async function apiJson<T = Record<string, unknown>>(
  request: APIRequestContext,
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  path: string,
  data?: unknown,
  expected?: number,
): Promise<T> {
  const response = await request.fetch(`/api/v1${path}`, { method, headers: AUTH, data });
  if (expected !== undefined) expect(response.status(), await response.text()).toBe(expected);
  return (response.status() === 204 ? {} : await response.json()) as T;
}

export type Made = { id: number; [k: string]: unknown };

/** Test data factories through the public API. */
export const factory = {
  async account(request: APIRequestContext, overrides: Record<string, unknown> = {}) {
    const { ext } = unique();
    const sipUsername = `u${ext}${unique().tag.slice(-4)}`;
    return apiJson<Made & { sipUsername: string }>(
      request,
      'POST',
      '/accounts',
      { extension: ext, sipUsername, sipPassword: `pw-${sipUsername}-S3cret`, displayName: `User ${ext}`, ...overrides },
      201,
    );
  },
  async model(request: APIRequestContext, name: string) {
    const { items } = await apiJson<{ items: Made[] }>(request, 'GET', '/device-models');
    const model = items.find((m) => m.name === name);
    if (!model) throw new Error(`no model ${name}`);
    const { items: templates } = await apiJson<{ items: Made[] }>(request, 'GET', `/templates?modelId=${model.id}`);
    return { model, template: templates[0] };
  },
  async device(request: APIRequestContext, modelName = 'Yealink T4x', overrides: Record<string, unknown> = {}) {
    const { model, template } = await factory.model(request, modelName);
    const account = await factory.account(request);
    const { mac } = unique();
    const device = await apiJson<Made & { mac: string; file: { fileName: string } | null }>(
      request,
      'POST',
      '/devices',
      { mac, modelId: model.id, templateId: template.id, lines: [account.id], adminPassword: 'Adm1n-e2e', ...overrides },
      201,
    );
    return { device, account, model, template };
  },
};
