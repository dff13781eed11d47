export const LANGUAGES = ['it', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const FALLBACK_LANGUAGE: Language = 'en';
export const LOCALE_COOKIE = 'provisio_lng';
export const NAMESPACES = ['common', 'validation'] as const;

export const isLanguage = (value: unknown): value is Language => LANGUAGES.includes(value as Language);

/** Picks it/en from an Accept-Language header when no cookie chose one. */
export function languageFromAcceptLanguage(header: string | null | undefined): Language {
  for (const part of (header ?? '').split(',')) {
    const tag = part.split(';')[0].trim().slice(0, 2).toLowerCase();
    if (isLanguage(tag)) return tag;
  }
  return FALLBACK_LANGUAGE;
}
