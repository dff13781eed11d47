import { z } from 'zod';
import { MAC_FORMATS } from '@/lib/mac';
import { TEMPLATE_FORMATS } from '@/lib/templates/escape';
import { MAX_LINES } from '@/lib/templates/placeholders';
import { REDIRECTION_BRANDS, YEALINK_APIS } from '@/lib/redirection/brands';
import {
  bool,
  fileName,
  ianaTimeZone,
  fileNamePart,
  id,
  ipv4,
  macSchema,
  multilineText,
  name,
  optionalIpv4,
  optionalText,
  port,
  singleLine,
  vlanId,
  wholeNumber,
} from './common';

export const MAX_TEMPLATE_BYTES = 256 * 1024;

export const tenantSchema = z.object({ name });

export const brandSchema = z.object({ name });

export const filenameRuleSchema = z.object({
  name,
  prefix: fileNamePart.default(''),
  macFormat: z.enum(MAC_FORMATS, { error: 'validation:macFormat.invalid' }),
  suffix: fileNamePart.default(''),
});

const body = z.string().max(MAX_TEMPLATE_BYTES, 'validation:template.tooLarge');

/** A model's common files need distinct names, whatever their case (phones and the file table ignore it). */
function uniqueFileNames(files: { fileName: string }[], ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  for (const [index, file] of files.entries()) {
    const key = file.fileName.toLowerCase();
    if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [index, 'fileName'], message: 'validation:model.commonFileDuplicate' });
    seen.add(key);
  }
}

export const deviceModelSchema = z
  .object({
    name,
    brandId: id.optional(),
    newBrandName: name.optional(),
    filenameRuleId: id.optional(),
    newFilenameRule: filenameRuleSchema.optional(),
    contentType: z
      .string()
      .trim()
      .regex(/^[a-z]+\/[a-z0-9.+-]+$/i, 'validation:contentType.invalid')
      .default('text/plain'),
    commonFiles: z.array(z.object({ fileName, body })).max(10).superRefine(uniqueFileNames).default([]),
  })
  .refine((m) => (m.brandId === undefined) !== (m.newBrandName === undefined), {
    path: ['brandId'],
    message: 'validation:model.brandRequired',
  })
  .refine((m) => (m.filenameRuleId === undefined) !== (m.newFilenameRule === undefined), {
    path: ['filenameRuleId'],
    message: 'validation:model.ruleRequired',
  });

/** 'crlf': the rendered file gets CRLF line breaks and a final one (parsers that want both, such as Panasonic's). */
export const TEMPLATE_LINE_ENDINGS = ['lf', 'crlf'] as const;
export type TemplateLineEndings = (typeof TEMPLATE_LINE_ENDINGS)[number];

export const templateSchema = z.object({
  name,
  modelId: id,
  firmware: singleLine(z.string().trim().max(40, 'validation:text.tooLong')).nullable().default(null),
  format: z.enum(TEMPLATE_FORMATS, { error: 'validation:template.formatInvalid' }),
  body: body.min(1, 'validation:template.bodyRequired'),
  lineEndings: z.enum(TEMPLATE_LINE_ENDINGS, { error: 'validation:template.lineEndingsInvalid' }).default('lf'),
  /** Not a column: the note kept with the version this save makes (the template's history). */
  comment: optionalText(200).optional(),
});

/** Accepts NAME, _NAME or %%_NAME%% and stores NAME. */
export const placeholderNameSchema = z
  .string()
  .trim()
  .transform((v) => v.replace(/^%%/, '').replace(/%%$/, '').replace(/^_/, '').toUpperCase())
  .pipe(z.string().regex(/^[A-Z0-9][A-Z0-9_]{0,47}$/, 'validation:placeholder.nameInvalid'));

export const placeholderSchema = z
  .object({
    name: placeholderNameSchema,
    kind: z.enum(['static', 'dynamic'], { error: 'validation:placeholder.kindInvalid' }),
    value: z.string().max(1024, 'validation:text.tooLong').nullable().default(null),
    interfaceId: id.nullable().default(null),
    description: multilineText(200).nullable().default(null),
  })
  .refine((p) => p.kind !== 'static' || p.value !== null, { path: ['value'], message: 'validation:placeholder.valueRequired' })
  .refine((p) => p.kind !== 'dynamic' || p.interfaceId !== null, {
    path: ['interfaceId'],
    message: 'validation:placeholder.interfaceRequired',
  });

export const pbxSettingsSchema = z.object({
  host: z
    .string()
    .trim()
    .min(1, 'validation:host.required')
    .max(253, 'validation:text.tooLong')
    .regex(/^[A-Za-z0-9.:\-[\]]+$/, 'validation:host.invalid'),
  sipDomain: singleLine(z.string().trim().max(253, 'validation:text.tooLong')).default(''),
  sipUdpPort: port.default(5060),
  sipTcpPort: port.default(5060),
  sipTlsPort: port.default(5061),
  sipTransport: z.enum(['udp', 'tcp', 'tls'], { error: 'validation:transport.invalid' }).default('udp'),
  ntpServer: singleLine(z.string().trim().max(253, 'validation:text.tooLong')).default('pool.ntp.org'),
  timeZone: ianaTimeZone.default('Europe/Rome'),
  language: singleLine(z.string().trim().max(16, 'validation:text.tooLong')).default('it'),
  pnpAnswerUnknown: bool.default(false),
  pnpUrlScheme: z.enum(['http', 'https', 'tftp'], { error: 'validation:pnpUrlScheme.invalid' }).default('http'),
  resyncIntervalMinutes: wholeNumber('validation:resync.intervalInvalid', 5, 10_080).default(1440),
  resyncTime: z
    .string()
    .trim()
    .regex(/^$|^([01]\d|2[0-3]):[0-5]\d$/, 'validation:resync.timeInvalid')
    .default(''),
  defaultAdminPassword: z.string().max(64, 'validation:text.tooLong').default(''),
});

export const networkInterfaceSchema = z.object({
  name: singleLine(z.string().trim().min(1, 'validation:name.required').max(32, 'validation:text.tooLong')),
  vlanId: vlanId.nullable().default(null),
  ipv4Address: ipv4,
});

/** An empty (or left out) SIP user name is the extension: console form, server action, REST API and CSV import alike. */
export const accountFields = z.object({
  extension: singleLine(z.string().trim().min(1, 'validation:account.extensionRequired').max(32, 'validation:text.tooLong')),
  sipUsername: singleLine(z.string().trim().max(64, 'validation:text.tooLong')).default(''),
  authUsername: singleLine(z.string().trim().max(64, 'validation:text.tooLong')).default(''),
  sipPassword: z.string().min(1, 'validation:account.passwordRequired').max(128, 'validation:text.tooLong'),
  displayName: optionalText(80).default(''),
  firstName: optionalText(60).default(''),
  lastName: optionalText(60).default(''),
  voicemailNumber: optionalText(32).default(''),
});
/** A SIP user name left empty is the extension (the console's form fills it in the same way while the admin types). */
export const sipUserDefaultsToExtension = <A extends { extension: string; sipUsername: string }>(account: A): A => ({
  ...account,
  sipUsername: account.sipUsername || account.extension,
});
export const accountSchema = accountFields.overwrite(sipUserDefaultsToExtension);

const deviceFields = z.object({
  mac: macSchema,
  modelId: id,
  templateId: id,
  label: optionalText(80).default(''),
  isEnabled: bool.default(true),
  adminUsername: optionalText(64).default('admin'),
  adminPassword: z.string().max(128, 'validation:text.tooLong').default(''),
  networkMode: z.enum(['dhcp', 'static'], { error: 'validation:network.modeInvalid' }).default('dhcp'),
  ipAddress: optionalIpv4.default(''),
  netmask: optionalIpv4.default(''),
  gateway: optionalIpv4.default(''),
  dns1: optionalIpv4.default(''),
  dns2: optionalIpv4.default(''),
  vlanId: vlanId.nullable().default(null),
  vlanPriority: wholeNumber('validation:vlan.priorityInvalid', 0, 7).nullable().default(null),
  language: singleLine(z.string().trim().max(16, 'validation:text.tooLong')).nullable().default(null),
  /** '' or null: the PBX's time zone. */
  timeZone: z
    .union([z.literal(''), ianaTimeZone])
    .nullable()
    .default(null),
  lines: z
    .array(id)
    .max(MAX_LINES, 'validation:device.tooManyLines')
    .refine((ids) => new Set(ids).size === ids.length, 'validation:device.duplicateLine')
    .default([]),
});

type DeviceFields = z.infer<typeof deviceFields>;
const staticNetworkComplete = (d: Partial<DeviceFields>) => d.networkMode !== 'static' || (!!d.ipAddress && !!d.netmask && !!d.gateway);

export const deviceSchema = deviceFields.refine(staticNetworkComplete, {
  path: ['ipAddress'],
  message: 'validation:network.staticIncomplete',
});

const redirectionServerFields = z.object({
  brand: z.enum(REDIRECTION_BRANDS, { error: 'validation:redirection.brandInvalid' }),
  name,
  username: singleLine(z.string().trim().min(1, 'validation:redirection.usernameRequired').max(128, 'validation:text.tooLong')),
  password: z.string().min(1, 'validation:redirection.passwordRequired').max(256, 'validation:text.tooLong'),
  isEnabled: bool.default(true),
  provisioningUrl: z
    .string()
    .trim()
    .max(512, 'validation:text.tooLong')
    .regex(/^$|^(https?|tftp|ftp):\/\/[^\s]+$/i, 'validation:url.invalid')
    .default(''),
  /** The vendor API root; empty = the vendor's cloud (Escene has none: required there). */
  apiBaseUrl: z
    .string()
    .trim()
    .max(512, 'validation:text.tooLong')
    .regex(/^$|^https?:\/\/[^\s]+$/i, 'validation:url.invalid')
    .default(''),
  yealinkApi: z.enum(YEALINK_APIS, { error: 'validation:redirection.yealinkApiInvalid' }).default('xmlrpc'),
});

/** Escene publishes no API address: the admin must give the one Escene support provides. */
const apiBaseUrlKnown = (s: { brand?: string; apiBaseUrl?: string }) => s.brand !== 'escene' || !!s.apiBaseUrl;
const apiBaseUrlRule = { path: ['apiBaseUrl'], message: 'validation:redirection.apiBaseUrlRequired' };

export const redirectionServerSchema = redirectionServerFields.refine(apiBaseUrlKnown, apiBaseUrlRule);

/** Editing: the password may stay empty, which keeps the stored one (it is never sent back). */
export const redirectionServerEditSchema = redirectionServerFields
  .extend({ password: z.string().max(256, 'validation:text.tooLong') })
  .refine(apiBaseUrlKnown, apiBaseUrlRule);

export type DeviceInput = z.infer<typeof deviceSchema>;
export type AccountInput = z.infer<typeof accountSchema>;
export type TemplateInput = z.infer<typeof templateSchema>;
export type DeviceModelInput = z.infer<typeof deviceModelSchema>;
export type FilenameRuleInput = z.infer<typeof filenameRuleSchema>;
export type PlaceholderInput = z.infer<typeof placeholderSchema>;
export type PbxSettingsInput = z.infer<typeof pbxSettingsSchema>;
export type NetworkInterfaceInput = z.infer<typeof networkInterfaceSchema>;
export type RedirectionServerInput = z.infer<typeof redirectionServerSchema>;
export type BrandInput = z.infer<typeof brandSchema>;
export type TenantInput = z.infer<typeof tenantSchema>;
export { deviceFields };
