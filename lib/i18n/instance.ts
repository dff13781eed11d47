import i18next, { type i18n } from 'i18next';
import { resources } from './resources';
import { FALLBACK_LANGUAGE, type Language, NAMESPACES } from './settings';

/**
 * A synchronously initialised i18next instance over the bundled resources. The server's
 * translator and the browser's I18nextProvider both start from here, so the first client render
 * uses the language the server chose and shows the same text (no flash, no hydration mismatch).
 */
export function createI18n(lng: Language): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources,
    lng,
    fallbackLng: FALLBACK_LANGUAGE,
    ns: [...NAMESPACES],
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}
