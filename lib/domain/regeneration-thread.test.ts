import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { updatePbxSettings } from './pbx';
import { RenderFailedError } from '@/lib/errors';
import { sealSecret } from '@/lib/secrets';
import { filesOf, freshDatabase } from '@/lib/test-db';
import { renderThreadAnswers } from '@/lib/provisioning/render-pool';
import { startRenderThread } from '@/lib/provisioning/render-worker';

// A regeneration renders its pages in the render thread (as server.ts runs it) and must write exactly what it writes
// when it renders them itself: same names, same bytes, same errors. 1,200 devices over every built-in model: three pages.
const DEVICES = 1200;

let db: Db;
let tenantId: number;
let thread: Awaited<ReturnType<typeof startRenderThread>> | null = null;

/** Devices round-robin over the built-in models (each with its first template), 1–3 lines of their own accounts. */
function seed() {
  const sqlite = db.$client;
  const models = sqlite
    .prepare('SELECT m.id AS modelId, (SELECT min(t.id) FROM templates t WHERE t.model_id = m.id) AS templateId FROM device_models m WHERE m.tenant_id = ?')
    .all(tenantId) as { modelId: number; templateId: number | null }[];
  const usable = models.filter((m) => m.templateId !== null);
  const insertDevice = sqlite.prepare(
    'INSERT INTO devices (tenant_id, mac, model_id, template_id, label, admin_password) VALUES (?, ?, ?, ?, ?, ?) RETURNING id',
  );
  const insertAccount = sqlite.prepare(
    'INSERT INTO accounts (tenant_id, extension, sip_username, auth_username, sip_password, display_name) VALUES (?, ?, ?, ?, ?, ?) RETURNING id',
  );
  const insertLine = sqlite.prepare('INSERT INTO device_lines (device_id, position, account_id) VALUES (?, ?, ?)');
  sqlite.transaction(() => {
    for (let i = 0; i < DEVICES; i++) {
      const model = usable[i % usable.length];
      const device = insertDevice.get(
        tenantId,
        `0200${i.toString(16).padStart(8, '0')}`,
        model.modelId,
        model.templateId,
        `Desk ${i}`,
        sealSecret(`admin-${i}`),
      ) as {
        id: number;
      };
      for (let position = 1; position <= 1 + (i % 3); position++) {
        const ext = String(1000 + i * 3 + position);
        const account = insertAccount.get(tenantId, ext, ext, ext, sealSecret(`sip-${ext}`), `User ${ext} & <co>`) as { id: number };
        insertLine.run(device.id, position, account.id);
      }
    }
  })();
}

const bodies = () => Object.fromEntries(Object.values(filesOf(db, tenantId)).map((file) => [file.fileName, file.body]));

beforeEach(async () => {
  ({ db, tenantId } = await freshDatabase());
  seed();
});

afterEach(async () => {
  await thread?.stop();
  thread = null;
});

describe('the render thread', () => {
  it('writes what this thread writes: the same files, byte for byte, passwords opened there', async () => {
    updatePbxSettings(db, tenantId, { host: 'pbx-a.example.com' });
    const renderedHere = bodies();
    expect(Object.keys(renderedHere).length).toBeGreaterThanOrEqual(DEVICES);
    expect(Object.values(renderedHere).join('\n')).toContain('sip-1001');

    thread = await startRenderThread(db);
    const before = renderThreadAnswers();
    updatePbxSettings(db, tenantId, { host: 'pbx-b.example.com' });
    expect(Object.values(bodies()).join('\n')).toContain('pbx-b.example.com');
    updatePbxSettings(db, tenantId, { host: 'pbx-a.example.com' });
    // Six pages (three per regeneration) came back from the thread.
    expect(renderThreadAnswers() - before).toBe(6);
    expect(bodies()).toEqual(renderedHere);
  });

  it('a device that does not render fails the save naming it, writes nothing, and the next save renders in the thread again', async () => {
    updatePbxSettings(db, tenantId, { host: 'pbx-a.example.com' });
    const before = bodies();
    // A display name of more than a megabyte makes a file larger than a phone may get (issue 12, finding 8).
    // Devices 600–640 (the second page), a model of each brand among them.
    const lines = 'SELECT account_id FROM device_lines WHERE device_id IN (SELECT id FROM devices ORDER BY id LIMIT 40 OFFSET 600)';
    db.$client.prepare(`UPDATE accounts SET display_name = ? WHERE id IN (${lines})`).run('x'.repeat(1_100_000));

    thread = await startRenderThread(db);
    let failure: unknown;
    try {
      updatePbxSettings(db, tenantId, { host: 'pbx-b.example.com' });
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(RenderFailedError);
    expect((failure as RenderFailedError).issues[0].code).toBe('file_too_large');
    expect((failure as RenderFailedError).target.mac).toMatch(/^0200000002[56]/);
    expect(bodies()).toEqual(before);

    db.$client.prepare(`UPDATE accounts SET display_name = ? WHERE id IN (${lines})`).run('Fixed');
    const answered = renderThreadAnswers();
    updatePbxSettings(db, tenantId, { host: 'pbx-b.example.com' });
    expect(renderThreadAnswers()).toBeGreaterThan(answered);
    expect(Object.values(bodies()).filter((body) => body.includes('pbx-b.example.com')).length).toBeGreaterThanOrEqual(DEVICES);
  });

  it('checkpoints the WAL from its own connection: the save does not (db/checkpoints.ts)', async () => {
    thread = await startRenderThread(db);
    expect(db.$client.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    const file = db.$client.name;
    const before = fs.statSync(file).size;
    // Every file is new: thousands of pages go to the WAL, and only a checkpoint brings them into the database file.
    updatePbxSettings(db, tenantId, { host: 'pbx-a.example.com' });
    expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(1_000_000);
    await expect.poll(() => fs.statSync(file).size, { timeout: 10_000 }).toBeGreaterThan(before + 1_000_000);
    await thread.stop();
    thread = null;
    expect(db.$client.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
  });

  it('once stopped, regenerations render in this thread', async () => {
    thread = await startRenderThread(db);
    await thread.stop();
    thread = null;
    expect(renderThreadAnswers()).toBe(0);
    updatePbxSettings(db, tenantId, { host: 'pbx-c.example.com' });
    expect(Object.values(bodies()).filter((body) => body.includes('pbx-c.example.com')).length).toBeGreaterThanOrEqual(DEVICES);
  });
});
