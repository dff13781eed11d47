import { beforeEach, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import type { Db } from '@/db/client';
import { listDeviceModels } from '@/db/queries/device-models';
import { RenderFailedError } from '@/lib/errors';
import { filesOf, freshDatabase } from '@/lib/test-db';
import { createAccount } from './accounts';
import { createDeviceModel } from './device-models';
import { createDevice, updateDevice } from './devices';
import { updatePbxSettings } from './pbx';
import { createPlaceholder } from './placeholders';
import { createTemplate } from './templates';
import { createTenant, updateTenant } from './tenants';
import { refusal } from './test-support';

let db: Db;
let tenantId: number;

beforeEach(async () => {
  ({ db, tenantId } = await freshDatabase());
});

const yealink = () => listDeviceModels(db, tenantId).find((m) => m.name === 'Yealink T4x')!;
const defaultTemplateId = (modelId: number) =>
  (db.$client.prepare('SELECT id FROM templates WHERE model_id = ? ORDER BY id').get(modelId) as { id: number }).id;

/** The field paths and messages of a refused parse. */
function zodIssues(fn: () => unknown): { path: string; message: string }[] {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ZodError);
    return (error as ZodError).issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  }
  throw new Error('expected the input to be refused');
}

describe('a rendered file has a size limit (issue 12, finding 8)', () => {
  it('a device whose file would pass 1 MiB is refused, naming the device and the template, and nothing is stored', () => {
    const model = yealink();
    createPlaceholder(db, tenantId, { name: 'BIG', kind: 'static', value: 'x'.repeat(1024) });
    const template = createTemplate(db, tenantId, {
      name: 'Huge',
      modelId: model.id,
      format: 'text',
      body: `%%BEGIN_ACCOUNTS%%${'v = %%_BIG%%\n'.repeat(1000)}%%END_ACCOUNTS%%`,
    });
    const lines = ['201', '202'].map((ext) => createAccount(db, tenantId, { extension: ext, sipUsername: ext, sipPassword: `pw-${ext}` }).id);
    const error = refusal(() => createDevice(db, tenantId, { mac: '001565aaaaaa', modelId: model.id, templateId: template.id, lines }));
    expect(error).toBeInstanceOf(RenderFailedError);
    expect(error.params).toEqual({ target: '001565aaaaaa', template: 'Huge' });
    expect((error as RenderFailedError).issues).toEqual([{ code: 'file_too_large', line: 1, column: 1, message: '1 MiB' }]);
    expect(Object.values(filesOf(db, tenantId)).filter((f) => f.deviceId !== null)).toEqual([]);
  });
});

describe('inputs that must be refused (issue 12, finding 11)', () => {
  it('an XML template holding a literal NUL is refused at save', () => {
    const error = refusal(() => createTemplate(db, tenantId, { name: 'Nul', modelId: yealink().id, format: 'xml', body: '<cfg>\n<a>x\u0000y</a>\n</cfg>' }));
    expect(error.code).toBe('validation:template.invalid');
    expect(error.details).toEqual([{ code: 'xml_not_well_formed', line: 2, column: 5, message: 'Character U+0000 is not allowed in XML' }]);
  });

  const newModel = (commonFiles: { fileName: string; body: string }[]) => ({
    name: 'Custom',
    brandId: yealink().brandId,
    filenameRuleId: yealink().filenameRuleId,
    commonFiles,
  });

  it('a model with two common files of the same name (whatever the case) is refused on the second one', () => {
    const issues = zodIssues(() =>
      createDeviceModel(
        db,
        tenantId,
        newModel([
          { fileName: 'common.cfg', body: 'a = 1' },
          { fileName: 'COMMON.cfg', body: 'a = 2' },
        ]),
      ),
    );
    expect(issues).toEqual([{ path: 'commonFiles.1.fileName', message: 'validation:model.commonFileDuplicate' }]);
  });

  it('a model with a broken XML common file is refused on that file, before any device blames it', () => {
    const error = refusal(() =>
      createDeviceModel(
        db,
        tenantId,
        newModel([
          { fileName: 'ok.cfg', body: 'a = 1' },
          { fileName: 'common.xml', body: '<cfg><host>%%PBX_HOST%%</cfg>' },
        ]),
      ),
    );
    expect(error).toMatchObject({ status: 422, code: 'validation:model.commonFileInvalid', field: 'commonFiles.1.body', params: { fileName: 'common.xml' } });
    expect((error.details as { code: string }[])[0].code).toBe('xml_not_well_formed');
  });

  it('JSON true is not an id nor a port; numbers and form text still are', () => {
    const model = yealink();
    const device = { mac: '001565bbbbbb', modelId: model.id, templateId: defaultTemplateId(model.id) };
    expect(zodIssues(() => createDevice(db, tenantId, { ...device, modelId: true }))).toEqual([{ path: 'modelId', message: 'validation:id.invalid' }]);
    expect(zodIssues(() => createDevice(db, tenantId, { ...device, vlanId: true }))).toEqual([{ path: 'vlanId', message: 'validation:vlan.invalid' }]);
    expect(zodIssues(() => updatePbxSettings(db, tenantId, { sipUdpPort: true }))).toEqual([{ path: 'sipUdpPort', message: 'validation:port.invalid' }]);
    expect(zodIssues(() => updatePbxSettings(db, tenantId, { sipTlsPort: null }))).toEqual([{ path: 'sipTlsPort', message: 'validation:port.invalid' }]);
    expect(zodIssues(() => updatePbxSettings(db, tenantId, { sipTcpPort: '' }))).toEqual([{ path: 'sipTcpPort', message: 'validation:port.invalid' }]);
    expect(updatePbxSettings(db, tenantId, { sipUdpPort: '5070', sipTcpPort: 5071, resyncIntervalMinutes: ' 60 ' })).toMatchObject({
      sipUdpPort: 5070,
      sipTcpPort: 5071,
      resyncIntervalMinutes: 60,
    });
    const created = createDevice(db, tenantId, { ...device, modelId: String(model.id), vlanId: '12', vlanPriority: 5 });
    expect(created).toMatchObject({ modelId: model.id, vlanId: 12, vlanPriority: 5 });
  });

  it.each([
    ['a newline', 'Branch\nOffice'],
    ['an ANSI escape', '\u001b[31mRed\u001b[0m'],
    ['a carriage return', 'Branch\rOffice'],
    ['a C1 control', 'Branch\u0085Office'],
    ['a line separator', 'Branch\u2028Office'],
  ])('a tenant name with %s is refused', (_case, name) => {
    expect(zodIssues(() => createTenant(db, { name }))).toEqual([{ path: 'name', message: 'validation:text.controlCharacters' }]);
    expect(zodIssues(() => updateTenant(db, tenantId, { name }))).toEqual([{ path: 'name', message: 'validation:text.controlCharacters' }]);
  });

  it('labels and account names refuse control characters too; a description may span lines', () => {
    const model = yealink();
    const device = { mac: '001565cccccc', modelId: model.id, templateId: defaultTemplateId(model.id) };
    expect(zodIssues(() => createDevice(db, tenantId, { ...device, label: 'Desk\n1' }))).toEqual([
      { path: 'label', message: 'validation:text.controlCharacters' },
    ]);
    expect(zodIssues(() => createAccount(db, tenantId, { extension: '2\u001b01', sipUsername: 'u', sipPassword: 'p', displayName: 'A\tB' }))).toEqual([
      { path: 'extension', message: 'validation:text.controlCharacters' },
      { path: 'displayName', message: 'validation:text.controlCharacters' },
    ]);
    expect(createPlaceholder(db, tenantId, { name: 'NOTE', kind: 'static', value: 'x', description: 'first line\nsecond line' })).toMatchObject({
      description: 'first line\nsecond line',
    });
    expect(zodIssues(() => createPlaceholder(db, tenantId, { name: 'NOTE2', kind: 'static', value: 'x', description: 'bell\u0007' }))).toEqual([
      { path: 'description', message: 'validation:text.controlCharacters' },
    ]);
    const ok = createDevice(db, tenantId, { ...device, label: 'Desk 1' });
    expect(() => updateDevice(db, tenantId, ok.id, { label: 'Desk\u00072' })).toThrow(ZodError);
  });
});
