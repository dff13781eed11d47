/**
 * Deterministic display formats: the same string on the server and in the browser, so
 * hydration never disagrees. Times are shown in one explicit time zone (the PBX's).
 */
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

function dateTimeFormat(timeZone: string): Intl.DateTimeFormat {
  let format = dateTimeFormats.get(timeZone);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    };
    try {
      format = new Intl.DateTimeFormat('en-GB', { ...options, timeZone });
    } catch {
      format = new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' });
    }
    dateTimeFormats.set(timeZone, format);
  }
  return format;
}

/** `2025-11-26 06:38:12` in the given IANA time zone (UTC when it is unknown). */
export function formatDateTime(ms: number, timeZone: string): string {
  const parts = Object.fromEntries(
    dateTimeFormat(timeZone)
      .formatToParts(new Date(ms))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}

/** Digits grouped the way the language writes them (`10,000` / `10.000`). */
export const formatNumber = (value: number, locale: string) =>
  new Intl.NumberFormat(locale, { useGrouping: 'always' } as Intl.NumberFormatOptions).format(value);
