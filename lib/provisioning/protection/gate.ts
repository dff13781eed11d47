import type { Db } from '@/db/client';
import type { FetchChannel, FetchRefusal } from '@/db/schema';
import { findMac } from '@/lib/mac';
import { detectPhone } from '../user-agent';
import { type AuthRequest, challenges, verifyAuthorization } from './http-auth';
import { isInNetworks } from './networks';
import { digestNonceKey, isBlocked, isOpenWithoutCredentials, policyOf, type TenantPolicy } from './snapshot';

/** Why a fetch is refused with 403: outside the allowed networks, blocked, a User-Agent naming another MAC, TFTP while authentication is on. */
export type RefusalReason = Exclude<FetchRefusal, 'credentials'>;
export type GateResult =
  | { status: 200 }
  | {
      status: 401;
      tenantId: number;
      challenges: string[];
      /** Credentials were sent and were wrong (worth logging); not a first, bare request. */ attempted: boolean;
    }
  | { status: 403; tenantId: number; reason: RefusalReason };

export type GateRequest = {
  tenantUuid: string | null;
  fileName: string;
  channel: FetchChannel;
  clientIp: string;
  userAgent: string | null;
  /** HTTP only: the Authorization header, the method and the path as sent. */
  auth?: AuthRequest;
};

const PASS: GateResult = { status: 200 };

/**
 * Who may fetch, decided before the file is looked up, so every answer is the same whether the file exists or not.
 * All in memory (./snapshot.ts). A path naming no tenant passes: it can only be a miss.
 */
export function checkFetch(db: Db, request: GateRequest, now = Date.now()): GateResult {
  const policy = policyOf(db, request.tenantUuid);
  if (!policy) return PASS;
  const isAllowedNetwork = policy.networks !== null && isInNetworks(policy.networks, request.clientIp);
  if (policy.networks && !isAllowedNetwork) return refusal(policy, 'network');
  if (!isAllowedNetwork && isBlocked(db, policy.tenantId, request.clientIp, now)) return refusal(policy, 'blocked');
  if (policy.checkUserAgentMac && claimsAnotherMac(request.userAgent, request.fileName)) return refusal(policy, 'user-agent');
  if (policy.authMode === 'off' || !policy.credentials) return PASS;
  // TFTP cannot authenticate: with authentication on it serves the allowed networks only (checked above), or nobody.
  if (request.channel === 'tftp') return isAllowedNetwork ? PASS : refusal(policy, 'tftp');
  const outcome = request.auth ? verifyAuthorization(policy.authMode, policy.credentials, digestNonceKey(), request.auth, now) : ('missing' as const);
  if (outcome === 'ok') return PASS;
  const fileMac = policy.firstFetchWindowMs > 0 ? findMac(request.fileName) : null;
  if (fileMac && isOpenWithoutCredentials(db, policy, fileMac, request.clientIp, now)) return PASS;
  return {
    status: 401,
    tenantId: policy.tenantId,
    challenges: challenges(policy.authMode, digestNonceKey(), now, outcome === 'stale'),
    attempted: outcome === 'wrong',
  };
}

// Not a closure in checkFetch: that would cost an allocation on every fetch, refused or not.
const refusal = (policy: TenantPolicy, reason: RefusalReason): GateResult => ({ status: 403, tenantId: policy.tenantId, reason });

/** User agents recently seen, with the MAC they carry: a phone sends the same one for every file of its boot. */
const macOfAgent = new Map<string, string | null>();
const AGENTS_KEPT = 4096;

/** Whether the User-Agent carries a MAC and the file name another one (refused: the UA can be forged, but never by a phone asking for its own file). */
function claimsAnotherMac(userAgent: string | null, fileName: string): boolean {
  if (!userAgent) return false;
  let agentMac = macOfAgent.get(userAgent);
  if (agentMac === undefined) {
    if (macOfAgent.size >= AGENTS_KEPT) macOfAgent.clear();
    agentMac = detectPhone(userAgent)?.mac ?? null;
    macOfAgent.set(userAgent, agentMac);
  }
  if (!agentMac) return false;
  const fileMac = findMac(fileName);
  return fileMac !== null && fileMac !== agentMac;
}
