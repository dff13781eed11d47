import fs from 'node:fs';
import path from 'node:path';

type Tree = { [key: string]: string | Tree };
const cache = new Map<string, Tree>();

function namespace(lng: string, ns: string): Tree {
  const key = `${lng}/${ns}`;
  if (!cache.has(key)) cache.set(key, JSON.parse(fs.readFileSync(path.resolve('locales', lng, `${ns}.json`), 'utf8')) as Tree);
  return cache.get(key)!;
}

/**
 * The console's own strings, so locators follow the locale files: `tr('devices:fields.mac')`,
 * `tr('nav.devices', {}, 'it')`. Keys without a namespace are in common.json.
 */
export function tr(key: string, params: Record<string, string | number> = {}, lng: 'en' | 'it' = 'en'): string {
  const [ns, rest] = key.includes(':') ? key.split(':', 2) : ['common', key];
  const lookup = (path: string) =>
    path.split('.').reduce<string | Tree | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), namespace(lng, ns));
  // Plurals as i18next spells them: `key_one`, `key_other` … chosen by `count` and the language's rules.
  const plural = typeof params.count === 'number' ? lookup(`${rest}_${new Intl.PluralRules(lng).select(params.count)}`) : undefined;
  const value = typeof plural === 'string' ? plural : lookup(rest);
  if (typeof value !== 'string') throw new Error(`missing locale key ${lng}:${key}`);
  return value.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? `{{${name}}}`));
}

export const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A translated string as a RegExp (escaped), for partial matches such as messages with interpolations. */
export const trRegex = (key: string, params: Record<string, string | number> = {}, lng: 'en' | 'it' = 'en') => new RegExp(escapeRegex(tr(key, params, lng)));
