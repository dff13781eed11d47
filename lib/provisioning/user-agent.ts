import { findMac } from '@/lib/mac';
import { vendorFromMac } from './oui';

export { vendorFromMac } from './oui';

/**
 * Recognises a phone from its HTTP User-Agent (shapes in ../shared/domain/phones.md §2.3; the strings
 * each shape was written against are cited in user-agent.test.ts). Tolerant of case, repeated spaces
 * and a missing vendor word; when no shape matches but a MAC is found, the vendor comes from the IEEE
 * registry (./oui). A plausibility hint for logs and unknown devices, never authentication. It runs in
 * the fetch log's batch writer, not on the serving path: a few dozen regular expressions per string.
 */
export type DetectedPhone = { vendor: string | null; model: string | null; firmware: string | null; mac: string | null };

type Shape = {
  vendor: string;
  pattern: RegExp;
  /** Defaults to the first group; null when the string names no model. */
  model?: (m: RegExpExecArray) => string | null;
  /** Defaults to the second group. */
  firmware?: (m: RegExpExecArray) => string | null;
  /** The bracketed hex in this shape is a serial number, not a MAC (Linksys SPA). */
  hasNoMac?: boolean;
};

const MAC = '([0-9a-f]{2}(?:[:-]?[0-9a-f]{2}){5})';

const upper = (m: RegExpExecArray) => m[1].toUpperCase();
const none = () => null;
/** `N720-DM-PRO` (old firmware) and `N720 DM PRO` are the same Gigaset base. */
const gigaset = (m: RegExpExecArray) => m[1].replace(/-/g, ' ').trim();
/** `SPIP_335` → `SoundPoint IP 335`, `VVX_400` → `VVX 400`, `Edge_E450` → `Edge E450`. */
const poly = (m: RegExpExecArray) =>
  m[1]
    .replace(/_/g, ' ')
    .replace(/^SPIP /i, 'SoundPoint IP ')
    .replace(/^SSIP /i, 'SoundStation IP ');
/** Aastra 5xi phones announce themselves without the 67 prefix of their marketing name. */
const AASTRA_5XI: Readonly<Record<string, string>> = { '51i': '6751i', '53i': '6753i', '55i': '6755i', '57i': '6757i' };
const aastra = (m: RegExpExecArray) => AASTRA_5XI[m[1].toLowerCase()] ?? m[1];

/** Vendor-word shapes first; the vendor-less ones (last) only match at the start of the string. */
const SHAPES: Shape[] = [
  { vendor: 'Snom', pattern: /snom ?([a-z]{0,2}\d+[a-z]*)-sip ([\w.]+)/i },
  { vendor: 'Snom', pattern: /snom ?(m\d+\w*) ([\d.]+)/i, model: upper },
  { vendor: 'Snom', pattern: /\bsnom\b/i, model: none, firmware: none },
  { vendor: 'Yealink', pattern: /yealink[ -](?:sip[ -])?(?:vp-)?(\w+) ([\d.]+)/i, model: upper },
  { vendor: 'Fanvil', pattern: /fanvil (\S+(?: pro)?) ([\d.]+)/i },
  { vendor: 'Gigaset', pattern: /gigaset ([^/;]+?)\/([\w.+-]+)/i, model: gigaset },
  { vendor: 'Grandstream', pattern: /grandstream model hw (\S+)(?: v\S+)? sw ([\w.]+)/i },
  { vendor: 'Grandstream', pattern: /grandstream (\w+) \((?:[^:)]*:)?([\d.]+)/i },
  { vendor: 'Grandstream', pattern: /grandstream ([a-z]+\d+\w*) ([\d.]+)/i },
  { vendor: 'Poly', pattern: /poly\w*-(\w+?)-ua\/([\d.]+)/i, model: poly },
  { vendor: 'Cisco', pattern: /cisco-cp-(\w+)-3pcc\/([^\s_(]+)/i, model: (m) => `CP-${m[1]}-3PCC` },
  { vendor: 'Cisco', pattern: /cisco\/(\w+)-(?:mpp-)?([^\s(]+)/i },
  { vendor: 'Cisco', pattern: /linksys\/([a-z]+-?\d+\w*)-(\S+)/i, model: (m) => m[1].replace('-', '').toUpperCase(), hasNoMac: true },
  { vendor: 'Panasonic', pattern: /panasonic_([\w-]+)\/([\w.]+)/i },
  { vendor: 'Alcatel-Lucent', pattern: /^ale ([a-z]?\d+\w*(?:-\w+)?) ([\d.]+)/i },
  { vendor: 'Alcatel-Lucent', pattern: /alcatel ip touch (\w+)\/([\w.]+)/i, model: (m) => `IP Touch ${m[1]}` },
  { vendor: 'Htek', pattern: /htek (\S+) ([\d.]+)/i },
  { vendor: 'Mitel', pattern: /(?:aastra|mitel) ?(\w+?) mac:\S+ v:([\d.]+)/i, model: aastra },
  { vendor: 'Avaya', pattern: /avaya\/(j\d+\w*)-([\d.]+)/i, model: upper },
  { vendor: 'Avaya', pattern: /avaya\/([a-z]+\d\w*?)[^\w/]*\/([\d.]+)/i },
  { vendor: 'AudioCodes', pattern: /audc-ipphone\/([\d.]+) \((\w+?)(?:-rev\w*)?;/i, model: (m) => m[2], firmware: (m) => m[1] },
  { vendor: 'Akuvox', pattern: /akuvox[ _/-]?([a-z]+\d+\w*)(?:[ /_-]v?([\d.]+))?/i, model: upper },
  { vendor: 'Escene', pattern: /escene[ _-]?([a-z]+\d+\w*)(?:[ /]v?([\d.]+))?/i, model: upper },
  { vendor: 'Yealink', pattern: new RegExp(`^(?:sip-)?((?:t|w|cp|vp)\\d+\\w*) ([\\d.]+) ${MAC}`, 'i'), model: upper },
  { vendor: 'Gigaset', pattern: /^(n\d{3}[^/;]*)\/([\w.+-]+)/i, model: gigaset },
  { vendor: 'Grandstream', pattern: /^model hw (\S+)(?: v\S+)? sw ([\w.]+)/i },
  { vendor: 'Escene', pattern: /^(es\d{3}\w*) v([\d.]+)/i, model: upper },
];

export function detectPhone(userAgent: string | null | undefined): DetectedPhone | null {
  if (!userAgent) return null;
  const ua = userAgent.replace(/\s+/g, ' ').trim();
  if (!ua) return null;
  const mac = findMac(ua.replace(/^mozilla\/[\d.]+ /i, ''));
  for (const shape of SHAPES) {
    const m = shape.pattern.exec(ua);
    if (!m) continue;
    const model = (shape.model ? shape.model(m) : m[1]) || null;
    const firmware = (shape.firmware ? shape.firmware(m) : m[2]) || null;
    return { vendor: shape.vendor, model, firmware, mac: shape.hasNoMac ? null : mac };
  }
  const vendor = vendorFromMac(mac);
  return vendor || mac ? { vendor, model: null, firmware: null, mac } : null;
}
