/**
 * MAC address normalisation and the notations phones and vendors use in file names.
 * Internally a MAC is always 12 lowercase hex digits.
 */

export const MAC_FORMATS = ['lower', 'upper', 'colon-lower', 'colon-upper', 'hyphen-lower', 'hyphen-upper', 'dotted'] as const;
export type MacFormat = (typeof MAC_FORMATS)[number];

const SEPARATORS = /[\s:.\-]/g;
const MAC12 = /^[0-9a-f]{12}$/;

/** Returns the MAC as 12 lowercase hex digits, or null when the input is not a MAC in any common notation. */
export function normaliseMac(input: string): string | null {
  const trimmed = input.trim().toLowerCase();
  if (!/^[0-9a-f]{2}([:\-.\s]?[0-9a-f]{2}){5}$|^[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4}$/.test(trimmed)) return null;
  const mac = trimmed.replace(SEPARATORS, '');
  return MAC12.test(mac) ? mac : null;
}

export function isPlaceholderMac(mac: string): boolean {
  return mac === '000000000000' || mac === 'ffffffffffff';
}

function pairs(mac: string): string[] {
  return mac.match(/../g) ?? [];
}

/** Formats a normalised MAC (12 lowercase hex digits) in one of the supported notations. */
export function formatMac(mac: string, format: MacFormat): string {
  switch (format) {
    case 'lower':
      return mac;
    case 'upper':
      return mac.toUpperCase();
    case 'colon-lower':
      return pairs(mac).join(':');
    case 'colon-upper':
      return pairs(mac).join(':').toUpperCase();
    case 'hyphen-lower':
      return pairs(mac).join('-');
    case 'hyphen-upper':
      return pairs(mac).join('-').toUpperCase();
    case 'dotted':
      return `${mac.slice(0, 4)}.${mac.slice(4, 8)}.${mac.slice(8)}`;
  }
}

/** Finds a MAC written in any supported notation inside a string (a file name, a User-Agent). */
export function findMac(text: string): string | null {
  const match =
    /(?:^|[^0-9a-f])([0-9a-f]{2}([:-])(?:[0-9a-f]{2}\2){4}[0-9a-f]{2})(?![0-9a-f])/i.exec(text) ??
    /(?:^|[^0-9a-f])([0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4})(?![0-9a-f])/i.exec(text) ??
    /(?:^|[^0-9a-f])([0-9a-f]{12})(?![0-9a-f])/i.exec(text);
  if (!match) return null;
  const mac = normaliseMac(match[1]);
  return mac && !isPlaceholderMac(mac) ? mac : null;
}
