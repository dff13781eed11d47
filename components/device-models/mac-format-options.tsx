'use client';

import { EXAMPLE_MAC } from '@/lib/file-name-rule';
import { useT } from '@/lib/i18n/client';
import { formatMac, MAC_FORMATS, type MacFormat } from '@/lib/mac';

export const isMacFormat = (value: string): value is MacFormat => MAC_FORMATS.includes(value as MacFormat);

/** The <option>s of a MAC-format select: each notation named, with the example MAC written in it. */
export function MacFormatOptions() {
  const t = useT('models');
  return MAC_FORMATS.map((format) => (
    <option key={format} value={format}>
      {`${t(`macFormats.${format}`)} — ${formatMac(EXAMPLE_MAC, format)}`}
    </option>
  ));
}
