import { ALCATEL_PLACEHOLDERS } from './vendor-placeholders/alcatel';
import { CISCO_PLACEHOLDERS } from './vendor-placeholders/cisco';
import { FANVIL_PLACEHOLDERS } from './vendor-placeholders/fanvil';
import { GIGASET_PLACEHOLDERS } from './vendor-placeholders/gigaset';
import { GRANDSTREAM_PLACEHOLDERS } from './vendor-placeholders/grandstream';
import { HTEK_PLACEHOLDERS } from './vendor-placeholders/htek';
import { PANASONIC_PLACEHOLDERS } from './vendor-placeholders/panasonic';
import { POLY_PLACEHOLDERS } from './vendor-placeholders/poly';
import { SNOM_PLACEHOLDERS } from './vendor-placeholders/snom';
import { YEALINK_PLACEHOLDERS } from './vendor-placeholders/yealink';

/**
 * Vendor values: the PBX transport, the phone's time zone and language spelled the way one family's
 * keys want them (Yealink transport 0/1/2, Fanvil time zone in quarter hours…), named `<FAMILY>_<KEY>`.
 * They are phone values (the time zone and language may be the device's own) and are computed for every
 * device whatever its brand, so a custom model may borrow another family's spelling. A value the family
 * cannot express (a time zone missing from its list) is empty: templates put such keys under `%%IF%%`.
 * Each example is the value for UDP, Europe/Rome and Italian (vendors.test.ts checks it).
 */
export const VENDOR_PLACEHOLDERS = [
  ...SNOM_PLACEHOLDERS,
  ...YEALINK_PLACEHOLDERS,
  ...FANVIL_PLACEHOLDERS,
  ...GIGASET_PLACEHOLDERS,
  ...GRANDSTREAM_PLACEHOLDERS,
  ...POLY_PLACEHOLDERS,
  ...CISCO_PLACEHOLDERS,
  ...PANASONIC_PLACEHOLDERS,
  ...ALCATEL_PLACEHOLDERS,
  ...HTEK_PLACEHOLDERS,
] as const;

export type VendorPlaceholder = (typeof VENDOR_PLACEHOLDERS)[number][0];
