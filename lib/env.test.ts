import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { parseEnv } from '@/lib/env';

describe('settings', () => {
  it('make the console HTTPS-only unless CONSOLE_HTTPS_ONLY turns it off (issue 12, finding 12)', () => {
    expect(parseEnv({}).CONSOLE_HTTPS_ONLY).toBe(true);
    expect(parseEnv({ CONSOLE_HTTPS_ONLY: 'false' }).CONSOLE_HTTPS_ONLY).toBe(false);
    expect(() => parseEnv({ CONSOLE_HTTPS_ONLY: 'maybe' })).toThrow(/CONSOLE_HTTPS_ONLY/);
  });

  it('bound HTTP connections by default; an empty total cap means "from the descriptor limit" (issue 12, finding 2)', () => {
    expect(parseEnv({}).HTTP_MAX_CONNECTIONS).toBeUndefined();
    expect(parseEnv({})).toMatchObject({
      HTTP_MAX_CONNECTIONS_PER_ADDRESS: 256,
      HTTP_HEADERS_TIMEOUT_MS: 10_000,
      HTTP_REQUEST_TIMEOUT_MS: 60_000,
      HTTP_KEEP_ALIVE_TIMEOUT_MS: 5_000,
    });
    expect(parseEnv({ HTTP_MAX_CONNECTIONS: '' }).HTTP_MAX_CONNECTIONS).toBeUndefined();
    expect(parseEnv({ HTTP_MAX_CONNECTIONS: '5000' }).HTTP_MAX_CONNECTIONS).toBe(5000);
    expect(() => parseEnv({ HTTP_MAX_CONNECTIONS_PER_ADDRESS: '0' })).toThrow(/HTTP_MAX_CONNECTIONS_PER_ADDRESS/);
    expect(() => parseEnv({ HTTP_HEADERS_TIMEOUT_MS: '100' })).toThrow(/HTTP_HEADERS_TIMEOUT_MS/);
    expect(() => parseEnv({ HTTP_HEADERS_TIMEOUT_MS: '30000', HTTP_REQUEST_TIMEOUT_MS: '20000' })).toThrow(/HTTP_REQUEST_TIMEOUT_MS/);
  });

  it('answer phones from one web worker per core unless WORKERS says how many (0: all in one process)', () => {
    expect(parseEnv({}).WORKERS).toBe(os.availableParallelism());
    expect(parseEnv({ WORKERS: '' }).WORKERS).toBe(os.availableParallelism());
    expect(parseEnv({ WORKERS: '0' }).WORKERS).toBe(0);
    expect(parseEnv({ WORKERS: '3' }).WORKERS).toBe(3);
    for (const bad of ['-1', '1.5', 'many', '65']) expect(() => parseEnv({ WORKERS: bad }), bad).toThrow(/WORKERS/);
  });
});
