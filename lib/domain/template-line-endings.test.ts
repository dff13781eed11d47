import { beforeEach, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import type { Db } from '@/db/client';
import { listDeviceModels } from '@/db/queries/device-models';
import { getTemplate, listTemplates } from '@/db/queries/templates';
import { filesOf, freshDatabase } from '@/lib/test-db';
import { templateSchema } from '@/lib/validation/entities';
import { eq } from 'drizzle-orm';
import { templates } from '@/db/schema';
import { syncBuiltIns } from './built-ins';
import { createAccount } from './accounts';
import { duplicateDeviceModel } from './device-models';
import { createDevice } from './devices';
import { createTemplate, duplicateTemplate, updateTemplate } from './templates';

let db: Db;
let tenantId: number;

beforeEach(async () => {
  ({ db, tenantId } = await freshDatabase());
});

const model = (name: string) => listDeviceModels(db, tenantId).find((m) => m.name === name)!;
const BODY = 'account.1.user_name = %%ACCOUNT1_SIP_USERNAME%%\naccount.1.label = %%ACCOUNT1_DISPLAY_NAME%%\n';
/** Every line break is CRLF and the file ends with one. */
const isCrlfFile = (text: string) => text.endsWith('\r\n') && !/(^|[^\r])\n/.test(text);

function crlfTemplate(lineEndings: unknown = 'crlf') {
  return createTemplate(db, tenantId, { name: 'Yealink CRLF', modelId: model('Yealink T4x').id, format: 'text', body: BODY, lineEndings });
}

function deviceOn(templateId: number, modelId = model('Yealink T4x').id) {
  const account = createAccount(db, tenantId, { extension: '201', sipUsername: 'u201', sipPassword: 'Secret-201', displayName: 'Mario "Sales" Rossi' });
  return createDevice(db, tenantId, { mac: '001565aabbcc', modelId, templateId, lines: [account.id], adminPassword: 'adm' });
}

describe('template line endings', () => {
  it('a CRLF template generates a CRLF file with a final CRLF; switching to LF regenerates it as written', () => {
    const template = crlfTemplate();
    expect(template.lineEndings).toBe('crlf');
    deviceOn(template.id);
    expect(filesOf(db, tenantId)['001565aabbcc.cfg'].body).toBe("account.1.user_name = u201\r\naccount.1.label = Mario 'Sales' Rossi\r\n");

    updateTemplate(db, tenantId, template.id, { lineEndings: 'lf' });
    expect(filesOf(db, tenantId)['001565aabbcc.cfg'].body).toBe("account.1.user_name = u201\naccount.1.label = Mario 'Sales' Rossi\n");
  });

  it('defaults to LF and keeps the template line breaks', () => {
    const template = createTemplate(db, tenantId, { name: 'Plain', modelId: model('Yealink T4x').id, format: 'text', body: 'a = 1\nb = 2' });
    expect(template.lineEndings).toBe('lf');
    deviceOn(template.id);
    expect(filesOf(db, tenantId)['001565aabbcc.cfg'].body).toBe('a = 1\nb = 2');
  });

  it('round-trips through an update, a template copy and a model copy', () => {
    const created = crlfTemplate();
    expect(getTemplate(db, tenantId, created.id)?.lineEndings).toBe('crlf');
    expect(updateTemplate(db, tenantId, created.id, { name: 'Renamed' }).lineEndings).toBe('crlf');
    expect(duplicateTemplate(db, tenantId, created.id, 'Copy').lineEndings).toBe('crlf');

    const copy = duplicateDeviceModel(db, tenantId, model('Yealink T4x').id, 'Yealink copy');
    expect(listTemplates(db, tenantId, copy.id).find((t) => t.name.startsWith('Renamed'))?.lineEndings).toBe('crlf');
  });

  it('refuses a value other than lf or crlf', () => {
    const result = templateSchema.safeParse({ name: 'x', modelId: 1, format: 'text', body: 'a', lineEndings: 'cr' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ['lineEndings'], message: 'validation:template.lineEndingsInvalid' });
    expect(() => crlfTemplate('CRLF')).toThrow(ZodError);
  });

  it('the Panasonic built-in template is CRLF and generates a CRLF file and bootstrap file', () => {
    const panasonic = model('Panasonic KX-HDV');
    const builtIn = listTemplates(db, tenantId, panasonic.id).find((t) => t.isBuiltIn)!;
    expect(getTemplate(db, tenantId, builtIn.id)?.lineEndings).toBe('crlf');
    deviceOn(builtIn.id, panasonic.id);
    const files = filesOf(db, tenantId);
    const deviceFile = Object.values(files).find((f) => f.deviceId !== null)!;
    expect(deviceFile.fileName).toBe('Config001565AABBCC.cfg');
    expect(isCrlfFile(deviceFile.body)).toBe(true);
    expect(deviceFile.body).toContain("Mario 'Sales' Rossi");
    const common = Object.values(files).filter((f) => f.deviceId === null);
    expect(common.length).toBeGreaterThan(0);
    for (const file of common) expect(isCrlfFile(file.body)).toBe(true);
  });

  it('syncBuiltIns refreshes the line endings of a built-in template', () => {
    const builtIn = listTemplates(db, tenantId, model('Panasonic KX-HDV').id).find((t) => t.isBuiltIn)!;
    db.update(templates).set({ lineEndings: 'lf' }).where(eq(templates.id, builtIn.id)).run();
    expect(db.transaction((tx) => syncBuiltIns(tx, tenantId))).toBe(true);
    expect(getTemplate(db, tenantId, builtIn.id)?.lineEndings).toBe('crlf');
  });
});
