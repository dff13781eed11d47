import { formatMac } from '@/lib/mac';
import {
  type AccountFacts,
  commonRenderContext,
  deviceRenderContext,
  type DeviceFacts,
  type PbxFacts,
  type ServerFacts,
  type TenantFacts,
} from '@/lib/provisioning/context';
import { commonFileFormat } from '@/lib/provisioning/regenerate';
import { describeIssue, type RenderContext, renderTemplate, type TemplateFormat } from '@/lib/templates';
import { BUILT_IN_MODELS } from './models';
import type { BuiltInModel } from './types';

/**
 * The deployment the per-family tests of issue 8 check every built-in template against: a PBX on TLS
 * port 5061 in New York, phones on VLAN 20 with an admin password, three lines (so "every line" is
 * more than two), a non-default tenant (so URLs carry the tenant path). Test support only.
 */
export const FIXTURE_MAC = '0015657a8b9c';
export const FIXTURE_TENANT: TenantFacts = { uuid: '6f1c7a52-3d4b-4f7e-9a51-0c2d8e9b1a10', name: 'Branch', isDefault: false };
export const FIXTURE_SERVER: ServerFacts = { publicHost: 'prov.example.com', httpPort: 8080, httpsPort: 8443, tftpPort: 69 };
export const FIXTURE_PBX: PbxFacts = {
  host: 'pbx.example.com',
  sipDomain: 'voip.example.com',
  sipTransport: 'tls',
  sipUdpPort: 5060,
  sipTcpPort: 5060,
  sipTlsPort: 5061,
  ntpServer: 'ntp.example.com',
  timeZone: 'America/New_York',
  language: 'it',
  resyncIntervalMinutes: 720,
  resyncTime: '03:30',
  pnpUrlScheme: 'https',
};
export const FIXTURE_DEVICE: DeviceFacts = {
  mac: FIXTURE_MAC,
  label: 'Reception',
  adminUsername: 'admin',
  adminPassword: 'Adm1n-Pass',
  networkMode: 'dhcp',
  ipAddress: '',
  netmask: '',
  gateway: '',
  dns1: '',
  dns2: '',
  vlanId: 20,
  vlanPriority: 5,
  language: null,
  timeZone: null,
};
const line = (n: number): AccountFacts => ({
  extension: `20${n}`,
  sipUsername: `u20${n}`,
  authUsername: `a20${n}`,
  sipPassword: `S1p-Pass-20${n}`,
  displayName: `Line ${n} "Sales" & Co`,
  firstName: '',
  lastName: '',
  voicemailNumber: `*920${n}`,
});
export const FIXTURE_LINES: readonly AccountFacts[] = [line(1), line(2), line(3)];
/** https://prov.example.com:8443/provisioning/<tenant>/ */
export const FIXTURE_HTTPS_URL = `https://prov.example.com:8443/provisioning/${FIXTURE_TENANT.uuid}/`;

export type FixtureOverrides = {
  pbx?: Partial<PbxFacts>;
  device?: Partial<DeviceFacts>;
  lines?: readonly AccountFacts[];
  tenant?: TenantFacts;
  server?: ServerFacts;
};
export type RenderedModel = { model: BuiltInModel; fileName: string; body: string; commonFiles: Record<string, string> };

export const builtInModel = (name: string): BuiltInModel => {
  const model = BUILT_IN_MODELS.find((m) => m.name === name);
  if (!model) throw new Error(`no built-in model ${name}`);
  return model;
};

function render(body: string, context: RenderContext, format: TemplateFormat, lineEndings: 'lf' | 'crlf' = 'lf'): string {
  const result = renderTemplate(body, context, format, { lineEndings: lineEndings === 'crlf' ? 'crlf' : 'keep' });
  if (!result.ok) throw new Error(result.issues.map(describeIssue).join('; '));
  return result.text;
}

/** A built-in model's device file and common files, rendered as regeneration would for the fixture deployment. */
export function renderBuiltIn(modelName: string, overrides: FixtureOverrides = {}): RenderedModel {
  const model = builtInModel(modelName);
  const pbx = { ...FIXTURE_PBX, ...overrides.pbx };
  const device = { ...FIXTURE_DEVICE, ...overrides.device };
  const tenant = overrides.tenant ?? FIXTURE_TENANT;
  const server = overrides.server ?? FIXTURE_SERVER;
  const fileName = model.rule.prefix + formatMac(device.mac, model.rule.macFormat) + model.rule.suffix;
  const context = deviceRenderContext({
    pbx,
    tenant,
    server,
    model: { brand: model.brand, name: model.name },
    device,
    fileName,
    lines: overrides.lines ?? FIXTURE_LINES,
    custom: {},
  });
  const common = commonRenderContext({ pbx, tenant, server, custom: {} });
  const commonFiles = Object.fromEntries(model.commonFiles.map((f) => [f.fileName, render(f.body, common, commonFileFormat(f))]));
  return { model, fileName, body: render(model.template.body, context, model.template.format, model.template.lineEndings), commonFiles };
}
