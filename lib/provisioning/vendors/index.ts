import { alcatelValues } from './alcatel';
import { ciscoValues } from './cisco';
import { fanvilValues } from './fanvil';
import { gigasetValues } from './gigaset';
import { grandstreamValues } from './grandstream';
import { htekValues } from './htek';
import type { VendorInput } from './input';
import { panasonicValues } from './panasonic';
import { polyValues } from './poly';
import { snomValues } from './snom';
import { yealinkValues } from './yealink';

export type { VendorInput } from './input';

const FAMILIES = [
  snomValues,
  yealinkValues,
  fanvilValues,
  gigasetValues,
  grandstreamValues,
  polyValues,
  ciscoValues,
  panasonicValues,
  alcatelValues,
  htekValues,
];

/** A fleet shares a handful of (transport, zone, language) triples: each is computed once a year. */
const cache = new Map<string, Readonly<Record<string, string>>>();
const CACHE_LIMIT = 1024;

/** Every family's vendor values (lib/templates/vendor-placeholders.ts) for one phone. */
export function vendorValues(input: VendorInput): Readonly<Record<string, string>> {
  const key = [input.transport, input.scheme, input.timeZone, input.language, input.at.getUTCFullYear()].join('|');
  const cached = cache.get(key);
  if (cached) return cached;
  const values = Object.freeze(Object.assign({}, ...FAMILIES.map((family) => family(input))) as Record<string, string>);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, values);
  return values;
}
