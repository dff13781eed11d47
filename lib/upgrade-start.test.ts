import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { templates } from '@/db/schema';
import { bootstrap } from '@/lib/bootstrap';
import { createBrand } from '@/lib/domain/brands';
import { createDeviceModel } from '@/lib/domain/device-models';
import { createDevice } from '@/lib/domain/devices';
import { createTemplate } from '@/lib/domain/templates';
import { filesOf, freshDatabase } from '@/lib/test-db';

// A release can check templates more strictly than the one that saved them (this one checks XML as expat
// does). A start must not fail on a stored template the new check refuses: the phones keep the files they
// have, the log names the template, and the rest of the tenant (built-ins included) is brought up to date.

describe('starting on a database saved by an older release', () => {
  it('starts, keeps the last good file of a template the new check refuses, and still updates the built-ins', async () => {
    const { db, tenantId } = await freshDatabase();
    const brand = createBrand(db, tenantId, { name: 'Acme' });
    const model = createDeviceModel(db, tenantId, {
      name: 'Acme X',
      brandId: brand.id,
      newFilenameRule: { name: 'acme', prefix: 'acme', macFormat: 'lower', suffix: '.xml' },
    });
    const template = createTemplate(db, tenantId, { name: 'acme', modelId: model.id, format: 'xml', body: '<a>%%DEVICE_MAC%%</a>\n' });
    createDevice(db, tenantId, { mac: '001565aabbcc', modelId: model.id, templateId: template.id, lines: [] });
    const before = filesOf(db, tenantId)['acme001565aabbcc.xml'];
    // What an older, laxer check let through: two root elements (expat refuses it).
    db.update(templates).set({ body: '<a>%%DEVICE_MAC%%</a><b/>\n' }).where(eq(templates.id, template.id)).run();
    const builtIn = db.select().from(templates).where(eq(templates.name, 'Snom D785 default')).get()!;
    db.update(templates).set({ body: '<settings/>\n' }).where(eq(templates.id, builtIn.id)).run();

    await expect(bootstrap(db)).resolves.toBeUndefined();

    expect(filesOf(db, tenantId)['acme001565aabbcc.xml']).toEqual(before);
    expect(db.select().from(templates).where(eq(templates.id, builtIn.id)).get()!.body).toContain('<phone-settings');
  });
});
