import { isLanguage, type Language, LOCALE_COOKIE, languageFromAcceptLanguage } from './settings';

/**
 * The language of UI drawn without the server's choice (global-error replaces the root layout and
 * its providers): the lang the root layout put on <html>, else the language toggle's cookie, else
 * the browser's preferences — the same precedence as requestLanguage() on the server.
 */
export function browserLanguage(): Language {
  const rendered = document.documentElement.lang;
  if (isLanguage(rendered)) return rendered;
  const chosen = document.cookie
    .split('; ')
    .find((pair) => pair.startsWith(`${LOCALE_COOKIE}=`))
    ?.slice(LOCALE_COOKIE.length + 1);
  if (isLanguage(chosen)) return chosen;
  return languageFromAcceptLanguage(navigator.languages.join(','));
}
