/**
 * Which device model of the tenant an unknown phone probably is, from what its requests told (vendor and model from the
 * User-Agent, vendor alone from the MAC's OUI): pre-fills "create device" from an unknown device. Pure, so the page and
 * its tests share it.
 */
export type ModelChoice = { id: number; name: string; brandId: number };
export type BrandChoice = { id: number; name: string };
export type DetectedModel = { vendor: string | null; model: string | null };

const alnum = (text: string) => text.replace(/[^0-9a-z]/gi, '').toUpperCase();

/** A family word of a model name as a pattern: trailing lowercase x's stand for any character (`T4x`, `78xx`, `UC9xx`). */
function familyPattern(word: string): { pattern: RegExp; literal: number } | null {
  const [, stem, wild] = /^(.*?)(x*)$/.exec(word)!;
  const literal = alnum(stem);
  if (literal.length === 0) return null;
  return { pattern: new RegExp(`^${literal}${'[0-9A-Z]'.repeat(wild.length)}`), literal: literal.length };
}

/** How well a model name fits the detected model: the literal length of its best matching family word, 0 for none. */
function fit(modelName: string, brandName: string, detected: string): number {
  const words = modelName.replace(new RegExp(`^${brandName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*`, 'i'), '').split(/\s+/);
  // The whole model and each of its parts: `CP-7832-3PCC` is tried as CP78323PCC, CP, 7832 and 3PCC.
  const candidates = [alnum(detected), ...detected.split(/[^0-9a-z]+/i).map(alnum)].filter(Boolean);
  let best = 0;
  for (const word of words) {
    const family = familyPattern(word);
    if (family && candidates.some((c) => family.pattern.test(c))) best = Math.max(best, family.literal);
  }
  return best;
}

/**
 * The model of the detected vendor whose name fits the detected model best (`Yealink T4x` for a `T46S`); the vendor's
 * only model when the model was not told or fits none; undefined when the vendor is unknown or has several models and
 * none fits.
 */
export function guessModel(catalogue: { brands: BrandChoice[]; models: ModelChoice[] }, phone: DetectedModel): number | undefined {
  if (!phone.vendor) return undefined;
  const brand = catalogue.brands.find((b) => b.name.toLowerCase() === phone.vendor!.toLowerCase());
  if (!brand) return undefined;
  const models = catalogue.models.filter((m) => m.brandId === brand.id);
  if (phone.model) {
    const ranked = models.map((m) => ({ id: m.id, score: fit(m.name, brand.name, phone.model!) })).filter((m) => m.score > 0);
    ranked.sort((a, b) => b.score - a.score);
    if (ranked.length > 0) return ranked[0].id;
  }
  return models.length === 1 ? models[0].id : undefined;
}
