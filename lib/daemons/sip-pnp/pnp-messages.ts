/**
 * The two messages a SIP PnP responder sends for one SUBSCRIBE, and where they go:
 * the `200 OK` (RFC 3261 §8.2.6 header copying, §18.2.2 response routing, RFC 3581 `rport`) and the
 * terminating NOTIFY (RFC 6665 §4.2.2, RFC 6080 `ua-profile`, body `application/url` as real phones
 * expect — ../shared/domain/sip-pnp.md §3.2). The NOTIFY reuses the SUBSCRIBE's Call-ID, swaps
 * From/To, and carries the same tag we put in the 200 OK's To.
 */
import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { formatVia, paramValue, parseNameAddr, parseSipUri, parseVia, type Via } from './sip-headers';
import { buildRequest, buildResponse, getHeader, getHeaders, type HeaderLines, type SipRequest } from './sip-message';
import type { Endpoint } from './subscribe';

export const SIP_DEFAULT_PORT = 5060;
const RFC3261_BRANCH_COOKIE = 'z9hG4bK';

/** A From/To tag (RFC 3261 §19.3: at least 32 bits of randomness). */
export const randomTag = () => randomBytes(6).toString('hex');
/** A Via branch with the RFC 3261 magic cookie, unique per transaction. */
export const randomBranch = () => `${RFC3261_BRANCH_COOKIE}${randomBytes(8).toString('hex')}`;

/** Our own address as it appears in Via, Contact and the NOTIFY's From. */
export type Local = { host: string; port: number };

const hostPort = ({ host, port }: Local) => `${isIP(host) === 6 ? `[${host}]` : host}:${port}`;
const stripBrackets = (host: string) => host.replace(/^\[(.*)\]$/, '$1');

function topVia(req: SipRequest): Via | null {
  const first = getHeaders(req, 'via')[0];
  return first ? parseVia(first) : null;
}

/** RFC 3261 §18.2.1 `received` and RFC 3581 §4 `rport` on the top Via of a response. */
function stampTopVia(via: Via, source: Endpoint): string {
  const hasRport = paramValue(via.params, 'rport') !== undefined;
  const differs = stripBrackets(via.host) !== source.address;
  const params = via.params.filter((p) => !(p.name === 'received' || (hasRport && p.name === 'rport')));
  if (hasRport || differs) params.push({ name: 'received', value: source.address });
  if (hasRport) params.push({ name: 'rport', value: String(source.port) });
  return formatVia({ ...via, params });
}

/**
 * Where the 200 OK goes. With `rport`: the source address and port (RFC 3581). Without: the source
 * address at the Via sent-by port (RFC 3261 §18.2.2, default 5060) — and also the source port when
 * it differs, since phones send PnP from their SIP socket and some answer only there.
 */
export function responseTargets(req: SipRequest, source: Endpoint): Endpoint[] {
  const via = topVia(req);
  if (!via || paramValue(via.params, 'rport') !== undefined) return [source];
  const viaPort = via.port ?? SIP_DEFAULT_PORT;
  return viaPort === source.port ? [source] : [source, { address: source.address, port: viaPort }];
}

/** 200 OK to a SUBSCRIBE: Vias (top one stamped), From, To + our tag, Call-ID, CSeq, Expires 0. */
export function buildSubscribeOk(req: SipRequest, source: Endpoint, local: Local, toTag: string): Buffer {
  const [first, ...rest] = getHeaders(req, 'via');
  const parsed = parseVia(first);
  const vias = [parsed ? stampTopVia(parsed, source) : first, ...rest];
  const headers: HeaderLines = [
    ...vias.map((v) => ['Via', v] as const),
    ['From', getHeader(req, 'from') ?? ''],
    ['To', withTag(getHeader(req, 'to') ?? '', toTag)],
    ['Call-ID', getHeader(req, 'call-id') ?? ''],
    ['CSeq', getHeader(req, 'cseq') ?? ''],
    ['Contact', `<sip:${hostPort(local)}>`],
    ['Expires', '0'],
  ];
  return buildResponse(200, 'OK', headers);
}

/** Adds `;tag=` to a To value unless it already has one (a refresh inside an existing dialog). */
export function withTag(nameAddr: string, tag: string): string {
  const parsed = parseNameAddr(nameAddr);
  return parsed && paramValue(parsed.params, 'tag') ? nameAddr : `${nameAddr};tag=${tag}`;
}

/** The tag the To header already carries, if any: it must then be the NOTIFY's From tag too. */
export function existingToTag(req: SipRequest): string | null {
  const to = parseNameAddr(getHeader(req, 'to') ?? '');
  return (to && paramValue(to.params, 'tag')) || null;
}

/**
 * Where the NOTIFY goes and its Request-URI: the SUBSCRIBE's Contact (RFC 6665 §4.2.2), resolved
 * to an IP. A non-IP Contact host, or a Contact that disagrees with the source when the phone asked
 * for `rport` (it is behind NAT), falls back to the source address; no Contact → the source.
 */
export function notifyTarget(req: SipRequest, source: Endpoint): { uri: string; target: Endpoint } {
  const contact = parseNameAddr(getHeader(req, 'contact') ?? '');
  const uri = contact ? parseSipUri(contact.uri) : null;
  const fallback = { uri: `sip:${hostPort({ host: source.address, port: source.port })}`, target: source };
  if (!contact || !uri) return fallback;
  // Only the Contact's port is followed, and only on the sender's own host: a Contact naming another
  // host (NAT, or a forged SUBSCRIBE aimed at a victim) gets the NOTIFY at the source instead (issue 12).
  if (stripBrackets(uri.host) !== source.address) return { uri: contact.uri, target: source };
  return { uri: contact.uri, target: { address: source.address, port: uri.port ?? SIP_DEFAULT_PORT } };
}

export type NotifyInput = { url: string; toTag: string; branch: string; local: Local; requestUri: string };

/** The terminating NOTIFY carrying the provisioning URL (CSeq 1, Max-Forwards 70, Event echoed). */
export function buildNotify(req: SipRequest, input: NotifyInput): Buffer {
  const headers: HeaderLines = [
    ['Via', `SIP/2.0/UDP ${hostPort(input.local)};branch=${input.branch};rport`],
    ['Max-Forwards', '70'],
    ['From', withTag(getHeader(req, 'to') ?? '', input.toTag)],
    ['To', getHeader(req, 'from') ?? ''],
    ['Call-ID', getHeader(req, 'call-id') ?? ''],
    ['CSeq', '1 NOTIFY'],
    ['Contact', `<sip:${hostPort(input.local)}>`],
    ['Event', getHeader(req, 'event') ?? 'ua-profile'],
    ['Subscription-State', 'terminated;reason=timeout'],
    ['Content-Type', 'application/url'],
  ];
  return buildRequest('NOTIFY', input.requestUri, headers, input.url);
}
