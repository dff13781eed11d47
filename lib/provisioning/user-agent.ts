import { findMac } from '@/lib/mac';

/**
 * Recognises a phone from its HTTP User-Agent (shapes in ../shared/domain/phones.md §2.3).
 * Tolerant of case, repeated spaces and a missing vendor word; when only a MAC is found the vendor
 * is guessed from its OUI. A plausibility hint for logs and unknown devices, never authentication.
 */
export type DetectedPhone = { vendor: string | null; model: string | null; firmware: string | null; mac: string | null };

type Shape = { vendor: string; pattern: RegExp; model?: (m: RegExpExecArray) => string };

const MAC = '([0-9a-f]{2}(?:[:-]?[0-9a-f]{2}){5})';

const SHAPES: Shape[] = [
  { vendor: 'Snom', pattern: /snom ?([a-z]?\d+[a-z]*)-sip ([\w.]+)/i },
  { vendor: 'Snom', pattern: /snom (m\d+\w*) ([\d.]+)/i, model: (m) => m[1].toUpperCase() },
  {
    vendor: 'Yealink',
    pattern: new RegExp(`(?:yealink )?((?:sip-)?(?:t|w|cp|vp)\\d+\\w*) ([\\d.]+) ${MAC}`, 'i'),
    model: (m) => m[1].replace(/^sip-/i, '').toUpperCase(),
  },
  { vendor: 'Yealink', pattern: /yealink (\S+) ([\d.]+)/i, model: (m) => m[1].replace(/^sip-/i, '') },
  { vendor: 'Fanvil', pattern: /fanvil (\S+) ([\d.]+)/i },
  { vendor: 'Gigaset', pattern: /(?:gigaset )?(n\d{3}[^/;]*?)\/([\d.]+)/i, model: (m) => m[1].trim() },
  { vendor: 'Grandstream', pattern: /(?:grandstream )?model hw (\S+)(?: v\S+)? sw ([\w.]+)/i },
  { vendor: 'Poly', pattern: /polycom\w*-(\w+)-ua\/([\d.]+)/i, model: (m) => m[1].replace(/_/g, ' ') },
  { vendor: 'Cisco', pattern: /cisco-cp-(\w+)-3pcc\/([\w.-]+)/i, model: (m) => `CP-${m[1]}-3PCC` },
  { vendor: 'Cisco', pattern: /cisco\/(\w+)-([\w.]+)/i },
  { vendor: 'Panasonic', pattern: /panasonic_([\w-]+)\/([\w.]+)/i },
  { vendor: 'Alcatel-Lucent', pattern: /ale (m\d+\w*(?:-ce)?) ([\d.]+)/i, model: (m) => m[1].toUpperCase() },
  { vendor: 'Alcatel-Lucent', pattern: /alcatel ip touch (\w+)\/([\w.]+)/i, model: (m) => `IP Touch ${m[1]}` },
  { vendor: 'Htek', pattern: /htek (\S+) ([\d.]+)/i },
  { vendor: 'Mitel', pattern: /aastra ?(\w+) mac:\S+ v:([\w.]+)/i },
  { vendor: 'Avaya', pattern: /avaya\/(j\d+)-([\d.]+)/i, model: (m) => m[1].toUpperCase() },
];

/** Registered OUIs of phone vendors, for a guess when the User-Agent names no vendor. */
const OUI_VENDORS: Record<string, string> = {
  '001565': 'Yealink',
  '805ec0': 'Yealink',
  '805e0c': 'Yealink',
  '249ad8': 'Yealink',
  '44dbd2': 'Yealink',
  '000413': 'Snom',
  '0c383e': 'Fanvil',
  '7c2f80': 'Gigaset',
  '589ec6': 'Gigaset',
  '001d42': 'Gigaset',
  '000b82': 'Grandstream',
  c074ad: 'Grandstream',
  ec74d7: 'Grandstream',
  '0004f2': 'Poly',
  '64167f': 'Poly',
  '482567': 'Poly',
  '0080f0': 'Panasonic',
  '3c28a6': 'Alcatel-Lucent',
  '00809f': 'Alcatel-Lucent',
  '001fc1': 'Htek',
  '00085d': 'Mitel',
  c81fea: 'Avaya',
};

export const vendorFromMac = (mac: string | null): string | null => (mac ? (OUI_VENDORS[mac.slice(0, 6)] ?? null) : null);

export function detectPhone(userAgent: string | null | undefined): DetectedPhone | null {
  if (!userAgent) return null;
  const ua = userAgent.replace(/\s+/g, ' ').trim();
  if (!ua) return null;
  const mac = findMac(ua.replace(/^mozilla\/[\d.]+ /i, ''));
  for (const shape of SHAPES) {
    const m = shape.pattern.exec(ua);
    if (!m) continue;
    const model = shape.model ? shape.model(m) : m[1];
    return { vendor: shape.vendor, model, firmware: m[2] ?? null, mac };
  }
  const vendor = vendorFromMac(mac);
  return vendor || mac ? { vendor, model: null, firmware: null, mac } : null;
}
