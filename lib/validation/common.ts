import { z } from 'zod';
import { normaliseMac, isPlaceholderMac } from '@/lib/mac';

/** Messages are i18n keys of locales/<lng>/validation.json; forms and the API translate them. */
const NUMERIC_TEXT = /^\s*-?\d+(\.\d+)?\s*$/;

/**
 * A number from JSON, or from a form field's or query string's text. Nothing else is one:
 * `z.coerce.number()` also took JSON `true` for 1 (a device's model, a SIP port) and `null`, `''`
 * or `false` for 0 (issue 12, finding 11).
 */
export const numeric = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === 'string' && NUMERIC_TEXT.test(value) ? Number(value) : value), schema);
/** A whole number between `min` and `max`, every refusal with `message`. */
export const wholeNumber = (message: string, min: number, max = Number.MAX_SAFE_INTEGER) =>
  numeric(z.number({ error: message }).int(message).min(min, message).max(max, message));

export const id = wholeNumber('validation:id.invalid', 1);

/**
 * Control characters (C0, DEL, C1) and the Unicode line and paragraph separators: a name or label
 * holding a line break or an ANSI escape would break logs, CSV exports and terminals it is shown in.
 */
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/;
/** Text of a single line: no control character at all. */
export const singleLine = (schema: z.ZodString) => schema.refine((text) => !CONTROL.test(text), 'validation:text.controlCharacters');
export const name = singleLine(z.string().trim().min(1, 'validation:name.required').max(80, 'validation:name.tooLong'));
export const optionalText = (max = 120) => singleLine(z.string().trim().max(max, 'validation:text.tooLong'));
/** Text that may span lines (a description): tab and line breaks, but no other control character. */
export const multilineText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'validation:text.tooLong')
    .refine((text) => !CONTROL.test(text.replace(/[\t\r\n]/g, '')), 'validation:text.controlCharacters');
export const port = wholeNumber('validation:port.invalid', 1, 65535);
export const vlanId = wholeNumber('validation:vlan.invalid', 1, 4094);
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
