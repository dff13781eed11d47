/**
 * Reads what a phone tells us in its SIP PnP SUBSCRIBE (RFC 6080 `ua-profile` event package,
 * RFC 6665 SUBSCRIBE): MAC, vendor, model, firmware and profile type, following the per-vendor
 * quirks in ../shared/domain/sip-pnp.md §3.3 — `MAC%3a`/`MAC%3A`/`MAC=`/`MAC` user parts,
 * Panasonic's `vender` spelling, DECT bases whose From is an extension (not the MAC), AudioCodes
 * sending no MAC at all, old Snom firmware announcing `vendor="OEM"`.
 */
import { findMac, isPlaceholderMac, normaliseMac } from '@/lib/mac';
import { decodeUserPart, paramValue, parseNameAddr, parseParams, parseSipUri, type SipParam } from './sip-headers';
import { getHeader, type SipRequest } from './sip-message';
import { userAgentHint } from './vendor-hint';

export type Endpoint = { address: string; port: number };

export type PnpSubscribe = {
  mac: string | null;
  vendor: string | null;
  model: string | null;
  firmware: string | null;
  profileType: string | null;
  source: Endpoint;
};

export type SipEvent = { package: string; params: SipParam[] };

export const UA_PROFILE_EVENT = 'ua-profile';

/** Parses an Event header value (`ua-profile;profile-type="device";vendor=…`). */
export function parseEvent(value: string | null): SipEvent | null {
  if (!value) return null;
  const semi = value.indexOf(';');
  const pkg = (semi < 0 ? value : value.slice(0, semi)).trim().toLowerCase();
  if (!/^[a-z0-9.!%*_+`'~-]+$/.test(pkg)) return null;
  return { package: pkg, params: semi < 0 ? [] : parseParams(value.slice(semi)) };
}

/** True for a SUBSCRIBE to the `ua-profile` package, whatever the case and parameters. */
export function isUaProfileSubscribe(req: SipRequest): boolean {
  return req.method === 'SUBSCRIBE' && parseEvent(getHeader(req, 'event'))?.package === UA_PROFILE_EVENT;
}

/**
 * MAC from a SIP URI user part: `MAC%3a00135E874B49`, `MAC%3A…`, `MAC=…`, `MAC…`, `MAC:00:13:…`
 * or (unless `requirePrefix`) a bare MAC. Placeholder MACs (all zeros/ones) are rejected.
 */
export function macFromUserPart(user: string | null, requirePrefix = false): string | null {
  if (!user) return null;
  const decoded = decodeUserPart(user).trim();
  const prefixed = /^mac\s*[:=]?\s*(.+)$/i.exec(decoded);
  if (!prefixed && requirePrefix) return null;
  const mac = normaliseMac(prefixed ? prefixed[1] : decoded);
  return mac && !isPlaceholderMac(mac) ? mac : null;
}

function userOf(uriOrNameAddr: string | null): { user: string | null; host: string } | null {
  if (!uriOrNameAddr) return null;
  const nameAddr = parseNameAddr(uriOrNameAddr);
  const uri = nameAddr ? parseSipUri(nameAddr.uri) : null;
  return uri ? { user: uri.user, host: uri.host.toLowerCase() } : null;
}

function domainVendor(host: string | undefined): string | null {
  if (!host) return null;
  if (/(^|\.)snom\.(de|com)$/.test(host)) return 'snom';
  if (/(^|\.)gigaset\.com$/.test(host)) return 'Gigaset';
  return null;
}

const isGeneric = (value: string | null) => value === null || /^oem$/i.test(value);

function param(params: SipParam[], ...names: string[]): string | null {
  for (const name of names) {
    const value = paramValue(params, name)?.trim();
    if (value) return value;
  }
  return null;
}

/**
 * Everything the responder needs to decide on an answer, or null when the request is not a
 * `ua-profile` SUBSCRIBE. The MAC comes from the Request-URI, then To, then a `MAC`-prefixed From
 * (a DECT base's From is an extension such as `512`), then the User-Agent (`MAC=…` on Snom DECT).
 */
export function extractPnpSubscribe(req: SipRequest, source: Endpoint): PnpSubscribe | null {
  if (!isUaProfileSubscribe(req)) return null;
  const event = parseEvent(getHeader(req, 'event'));
  const params = event?.params ?? [];
  const ruri = userOf(req.uri);
  const to = userOf(getHeader(req, 'to'));
  const from = userOf(getHeader(req, 'from'));
  const userAgent = getHeader(req, 'user-agent');
  const mac =
    macFromUserPart(ruri?.user ?? null) ??
    macFromUserPart(to?.user ?? null) ??
    macFromUserPart(from?.user ?? null, true) ??
    (userAgent ? findMac(userAgent) : null);

  const eventVendor = param(params, 'vendor', 'vender');
  const eventModel = param(params, 'model');
  const hint = userAgentHint(userAgent);
  const vendor = isGeneric(eventVendor) ? (hint?.vendor ?? domainVendor(ruri?.host) ?? domainVendor(to?.host) ?? eventVendor) : eventVendor;
  const model = isGeneric(eventModel) ? (hint?.model ?? eventModel) : eventModel;
  const profileType = param(params, 'profile-type')?.toLowerCase() ?? null;

  return { mac, vendor, model, firmware: param(params, 'version'), profileType, source: { ...source } };
}
