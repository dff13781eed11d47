import type { i18n, TFunction } from 'i18next';
import { createI18n } from './instance';
import { FALLBACK_LANGUAGE, type Language } from './settings';

let instance: i18n | null = null;

/** A translator for one language, usable anywhere on the server (API errors, server components). */
export const translator = (lng: Language): TFunction => (instance ??= createI18n(FALLBACK_LANGUAGE)).getFixedT(lng);
