import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { listDeviceModels } from '@/db/queries/device-models';
import { RenderFailedError } from '@/lib/errors';
import { explainDeviceFile } from '@/lib/provisioning/explain';
import { SECRET_MASK, viewFile } from '@/lib/provisioning/file-view';
import { serverFacts } from '@/lib/provisioning/server-facts';
import { filesOf, freshDatabase } from '@/lib/test-db';
import { createAccount } from './accounts';
import { createDevice, updateDevice } from './devices';
import { createTemplate } from './templates';

let db: Db;
let tenantId: number;

beforeEach(async () => {
  ({ db, tenantId } = await freshDatabase());
});

const yealink = () => listDeviceModels(db, tenantId).find((m) => m.name === 'Yealink T4x')!;

function deviceWith(body: string, password: string, options: { format?: 'text' | 'xml'; lineEndings?: 'lf' | 'crlf'; adminPassword?: string } = {}) {
  const model = yealink();
  const template = createTemplate(db, tenantId, {
    name: 'Masked',
    modelId: model.id,
    format: options.format ?? 'text',
    body,
    lineEndings: options.lineEndings ?? 'lf',
  });
  const account = createAccount(db, tenantId, { extension: '201', sipUsername: 'eve', sipPassword: password, displayName: 'Eve Steele' });
  const device = createDevice(db, tenantId, {
    mac: '001565eeeeee',
    modelId: model.id,
    templateId: template.id,
    lines: [account.id],
    adminPassword: options.adminPassword ?? 'e',
  });
  const file = filesOf(db, tenantId)['001565eeeeee.cfg'];
  return { device, file, view: (reveal = false) => viewFile(db, tenantId, file.id, reveal, serverFacts())! };
}

describe('secrets are masked where the engine put them, never by searching the text (issue 12, finding 10)', () => {
  const body =
    'user = %%ACCOUNT_SIP_USERNAME%%\npass = %%ACCOUNT_SIP_PASSWORD%%\nadmin = %%ADMIN_PASSWORD%%\nname = %%ACCOUNT_DISPLAY_NAME%%\nhere = %%DEVICE_LABEL%%\n';

  it('a SIP password "e" masks the password, not every "e" of the file', () => {
    const { file, view } = deviceWith(body, 'e');
    expect(file.body).toBe('user = eve\npass = e\nadmin = e\nname = Eve Steele\nhere = \n');
    expect(view()).toMatchObject({ secretsMasked: true, body: `user = eve\npass = ${SECRET_MASK}\nadmin = ${SECRET_MASK}\nname = Eve Steele\nhere = \n` });
    expect(view(true)).toMatchObject({ secretsMasked: false, body: file.body });
  });

  it('explain this file masks the same positions', () => {
    const { device } = deviceWith(body, 'e');
    const lines = explainDeviceFile(db, tenantId, device.id, serverFacts())!.lines.map((l) => l.text);
    expect(lines.slice(0, 4)).toEqual(['user = eve', `pass = ${SECRET_MASK}`, `admin = ${SECRET_MASK}`, 'name = Eve Steele']);
  });

  it('masks the escaped form in XML and keeps its place with CRLF line endings', () => {
    const xml = '<cfg>\n<user>%%ACCOUNT_SIP_USERNAME%%</user>\n<pass>%%ACCOUNT_SIP_PASSWORD%%</pass>\n<name>%%ACCOUNT_DISPLAY_NAME%%</name>\n</cfg>';
    const { file, view } = deviceWith(xml, 'e&<', { format: 'xml', lineEndings: 'crlf' });
    expect(file.body).toBe('<cfg>\r\n<user>eve</user>\r\n<pass>e&amp;&lt;</pass>\r\n<name>Eve Steele</name>\r\n</cfg>\r\n');
    expect(view().body).toBe(`<cfg>\r\n<user>eve</user>\r\n<pass>${SECRET_MASK}</pass>\r\n<name>Eve Steele</name>\r\n</cfg>\r\n`);
  });

  it('a stored file the engine no longer renders the same way is masked whole, not searched', () => {
    const { file, view } = deviceWith(body, 'e');
    db.$client.prepare('UPDATE generated_files SET body = ? WHERE id = ?').run(`${file.body}tail = e\n`, file.id);
    expect(view()).toMatchObject({ secretsMasked: true, body: SECRET_MASK });
  });

  it('a device without secrets shows its file as stored', () => {
    const { file, device } = deviceWith(body, 'e');
    db.$client.prepare("UPDATE accounts SET sip_password = '' WHERE tenant_id = ?").run(tenantId);
    db.$client.prepare("UPDATE devices SET admin_password = '' WHERE id = ?").run(device.id);
    expect(viewFile(db, tenantId, file.id, false, serverFacts())!.body).toBe(file.body);
  });
});

describe('render errors never echo a value (issue 12, finding 10)', () => {
  it('XML broken by a password names its place, not the password', () => {
    const { device } = deviceWith('<cfg><x%%ADMIN_PASSWORD%%/></cfg>', 'pw', { format: 'xml', adminPassword: 'e' });
    try {
      updateDevice(db, tenantId, device.id, { adminPassword: 'Zq9 Wx7' });
      throw new Error('expected a render failure');
    } catch (error) {
      expect(error).toBeInstanceOf(RenderFailedError);
      const failure = error as RenderFailedError;
      expect(failure.issues[0]).toMatchObject({ code: 'xml_not_well_formed', line: 1 });
      expect(JSON.stringify([failure.message, failure.params, failure.details])).not.toMatch(/Zq9|Wx7/);
    }
  });
});
