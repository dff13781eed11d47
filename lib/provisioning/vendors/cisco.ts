import type { CISCO_PLACEHOLDERS } from '@/lib/templates/vendor-placeholders/cisco';
import { vendorTimeZone } from '../time-zones';
import { timeZoneOrNull, type VendorInput, type VendorValues } from './input';

/** `SIP_Transport_N_`: UDP, TCP, TLS or AUTO (Cisco 7800/8800 MPP admin guide; Wazo's plugin). */
const TRANSPORT = { udp: 'UDP', tcp: 'TCP', tls: 'TLS' } as const;

/**
 * `Language_Selection` (the dictionary's name, as in `Dictionary_Server_Script`'s `dN=`) and `Locale` (Cisco MPP admin
 * guide; Wazo's plugin). Only English is built in: other languages show once a dictionary server serves them.
 */
const LANGUAGE: Record<string, readonly [string, string]> = {
  en: ['English', 'en-US'],
  it: ['Italian', 'it-IT'],
  de: ['German', 'de-DE'],
  fr: ['French', 'fr-FR'],
  es: ['Spanish', 'es-ES'],
  nl: ['Dutch', 'nl-NL'],
  pt: ['Portuguese', 'pt-PT'],
  da: ['Danish', 'da-DK'],
  sv: ['Swedish', 'sv-SE'],
  pl: ['Polish', 'pl-PL'],
  ru: ['Russian', 'ru-RU'],
};

export function ciscoValues(input: VendorInput): VendorValues<typeof CISCO_PLACEHOLDERS> {
  const tz = timeZoneOrNull(() => vendorTimeZone(input.timeZone, 'cisco', input.at));
  const [language, locale] = LANGUAGE[input.language] ?? ['', ''];
  return {
    CISCO_SIP_TRANSPORT: TRANSPORT[input.transport],
    CISCO_TIME_ZONE: tz?.timeZone ?? '',
    CISCO_DST_ENABLE: tz?.daylightSavingTimeEnable ?? '',
    CISCO_DST_RULE: tz?.daylightSavingTimeRule ?? '',
    CISCO_LANGUAGE: language,
    CISCO_LOCALE: locale,
  };
}
