'use client';

import { useTranslation } from 'react-i18next';
import { FALLBACK_LANGUAGE, isLanguage, type Language, type Namespace } from './settings';

/** `t` for client components; the instance comes from the I18nextProvider in app/providers.tsx. */
export function useT(ns: Namespace | readonly Namespace[] = 'common') {
  return useTranslation(ns as Namespace).t;
}

/** The language the server chose for this render. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.language) ? i18n.language : FALLBACK_LANGUAGE;
}
