import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { regenerateEverything } from '@/lib/bootstrap';
import { DomainError } from '@/lib/errors';
import { filesOf, freshDatabase } from '@/lib/test-db';
import { regenerate } from '@/lib/provisioning/regenerate';
import { serverFacts } from '@/lib/provisioning/server-facts';
import { createBrand } from './brands';
import { createDeviceModel } from './device-models';
import { createDevice } from './devices';
import { updateFilenameRule } from './filename-rules';
import { updatePbxSettings } from './pbx';
import { createTemplate } from './templates';

// Regeneration reads, renders and writes devices a page at a time (lib/provisioning/regenerate.ts).
// A rename or a clash between a device of the first page and one of a later page must come out as
// when the whole tenant was rendered at once. More devices than a page lie between the two.
const FILLERS = 600;

let db: Db;
let tenantId: number;
let brandId: number;

beforeEach(async () => {
  ({ db, tenantId } = await freshDatabase());
  brandId = createBrand(db, tenantId, { name: 'Acme' }).id;
});

function model(name: string, rule: { prefix: string; macFormat: string; suffix: string }) {
  const m = createDeviceModel(db, tenantId, { name, brandId, newFilenameRule: { name, ...rule } });
  const template = createTemplate(db, tenantId, { name, modelId: m.id, format: 'text', body: `model=${name}\nmac=%%DEVICE_MAC%%\n` });
  return { modelId: m.id, templateId: template.id, filenameRuleId: m.filenameRuleId };
}

/** Devices between the first and the last, written straight to the table (their files come with the next regeneration). */
function fillers(m: { modelId: number; templateId: number }) {
  const insert = db.$client.prepare('INSERT INTO devices (tenant_id, mac, model_id, template_id) VALUES (?, ?, ?, ?)');
  db.$client.transaction(() => {
    for (let i = 0; i < FILLERS; i++) insert.run(tenantId, `0200${i.toString(16).padStart(8, '0')}`, m.modelId, m.templateId);
  })();
}

describe('regeneration a page at a time', () => {
  it('a device of the first page takes the name a device of a later page gives up', () => {
    const m = model('Shift', { prefix: 'ab', macFormat: 'lower', suffix: '' });
    createDevice(db, tenantId, { mac: 'b00000000000', modelId: m.modelId, templateId: m.templateId, label: 'First' });
    fillers(m);
    createDevice(db, tenantId, { mac: '00000000000c', modelId: m.modelId, templateId: m.templateId, label: 'Last' });
    regenerateEverything(db);
    expect(filesOf(db, tenantId)['ab00000000000c'].body).toContain('mac=00000000000c');

    // 'a' + b00000000000 + 'c' is the name 'ab' + 00000000000c had.
    updateFilenameRule(db, tenantId, m.filenameRuleId, { prefix: 'a', suffix: 'c' });
    const files = filesOf(db, tenantId);
    expect(files['ab00000000000c'].body).toContain('mac=b00000000000');
    expect(files['a00000000000cc'].body).toContain('mac=00000000000c');
    expect(files['abb00000000000']).toBeUndefined();
    expect(Object.keys(files)).toHaveLength(FILLERS + 2);
  });

  it('two devices pages apart that would share a name: refused naming the first, nothing written', () => {
    const first = model('First', { prefix: 'x', macFormat: 'lower', suffix: '.cfg' });
    const last = model('Last', { prefix: 'y', macFormat: 'lower', suffix: '.cfg' });
    createDevice(db, tenantId, { mac: '001565aabbcc', modelId: first.modelId, templateId: first.templateId, label: 'First' });
    fillers(model('Filler', { prefix: 'f', macFormat: 'lower', suffix: '.cfg' }));
    createDevice(db, tenantId, { mac: '65aabbccddee', modelId: last.modelId, templateId: last.templateId });
    regenerateEverything(db);
    const before = filesOf(db, tenantId);

    // Behind the domain's back, so that only a full regeneration meets both names:
    // '0015' + 65AABBCCDDEE + '.cfg' and 001565aabbcc + 'ddee.cfg' differ only by case.
    db.$client.prepare("UPDATE filename_rules SET prefix = '', suffix = 'ddee.cfg' WHERE id = ?").run(first.filenameRuleId);
    db.$client.prepare("UPDATE filename_rules SET prefix = '0015', mac_format = 'upper' WHERE id = ?").run(last.filenameRuleId);
    let error: unknown;
    try {
      db.transaction((tx) => regenerate(tx, tenantId, 'all', serverFacts()));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({
      status: 409,
      code: 'validation:device.fileNameTaken',
      params: { fileName: '001565aabbccddee.cfg', holder: '001565aabbcc (First)' },
    });
    expect(filesOf(db, tenantId)).toEqual(before);
  });
});

/**
 * Every statement a regeneration prepares, with SQLite's plan for it. A page's reads must find their
 * rows by the page's keys: a plan that walks all of the tenant's devices or files (its index on
 * tenant alone), or sorts them, costs the whole tenant once per page, so 100,000 devices took
 * quadratic time (issue 12, scale).
 */
function plansOfRegeneration(run: () => void): { sql: string; plan: string[] }[] {
  const client = db.$client;
  const prepare = client.prepare;
  const statements = new Set<string>();
  client.prepare = function (this: typeof client, source: string) {
    statements.add(source);
    return prepare.call(this, source);
  } as typeof client.prepare;
  try {
    run();
  } finally {
    client.prepare = prepare;
  }
  return [...statements]
    .filter((source) => /^\s*select/i.test(source))
    .map((source) => {
      const params = Array.from(source.match(/\?/g) ?? [], () => '[]');
      const plan = (client.prepare(`EXPLAIN QUERY PLAN ${source}`).all(...params) as { detail: string }[]).map((row) => row.detail);
      return { sql: source, plan };
    });
}

describe('the reads of a page', () => {
  it('find their rows by the page, never by walking the tenant', () => {
    const m = model('Plan', { prefix: 'p', macFormat: 'lower', suffix: '.cfg' });
    createDevice(db, tenantId, { mac: '001565aabbcc', modelId: m.modelId, templateId: m.templateId });
    regenerateEverything(db);

    const plans = plansOfRegeneration(() => updatePbxSettings(db, tenantId, { host: 'pbx-b.example.com' }));
    const pageReads = plans.filter((p) => ['devices', 'generated_files', 'device_lines'].includes(/ from "(\w+)"/.exec(p.sql)?.[1] ?? ''));
    expect(pageReads.length).toBeGreaterThanOrEqual(4);
    for (const { sql, plan } of pageReads) {
      const steps = plan.join(' | ');
      expect(steps, sql).not.toMatch(/TEMP B-TREE|SCAN (devices|generated_files|device_lines)\b|\(tenant_id=\?\)/);
    }
  });
});
