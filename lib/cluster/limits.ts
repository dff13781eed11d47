import type { HttpLimits } from '@/lib/http-limits';

/**
 * One worker's part of the connection caps. Each worker process has its own descriptors, so the total stays
 * per process; node:cluster hands connections out in turn, so one address's connections spread over the
 * workers and each worker takes its share of the per-address cap.
 */
export function shareOfLimits(limits: HttpLimits, workers: number): HttpLimits {
  return { ...limits, maxConnectionsPerAddress: Math.max(1, Math.ceil(limits.maxConnectionsPerAddress / Math.max(1, workers))) };
}
