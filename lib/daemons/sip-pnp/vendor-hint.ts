/**
 * Vendor/model hints from a SIP `User-Agent` (RFC 3261 §20.41) for SUBSCRIBEs whose Event header
 * carries no `vendor` (AudioCodes, Gigaset) or only `vendor="OEM"` (old Snom firmware). Shapes are the
 * ones listed in ../shared/domain/sip-pnp.md §3.3 (Gigaset asks PBXs to identify the product
 * from the User-Agent); the Event header always wins when it names a real vendor. When the
 * User-Agent names nobody, the phone's MAC gives the vendor through the IEEE registry.
 */
import { findMac } from '@/lib/mac';
import { vendorFromMac } from '@/lib/provisioning/oui';

export type UserAgentHint = { vendor: string; model: string | null };

const RULES: ReadonlyArray<{ pattern: RegExp; vendor: string; model?: (m: RegExpExecArray) => string | null }> = [
  // `snomM700/03.23.0005 (MAC=…)`, `snom370-SIP 8.7.5.48`
  { pattern: /^(snom[A-Za-z0-9]*)[\s/-]?/i, vendor: 'snom', model: (m) => (m[1].length > 4 ? m[1] : null) },
  // `Yealink W52P 25.81.0.10`, `Yealink SIP-T46G 28.83.0.120`
  { pattern: /^Yealink\s+(?:SIP-)?([^\s/]+)/i, vendor: 'Yealink' },
  // `Grandstream GRP2612W 1.0.5.67`
  { pattern: /^Grandstream\s+([^\s/]+)/i, vendor: 'Grandstream' },
  // `PLANET VIP-2140PT`, `Fanvil X4 2.10.2.6887`
  { pattern: /^PLANET\s+([^\s/]+)/i, vendor: 'PLANET' },
  { pattern: /^Fanvil\s+([^\s/]+)/i, vendor: 'Fanvil' },
  // `AUDC-IPPhone/2.2.8` — the model is only in the Event header
  { pattern: /^AUDC-IPPhone/i, vendor: 'AudioCodes', model: () => null },
  // `Gigaset N720 DM PRO/70.089…` (product name first)
  { pattern: /^Gigaset\s+([^/;]+)/i, vendor: 'Gigaset' },
  // `Panasonic_KX-UT113/01.133`
  { pattern: /^Panasonic[_\s-]([^\s/]+)/i, vendor: 'Panasonic' },
  { pattern: /^Akuvox\s+([^\s/]+)/i, vendor: 'Akuvox' },
  { pattern: /^Escene\s*([^\s/]*)/i, vendor: 'Escene' },
];

/**
 * Vendor (and model when the string carries one) named by a User-Agent; failing that, the vendor the
 * IEEE registry gives for `mac` (or for a MAC written in the User-Agent), with no model; null when unknown.
 * The registry is read on the first such fallback only (see lib/provisioning/oui.ts).
 */
export function userAgentHint(userAgent: string | null, mac: string | null = null): UserAgentHint | null {
  const ua = userAgent?.trim() ?? '';
  for (const rule of ua ? RULES : []) {
    const m = rule.pattern.exec(ua);
    if (!m) continue;
    const model = rule.model ? rule.model(m) : (m[1]?.trim() ?? null);
    return { vendor: rule.vendor, model: model || null };
  }
  const vendor = vendorFromMac(mac ?? (ua ? findMac(ua) : null));
  return vendor ? { vendor, model: null } : null;
}
