/**
 * Choices offered for a phone's language and time zone. Templates receive the value as is
 * (%%DEVICE_LANGUAGE%%, %%DEVICE_TIME_ZONE%%); a stored value outside these lists stays
 * selectable in the forms.
 */
export const PHONE_LANGUAGES = ['it', 'en', 'de', 'fr', 'es', 'pt', 'nl'] as const;

export const TIME_ZONES = [
  'Europe/Rome',
  'Europe/London',
  'Europe/Dublin',
  'Europe/Lisbon',
  'Europe/Paris',
  'Europe/Berlin',
  'Europe/Madrid',
  'Europe/Zurich',
  'Europe/Vienna',
  'Europe/Amsterdam',
  'Europe/Brussels',
  'Europe/Warsaw',
  'Europe/Athens',
  'Europe/Bucharest',
  'Europe/Istanbul',
  'Europe/Moscow',
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Los_Angeles',
  'America/Sao_Paulo',
  'Africa/Cairo',
  'Africa/Johannesburg',
  'Asia/Dubai',
  'Asia/Kolkata',
  'Asia/Singapore',
  'Asia/Shanghai',
  'Asia/Tokyo',
  'Australia/Sydney',
  'UTC',
] as const;

/** The list, plus the current value when it is not in it. */
export const withCurrent = (options: readonly string[], current: string | null | undefined) =>
  current && !options.includes(current) ? [current, ...options] : [...options];
