import i18next, { type TFunction } from 'i18next';
import { resources } from './resources';
import { FALLBACK_LANGUAGE, type Language, NAMESPACES } from './settings';

let instance: typeof i18next | null = null;

function shared() {
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({ resources, lng: FALLBACK_LANGUAGE, fallbackLng: FALLBACK_LANGUAGE, ns: [...NAMESPACES], defaultNS: 'common', interpolation: { escapeValue: false }, initAsync: false });
  }
  return instance;
}

/** A translator for one language, usable anywhere on the server (API errors, server components). */
export const translator = (lng: Language): TFunction => shared().getFixedT(lng);
