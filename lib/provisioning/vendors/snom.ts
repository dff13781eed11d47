import type { SNOM_PLACEHOLDERS } from '@/lib/templates/vendor-placeholders/snom';
import { vendorTimeZone } from '../time-zones';
import { timeZoneOrNull, type VendorInput, type VendorValues } from './input';

/** `user_outbound` `;transport=` parameter (Wazo's plugin, plugins/wazo_snom/common/common.py). */
const TRANSPORT = { udp: 'udp', tcp: 'tcp', tls: 'tls' } as const;

/**
 * `language` / `web_language` take the language's own name as the phone lists it (Wazo's plugin:
 * Deutsch, English, Espanol, Français, Italiano, Nederlands). Portuguese is unverified.
 */
const LANGUAGE: Readonly<Record<string, string>> = {
  de: 'Deutsch',
  en: 'English',
  es: 'Espanol',
  fr: 'Français',
  it: 'Italiano',
  nl: 'Nederlands',
  pt: 'Portugues',
};

export function snomValues(input: VendorInput): VendorValues<typeof SNOM_PLACEHOLDERS> {
  const tz = timeZoneOrNull(() => vendorTimeZone(input.timeZone, 'snom', input.at));
  return {
    SNOM_SIP_TRANSPORT: TRANSPORT[input.transport],
    SNOM_TIME_ZONE: tz?.timezone ?? '',
    SNOM_UTC_OFFSET: tz ? String(tz.utcOffsetSeconds) : '',
    SNOM_DST: tz?.dst ?? '',
    SNOM_LANGUAGE: LANGUAGE[input.language.trim().toLowerCase()] ?? '',
  };
}
