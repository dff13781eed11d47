import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';

const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);
const count = () => z.coerce.number().int().min(1);
/** Unset or empty (as .env.example shows it): undefined. */
const optionalCount = () => z.preprocess((v) => (v === '' ? undefined : v), count().optional());
const millis = (fallback: number) => z.coerce.number().int().min(1_000).default(fallback);
const flag = (fallback: boolean) =>
  z
    .enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off'])
    .default(fallback ? 'true' : 'false')
    .transform((v) => ['1', 'true', 'yes', 'on'].includes(v));

const envSchema = z.object({
  DATA_DIR: z.string().min(1).default('./data'),
  HTTP_PORT: port(8080),
  HTTPS_PORT: port(8443),
  BIND_ADDRESS: z.string().default('0.0.0.0'),
  PUBLIC_HOST: z.string().default(''),
  TLS_CERT_FILE: z.string().optional(),
  TLS_KEY_FILE: z.string().optional(),
  TFTP_ENABLED: flag(true),
  TFTP_PORT: port(69),
  SIP_PNP_ENABLED: flag(true),
  SIP_PNP_PORT: port(5060),
  SIP_PNP_INTERFACE: z.string().optional(),
  PROVISIONING_HTTP_ENABLED: flag(true),
  CONSOLE_HTTPS_ONLY: flag(true),
  /** Open HTTP + HTTPS connections at once; unset: the descriptor limit less a reserve (lib/http-limits.ts). */
  HTTP_MAX_CONNECTIONS: optionalCount(),
  HTTP_MAX_CONNECTIONS_PER_ADDRESS: count().default(256),
  /** From accept (after the TLS handshake on HTTPS) to complete request headers; also the TLS handshake's own limit. */
  HTTP_HEADERS_TIMEOUT_MS: millis(10_000),
  HTTP_REQUEST_TIMEOUT_MS: millis(60_000),
  HTTP_KEEP_ALIVE_TIMEOUT_MS: millis(5_000),
  /**
   * Processes that answer phones over HTTP and HTTPS (TLS handshakes are one core's work each); the console, the API,
   * the daemons and every write stay in the main process. Unset: one per core. 0: one process does everything.
   */
  WORKERS: z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number().int().min(0).max(64).optional()),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  PROVISIO_ADMIN_PASSWORD: z.string().min(8).optional(),
  PROVISIO_API_TOKEN: z.string().min(16).optional(),
  PROVISIO_SECRET_KEY: z.string().optional(),
  /** How often the redirection worker looks for due jobs (ms). */
  REDIRECTION_POLL_MS: z.coerce.number().int().min(50).default(1000),
  /** Days the audit log keeps its entries (lib/audit/record.ts prunes older ones); 0 keeps them for ever. */
  AUDIT_RETENTION_DAYS: z.coerce.number().int().min(0).max(36_500).default(365),
});

export type Env = z.infer<typeof envSchema> & { WORKERS: number; databasePath: string };

let cached: Env | null = null;

/** Settings from the environment, validated once; see .env.example. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Validates settings from `source` (env() does it once for process.env). */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid environment: ${fields}`);
  }
  if (parsed.data.HTTP_REQUEST_TIMEOUT_MS < parsed.data.HTTP_HEADERS_TIMEOUT_MS) {
    throw new Error('Invalid environment: HTTP_REQUEST_TIMEOUT_MS: must not be shorter than HTTP_HEADERS_TIMEOUT_MS');
  }
  const dataDir = path.resolve(parsed.data.DATA_DIR);
  const workers = parsed.data.WORKERS ?? os.availableParallelism();
  return { ...parsed.data, WORKERS: workers, DATA_DIR: dataDir, databasePath: path.join(dataDir, 'provisio.db') };
}

/** The first non-internal IPv4 address of this machine, the address phones most likely reach. */
export function primaryIpv4(): string | null {
  for (const addresses of Object.values(os.networkInterfaces())) {
    for (const a of addresses ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return null;
}

export function publicHost(): string {
  return env().PUBLIC_HOST || primaryIpv4() || 'localhost';
}
