import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { listDeviceModels } from '@/db/queries/device-models';
import { listTemplates } from '@/db/queries/templates';
import { RenderFailedError } from '@/lib/errors';
import { explainDeviceFile } from '@/lib/provisioning/explain';
import { SECRET_MASK, viewFile } from '@/lib/provisioning/file-view';
import { previewTemplate } from '@/lib/provisioning/template-preview';
import { serverFacts } from '@/lib/provisioning/server-facts';
import { filesOf, freshDatabase } from '@/lib/test-db';
import { createAccount } from './accounts';
import { createDevice, updateDevice } from './devices';
import { updatePhoneAccess } from './phone-access';
import { createTemplate } from './templates';

let db: Db;
let tenantId: number;

beforeEach(async () => {
  ({ db, tenantId } = await freshDatabase());
});

const listTemplatesOf = (modelId: number) => listTemplates(db, tenantId, modelId)[0].id;
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

describe('the phones’ credentials in provisioning URLs (issue 10: HTTP authentication of /provisioning/)', () => {
  const PHONE_PASSWORD = 'Prov-2024.secret';
  const urlBody = 'url = %%PROVISIONING_URL%%\nhttps = %%PROVISIONING_HTTPS_URL%%\ntftp = %%PROVISIONING_TFTP_URL%%\nhere = %%DEVICE_LABEL%%\n';
  const withPhoneAuth = () => updatePhoneAccess(db, tenantId, { authMode: 'digest', username: 'phones', password: PHONE_PASSWORD });

  it('a device file shows the URLs with the password masked where the engine put it, not where the text holds it', () => {
    const { device, file } = deviceWith(urlBody, 'Sip-Pass-1');
    updateDevice(db, tenantId, device.id, { label: PHONE_PASSWORD });
    withPhoneAuth();
    const stored = viewFile(db, tenantId, file.id, true, serverFacts())!;
    expect(stored.body).toBe(
      `url = http://phones:${PHONE_PASSWORD}@pbx.test:8080/provisioning/\nhttps = https://phones:${PHONE_PASSWORD}@pbx.test:8443/provisioning/\n` +
        `tftp = tftp://pbx.test/\nhere = ${PHONE_PASSWORD}\n`,
    );
    // The label happens to read like the password: it is no secret and stays.
    expect(viewFile(db, tenantId, file.id, false, serverFacts())).toMatchObject({
      secretsMasked: true,
      body:
        `url = http://phones:${SECRET_MASK}@pbx.test:8080/provisioning/\nhttps = https://phones:${SECRET_MASK}@pbx.test:8443/provisioning/\n` +
        `tftp = tftp://pbx.test/\nhere = ${PHONE_PASSWORD}\n`,
    });
  });

  it('a device without SIP or admin passwords is still masked when its URLs carry the credentials', () => {
    const { device, file } = deviceWith(urlBody, 'Sip-Pass-1');
    db.$client.prepare("UPDATE accounts SET sip_password = '' WHERE tenant_id = ?").run(tenantId);
    db.$client.prepare("UPDATE devices SET admin_password = '' WHERE id = ?").run(device.id);
    withPhoneAuth();
    expect(viewFile(db, tenantId, file.id, false, serverFacts())!.body).not.toContain(PHONE_PASSWORD);
  });

  it('a common file (the model’s) is masked the same way, and shown as stored while authentication is off', () => {
    const model = yealink();
    createDevice(db, tenantId, { mac: '001565cccc01', modelId: model.id, templateId: listTemplatesOf(model.id) });
    const common = () => filesOf(db, tenantId)['y000000000000.cfg'];
    expect(viewFile(db, tenantId, common().id, false, serverFacts())).toMatchObject({ secretsMasked: false, body: common().body });
    withPhoneAuth();
    expect(common().body).toContain(`static.auto_provision.server.url = http://phones:${PHONE_PASSWORD}@pbx.test:8080/provisioning/\n`);
    const masked = viewFile(db, tenantId, common().id, false, serverFacts())!;
    expect(masked.secretsMasked).toBe(true);
    expect(masked.body).toBe(common().body.replace(PHONE_PASSWORD, SECRET_MASK));
    expect(viewFile(db, tenantId, common().id, true, serverFacts())).toMatchObject({ secretsMasked: false, body: common().body });
  });

  it('a stored common file the engine no longer renders the same way is masked whole', () => {
    const model = yealink();
    createDevice(db, tenantId, { mac: '001565cccc02', modelId: model.id, templateId: listTemplatesOf(model.id) });
    withPhoneAuth();
    const file = filesOf(db, tenantId)['y000000000000.cfg'];
    db.$client.prepare('UPDATE generated_files SET body = ? WHERE id = ?').run(`${file.body}# edited\n`, file.id);
    expect(viewFile(db, tenantId, file.id, false, serverFacts())).toMatchObject({ secretsMasked: true, body: SECRET_MASK });
  });

  it('explain this file and the template preview of a device mask the password in the URL', () => {
    const { device } = deviceWith(urlBody, 'Sip-Pass-1');
    withPhoneAuth();
    const explained = explainDeviceFile(db, tenantId, device.id, serverFacts())!.lines.map((l) => l.text);
    expect(explained[0]).toBe(`url = http://phones:${SECRET_MASK}@pbx.test:8080/provisioning/`);
    const preview = previewTemplate(db, tenantId, { body: urlBody, format: 'text', deviceId: device.id, modelId: null }, serverFacts());
    expect(preview).toMatchObject({ ok: true });
    const text = (preview as { text: string }).text;
    expect(text).not.toContain(PHONE_PASSWORD);
    expect(text).toContain(`https = https://phones:${SECRET_MASK}@pbx.test:8443/provisioning/`);
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
