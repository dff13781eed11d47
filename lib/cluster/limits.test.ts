import { describe, expect, it } from 'vitest';
import type { HttpLimits } from '@/lib/http-limits';
import { shareOfLimits } from './limits';

const LIMITS: HttpLimits = {
  maxConnections: 18_976,
  maxConnectionsPerAddress: 256,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 60_000,
  keepAliveTimeoutMs: 5_000,
};

describe('a web worker’s share of the connection caps', () => {
  it('splits the per-address cap over the workers (rounded up, at least 1) and keeps its own total', () => {
    expect(shareOfLimits(LIMITS, 1)).toEqual(LIMITS);
    expect(shareOfLimits(LIMITS, 2)).toEqual({ ...LIMITS, maxConnectionsPerAddress: 128 });
    expect(shareOfLimits(LIMITS, 3).maxConnectionsPerAddress).toBe(86);
    expect(shareOfLimits({ ...LIMITS, maxConnectionsPerAddress: 1 }, 4).maxConnectionsPerAddress).toBe(1);
  });
});
