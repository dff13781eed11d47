import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { listDeviceModels } from '@/db/queries/device-models';
import { getPbxSettings } from '@/db/queries/pbx';
import { createAccount } from './accounts';
import { createDevice } from './devices';
import { createNetworkInterface, updatePbxSettings } from './pbx';
import { updatePhoneAccess } from './phone-access';
import { createPlaceholder } from './placeholders';
import { createTemplate } from './templates';
import { filesOf, freshDatabase } from '@/lib/test-db';
import { SECRET_MASK } from '@/lib/provisioning/file-view';
import { previewTemplate, templatePreviewSchema, type TemplatePreviewInput } from '@/lib/provisioning/template-preview';

const server = { publicHost: 'prov.test', httpPort: 8080, httpsPort: 8443, tftpPort: 69 };
const PHONE_PASSWORD = 'Prov-2024.secret';

let db: Db;
let tenantId: number;

beforeEach(async () => {
  ({ db, tenantId } = await freshDatabase());
});

const modelNamed = (name: string) => listDeviceModels(db, tenantId).find((m) => m.name === name)!;

/** The preview's text, failing the test when the body does not render. */
function previewText(input: TemplatePreviewInput): { text: string; fileName: string | null } {
  const preview = previewTemplate(db, tenantId, templatePreviewSchema.parse(input), server);
  if (!preview?.ok) throw new Error(`preview failed: ${JSON.stringify(preview)}`);
  return { text: preview.text, fileName: preview.fileName };
}

describe('the template preview’s sample phone is rendered with the tenant’s real settings', () => {
  it('PBX settings, SIP ports, provisioning URL, custom and interface placeholders are the tenant’s, not the catalogue’s examples', () => {
    updatePbxSettings(db, tenantId, { host: 'pbx.acme.test', sipTransport: 'tcp', sipUdpPort: 5070, sipTcpPort: 5080, timeZone: 'Europe/London' });
    const lan = createNetworkInterface(db, tenantId, { name: 'voice', vlanId: 30, ipv4Address: '10.30.0.1' });
    createPlaceholder(db, tenantId, { name: 'VOICE_IP', kind: 'dynamic', interfaceId: lan.id });
    createPlaceholder(db, tenantId, { name: 'SITE', kind: 'static', value: 'Milano' });
    const body =
      'host = %%PBX_HOST%%\nport = %%PBX_SIP_PORT%% udp %%PBX_SIP_UDP_PORT%%\nurl = %%PROVISIONING_URL%%\nvoice = %%_VOICE_IP%%\nsite = %%_SITE%%\ntz = %%DEVICE_TIME_ZONE%%\n';
    const { text } = previewText({ body, format: 'text' });
    expect(text).toBe(
      'host = pbx.acme.test\nport = 5080 udp 5070\nurl = http://prov.test:8080/provisioning/\nvoice = 10.30.0.1\nsite = Milano\ntz = Europe/London\n',
    );
  });

  it('the model’s brand, name and file name when the editor names the template’s model', () => {
    const snom = modelNamed('Snom D785');
    const body = '%%DEVICE_BRAND%% %%DEVICE_MODEL%% %%DEVICE_FILE_NAME%%';
    const { text, fileName } = previewText({ body, format: 'text', modelId: snom.id });
    expect(fileName).toBeNull();
    expect(text).toMatch(/^Snom Snom D785 \S+001565AABBCC\.htm$/i);
    expect(previewText({ body, format: 'text' }).text).toBe('Yealink T46U 001565aabbcc.cfg');
  });

  it('masks the sample SIP and admin passwords and the phones’ password in the URLs, as the file viewer does', () => {
    updatePhoneAccess(db, tenantId, { authMode: 'digest', username: 'phones', password: PHONE_PASSWORD });
    const body =
      'pass = %%ACCOUNT_SIP_PASSWORD%%\npass2 = %%ACCOUNT2_SIP_PASSWORD%%\nadmin = %%ADMIN_PASSWORD%%\nurl = %%PROVISIONING_HTTPS_URL%%\nuser = %%ACCOUNT_SIP_USERNAME%%\n';
    const { text } = previewText({ body, format: 'text' });
    expect(text).toBe(
      `pass = ${SECRET_MASK}\npass2 = ${SECRET_MASK}\nadmin = ${SECRET_MASK}\nurl = https://phones:${SECRET_MASK}@prov.test:8443/provisioning/\nuser = 201\n`,
    );
    expect(text).not.toMatch(/s3cret|Adm1n|Prov-2024/);
  });
});

describe('the template preview of a real device', () => {
  it('masks its SIP and admin passwords (the file viewer shows them only on an audited reveal)', () => {
    const model = modelNamed('Yealink T4x');
    const body = 'user = %%ACCOUNT_SIP_USERNAME%%\npass = %%ACCOUNT_SIP_PASSWORD%%\nadmin = %%ADMIN_PASSWORD%%\nlabel = %%DEVICE_LABEL%%\n';
    const template = createTemplate(db, tenantId, { name: 'Preview', modelId: model.id, format: 'text', body });
    const account = createAccount(db, tenantId, { extension: '401', sipUsername: 'u401', sipPassword: 'Real-Sip-401' });
    const device = createDevice(db, tenantId, {
      mac: '001565d4d4d4',
      modelId: model.id,
      templateId: template.id,
      lines: [account.id],
      adminPassword: 'Real-Admin-9',
      label: 'Front desk',
    });
    expect(filesOf(db, tenantId)['001565d4d4d4.cfg'].body).toContain('pass = Real-Sip-401');
    const { text, fileName } = previewText({ body, format: 'text', deviceId: device.id });
    expect(fileName).toBe('001565d4d4d4.cfg');
    expect(text).toBe(`user = u401\npass = ${SECRET_MASK}\nadmin = ${SECRET_MASK}\nlabel = Front desk\n`);
  });

  it('an XML body is still checked, on the masked text', () => {
    const body = '<cfg><pass>%%ACCOUNT_SIP_PASSWORD%%</pass><host>%%PBX_HOST%%</host></cfg>';
    const { text } = previewText({ body, format: 'xml' });
    expect(text).toBe(`<cfg><pass>${SECRET_MASK}</pass><host>${getPbxSettings(db, tenantId)!.host}</host></cfg>`);
    expect(previewTemplate(db, tenantId, templatePreviewSchema.parse({ body: '<cfg><a></cfg>', format: 'xml' }), server)).toMatchObject({ ok: false });
  });
});
