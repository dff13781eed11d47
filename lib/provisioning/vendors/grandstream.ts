import type { GRANDSTREAM_PLACEHOLDERS } from '@/lib/templates/vendor-placeholders/grandstream';
import { vendorTimeZone } from '../time-zones';
import { timeZoneOrNull, type VendorInput, type VendorValues } from './input';

/** `P130` (account 1; P448/P548/P648/P1748/P1848 for 2–6): 0 UDP, 1 TCP, 2 TLS/TCP (GS config templates GXP21xx 1.0.11.16, GRP261x 1.0.5.15). */
const TRANSPORT = { udp: '0', tcp: '1', tls: '2' } as const;

/** `P212` Config upgrade via: 0 TFTP, 1 HTTP, 2 HTTPS (GS config templates). */
const CONFIG_PROTOCOL = { tftp: '0', http: '1', https: '2' } as const;

/** `P1362` Display Language: the template's list is ISO 639-1 except Czech `cz` and Swedish `se`. */
const LANGUAGE: Readonly<Record<string, string>> = {
  ar: 'ar',
  cs: 'cz',
  de: 'de',
  en: 'en',
  es: 'es',
  fr: 'fr',
  he: 'he',
  hr: 'hr',
  hu: 'hu',
  it: 'it',
  ja: 'ja',
  ko: 'ko',
  lv: 'lv',
  nl: 'nl',
  pl: 'pl',
  pt: 'pt',
  ru: 'ru',
  sl: 'sl',
  sv: 'se',
  tr: 'tr',
  zh: 'zh',
};

export function grandstreamValues(input: VendorInput): VendorValues<typeof GRANDSTREAM_PLACEHOLDERS> {
  const tz = timeZoneOrNull(() => vendorTimeZone(input.timeZone, 'grandstream', input.at));
  return {
    GRANDSTREAM_SIP_TRANSPORT: TRANSPORT[input.transport],
    GRANDSTREAM_CONFIG_PROTOCOL: CONFIG_PROTOCOL[input.scheme],
    GRANDSTREAM_TIME_ZONE: tz?.timeZone ?? '',
    GRANDSTREAM_POSIX_TIME_ZONE: tz?.selfDefinedTimeZone ?? '',
    GRANDSTREAM_LANGUAGE: LANGUAGE[input.language] ?? '',
  };
}
