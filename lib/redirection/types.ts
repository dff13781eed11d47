/**
 * The contract every vendor redirection client fulfils (Snom SRAPS, Yealink XML-RPC / RPS JSON /
 * YMCS v2, Escene), so the outbox worker, "test connection" and "reconcile" never branch on the
 * vendor. Facts and sources: ../shared/domain/redirection-servers.md.
 */

/** What went wrong, normalised across vendors; `transient` and `rate_limited` are retried. */
export type RedirectionErrorKind =
  | 'auth_failed'
  | 'clock_skew'
  | 'mac_invalid'
  | 'mac_owned_elsewhere'
  | 'server_not_found'
  | 'url_invalid'
  | 'rate_limited'
  | 'transient'
  | 'tls'
  | 'network'
  | 'unknown';

export class RedirectionError extends Error {
  constructor(
    readonly kind: RedirectionErrorKind,
    /** The vendor's own words (status line, message key, XML-RPC text), for the log and the admin. */
    readonly vendorText: string = '',
    /** From a 429's Retry-After, when the vendor said how long to wait. */
    readonly retryAfterMs?: number,
  ) {
    super(vendorText ? `${kind}: ${vendorText}` : kind);
    this.name = 'RedirectionError';
  }

  get isRetryable(): boolean {
    return this.kind === 'transient' || this.kind === 'rate_limited' || this.kind === 'network';
  }
}

/** Where phones are sent: the server (Yealink/Escene: defined in the vendor portal, by name; Snom: the profile we create) and our URL. */
export type RedirectionTarget = { serverName: string; provisioningUrl: string };

/** One phone as the vendor sees it, for reconciliation. `url` is where the vendor sends it, when it says. */
export type RemoteDevice = { mac: string; serverName: string | null; url: string | null };

export type ClientConfig = {
  /** The vendor API root (its cloud by default; a regional cloud, a proxy or a test double otherwise). */
  baseUrl: string;
  /** Snom: Access Key ID; Yealink XML-RPC/Escene: user; RPS JSON: AccessKey ID; YMCS: client_id. */
  username: string;
  /** The matching secret. */
  password: string;
  /** Injected for tests (clock skew); Date.now otherwise. */
  now?: () => number;
  /** Per-request timeout in ms (default 10 s). */
  timeoutMs?: number;
};

export interface RedirectionClient {
  /** Authenticates and lists the vendor-side servers (Yealink/Escene) or profiles (Snom) by name. */
  test(): Promise<{ servers: string[] }>;
  /** Registers (or re-points) a MAC (12 lower-case hex digits) at the target; idempotent. */
  register(mac: string, target: RedirectionTarget): Promise<void>;
  /** Removes a MAC; a MAC the vendor does not have counts as done. */
  deregister(mac: string): Promise<void>;
  /** Every MAC the vendor has for this account (or for the target's server, where the API can only say that). */
  list(target: RedirectionTarget): Promise<RemoteDevice[]>;
}
