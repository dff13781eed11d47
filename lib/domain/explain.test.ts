import { describe, expect, it } from 'vitest';
import { listDeviceModels } from '@/db/queries/device-models';
import { listTemplates } from '@/db/queries/templates';
import { explainDeviceFile } from '@/lib/provisioning/explain';
import { previewTemplate } from '@/lib/provisioning/template-preview';
import { freshDatabase, filesOf } from '@/lib/test-db';
import { createAccount } from './accounts';
import { createDevice } from './devices';
import { createNetworkInterface } from './pbx';
import { createPlaceholder } from './placeholders';
import { createTemplate } from './templates';

const server = { publicHost: 'pbx.test', httpPort: 8080, httpsPort: 8443, tftpPort: 69 };

describe('explain a device file', () => {
  it('gives every line of the real file with the sources of its values, secrets masked', async () => {
    const { db, tenantId } = await freshDatabase();
    const lan = createNetworkInterface(db, tenantId, { name: 'lan', ipv4Address: '10.1.2.3' });
    createPlaceholder(db, tenantId, { name: 'OFFICE_IP', kind: 'dynamic', interfaceId: lan.id });
    const model = listDeviceModels(db, tenantId).find((m) => m.name === 'Yealink T4x')!;
    const template = createTemplate(db, tenantId, {
      name: 'Explained',
      modelId: model.id,
      format: 'text',
      body: 'server = %%PBX_HOST%%\nuser = %%ACCOUNT_SIP_USERNAME%%\npass = %%ACCOUNT_SIP_PASSWORD%%\noffice = %%_OFFICE_IP%%\n',
    });
    const account = createAccount(db, tenantId, { extension: '301', sipUsername: 'u301', sipPassword: 'Very-Secret-301' });
    const device = createDevice(db, tenantId, { mac: '001565e1e1e1', modelId: model.id, templateId: template.id, lines: [account.id] });

    const explained = explainDeviceFile(db, tenantId, device.id, server)!;
    expect(explained.fileName).toBe('001565e1e1e1.cfg');
    expect(explained.lines.slice(0, 4)).toEqual([
      { number: 1, text: expect.stringMatching(/^server = /), sources: [{ kind: 'pbx', placeholder: 'PBX_HOST' }] },
      {
        number: 2,
        text: 'user = u301',
        sources: [{ kind: 'account', placeholder: 'ACCOUNT1_SIP_USERNAME', line: 1, extension: '301', field: 'SIP_USERNAME' }],
      },
      {
        number: 3,
        text: 'pass = ••••••••',
        sources: [{ kind: 'account', placeholder: 'ACCOUNT1_SIP_PASSWORD', line: 1, extension: '301', field: 'SIP_PASSWORD' }],
      },
      { number: 4, text: 'office = 10.1.2.3', sources: [{ kind: 'custom', placeholder: '_OFFICE_IP', name: 'OFFICE_IP', interfaceName: 'lan' }] },
    ]);
    // The same text the phone gets (but for the mask).
    const served = filesOf(db, tenantId)['001565e1e1e1.cfg'].body.replace('Very-Secret-301', '••••••••');
    expect(explained.lines.map((l) => l.text).join('\n')).toBe(served);
    expect(explainDeviceFile(db, tenantId, device.id, server, true)!.lines[2].text).toBe('pass = Very-Secret-301');
    expect(explainDeviceFile(db, tenantId + 1000, device.id, server)).toBeUndefined();
    expect(listTemplates(db, tenantId, model.id).length).toBeGreaterThan(1);

    // The template preview tells the same for an unsaved body.
    const preview = previewTemplate(
      db,
      tenantId,
      { body: 'a = %%PBX_HOST%%\nb = %%ACCOUNT_EXTENSION%%\n', format: 'text', deviceId: device.id, modelId: null },
      server,
    );
    expect(preview).toMatchObject({ ok: true, text: 'a = pbx.test\nb = 301\n', sources: [['PBX_HOST'], ['ACCOUNT1_EXTENSION'], []] });
  });
});
