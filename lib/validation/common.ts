import { z } from 'zod';
import { normaliseMac, isPlaceholderMac } from '@/lib/mac';

/** Messages are i18n keys of locales/<lng>/validation.json; forms and the API translate them. */
export const id = z.coerce.number({ error: 'validation:id.invalid' }).int('validation:id.invalid').positive('validation:id.invalid');
export const name = z.string().trim().min(1, 'validation:name.required').max(80, 'validation:name.tooLong');
export const optionalText = (max = 120) => z.string().trim().max(max, 'validation:text.tooLong');
export const port = z.coerce.number().int('validation:port.invalid').min(1, 'validation:port.invalid').max(65535, 'validation:port.invalid');
export const vlanId = z.coerce.number().int('validation:vlan.invalid').min(1, 'validation:vlan.invalid').max(4094, 'validation:vlan.invalid');
export const ipv4 = z.ipv4({ error: 'validation:ipv4.invalid' });
export const optionalIpv4 = z.union([z.literal(''), ipv4]);
/** A piece of a file name: no path separators, nothing a URL or TFTP would mangle. */
export const fileNamePart = z
  .string()
  .max(64, 'validation:text.tooLong')
  .regex(/^[A-Za-z0-9._-]*$/, 'validation:fileName.invalidChars');
export const fileName = z
  .string()
  .min(1, 'validation:fileName.required')
  .max(128, 'validation:text.tooLong')
  .regex(/^[A-Za-z0-9_-][A-Za-z0-9._-]*$/, 'validation:fileName.invalidChars');

export const macSchema = z.string({ error: 'validation:mac.required' }).transform((value, ctx) => {
  const mac = normaliseMac(value);
  if (!mac) {
    ctx.addIssue({ code: 'custom', message: 'validation:mac.invalid' });
    return z.NEVER;
  }
  if (isPlaceholderMac(mac)) {
    ctx.addIssue({ code: 'custom', message: 'validation:mac.reserved' });
    return z.NEVER;
  }
  return mac;
});

/** Booleans from JSON or from form fields ("on", "true", "1"). */
export const bool = z.union([z.boolean(), z.enum(['true', 'false', 'on', 'off', '1', '0']).transform((v) => ['true', 'on', '1'].includes(v))]);

/** An IANA time zone name the runtime knows (e.g. Europe/Rome): phones get it translated per vendor. */
export const ianaTimeZone = z
  .string()
  .trim()
  .max(64, 'validation:text.tooLong')
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return zone.includes('/') || zone === 'UTC';
    } catch {
      return false;
    }
  }, 'validation:timeZone.invalid');
