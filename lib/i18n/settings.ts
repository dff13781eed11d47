export const LANGUAGES = ['it', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const FALLBACK_LANGUAGE: Language = 'en';
export const LOCALE_COOKIE = 'provisio_lng';
/** One JSON file per namespace in every locales/<lng>/ folder; lib/i18n/resources.ts imports them. */
export const NAMESPACES = [
  'common',
  'validation',
  'auth',
  'dashboard',
  'devices',
  'accounts',
  'pbx',
  'models',
  'templates',
  'placeholders',
  'redirection',
  'files',
  'unknown',
  'discovery',
  'tenants',
  'audit',
  'users',
] as const;
export type Namespace = (typeof NAMESPACES)[number];

/** Schema and domain messages are i18n keys such as `validation:mac.invalid`; anything else is a library default. */
export const isI18nKey = (message: string) => /^[a-z]+:[\w.]+$/.test(message);

export const isLanguage = (value: unknown): value is Language => LANGUAGES.includes(value as Language);

/** Picks it/en from an Accept-Language header when no cookie chose one. */
export function languageFromAcceptLanguage(header: string | null | undefined): Language {
  for (const part of (header ?? '').split(',')) {
    const tag = part.split(';')[0].trim().slice(0, 2).toLowerCase();
    if (isLanguage(tag)) return tag;
  }
  return FALLBACK_LANGUAGE;
}
