import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resources } from './resources';
import { LANGUAGES, NAMESPACES } from './settings';

const LOCALES_DIR = path.resolve(import.meta.dirname, '../../locales');

/** Every leaf of a locale file as a dotted path. */
function keysOf(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

const jsonFiles = (lng: string) =>
  fs
    .readdirSync(path.join(LOCALES_DIR, lng))
    .filter((f) => f.endsWith('.json'))
    .sort();
const read = (lng: string, file: string): unknown => JSON.parse(fs.readFileSync(path.join(LOCALES_DIR, lng, file), 'utf8'));

describe('locales', () => {
  it('has the same files for every language', () => {
    const [first, ...rest] = LANGUAGES;
    for (const lng of rest) expect(jsonFiles(lng), `locales/${lng}`).toEqual(jsonFiles(first));
  });

  it.each(jsonFiles('en'))('%s has the same keys in every language', (file) => {
    const [first, ...rest] = LANGUAGES;
    const expected = keysOf(read(first, file)).sort();
    for (const lng of rest) expect(keysOf(read(lng, file)).sort(), `locales/${lng}/${file}`).toEqual(expected);
  });

  it.each(jsonFiles('en'))('%s has no empty strings', (file) => {
    for (const lng of LANGUAGES) {
      const empty = keysOf(read(lng, file)).filter(
        (key) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], read(lng, file)) === '',
      );
      expect(empty, `locales/${lng}/${file}`).toEqual([]);
    }
  });

  it('registers every locale file as a namespace', () => {
    const files = jsonFiles('en').map((f) => f.replace(/\.json$/, ''));
    expect([...NAMESPACES].sort()).toEqual(files.sort());
    for (const lng of LANGUAGES) expect(Object.keys(resources[lng]).sort()).toEqual(files.sort());
  });
});
