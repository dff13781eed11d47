import { formatNumber } from '@/lib/format';

/** `532 B`, `1.4 KB`, `2.1 MB` with the language's digits (the units read the same in it and en). */
export function formatBytes(size: number, locale: string): string {
  if (size < 1024) return `${formatNumber(size, locale)} B`;
  const [value, unit] = size < 1024 * 1024 ? [size / 1024, 'KB'] : [size / (1024 * 1024), 'MB'];
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value)} ${unit}`;
}
