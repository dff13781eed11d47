import { cookies, headers } from 'next/headers';
import { translator } from './translate';
import { isLanguage, type Language, LOCALE_COOKIE, languageFromAcceptLanguage } from './settings';

/** The request's language: the cookie set by the toggle, else the browser's Accept-Language. */
export async function requestLanguage(): Promise<Language> {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLanguage(chosen)) return chosen;
  return languageFromAcceptLanguage((await headers()).get('accept-language'));
}

export async function getT() {
  const lng = await requestLanguage();
  return { lng, t: translator(lng) };
}
