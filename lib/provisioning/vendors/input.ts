import { UnknownTimeZoneError, UnsupportedTimeZoneError } from '../time-zones/rule';

/** What vendor values are computed from: the PBX's SIP transport, the phone's IANA time zone and language. */
export type VendorInput = {
  transport: 'udp' | 'tcp' | 'tls';
  /** The protocol of %%PROVISIONING_URL%%, for vendors that want it in a key of its own. */
  scheme: 'http' | 'https' | 'tftp';
  /** IANA name (the device's own, else the PBX's). */
  timeZone: string;
  /** ISO 639-1 code (the device's own, else the PBX's), e.g. `it`. */
  language: string;
  /** Which year's DST rule applies. */
  at: Date;
};

/** One family's values, keyed by its catalogue names (lib/templates/vendor-placeholders/<family>.ts). */
export type VendorValues<List extends ReadonlyArray<readonly [string, string]>> = Record<List[number][0], string>;

/** The family's time-zone values, or null when the name is unknown or the family cannot express it. */
export function timeZoneOrNull<T>(compute: () => T): T | null {
  try {
    return compute();
  } catch (error) {
    if (error instanceof UnknownTimeZoneError || error instanceof UnsupportedTimeZoneError) return null;
    throw error;
  }
}
