import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startNotifyTransaction, type NotifyOutcome } from './notify-transaction';

describe('startNotifyTransaction (RFC 3261 timers E/F)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function run(t1Ms: number) {
    const sends: number[] = [];
    const outcomes: NotifyOutcome[] = [];
    const tx = startNotifyTransaction({ send: () => sends.push(Date.now()), t1Ms, onDone: (o) => outcomes.push(o) });
    return { tx, sends, outcomes };
  }

  it('retransmits at T1, 2T1, 4T1… capped at T2 and gives up at 64·T1', () => {
    const start = Date.now();
    const { sends, outcomes } = run(500);
    vi.advanceTimersByTime(64 * 500);
    expect(sends.map((t) => t - start)).toEqual([0, 500, 1500, 3500, 7500, 11500, 15500, 19500, 23500, 27500, 31500]);
    expect(outcomes).toEqual([{ kind: 'timeout', attempts: 11 }]);
  });

  it('stops on a 2xx', () => {
    const { tx, sends, outcomes } = run(50);
    vi.advanceTimersByTime(60);
    expect(tx.onResponse(200)).toBe(true);
    vi.advanceTimersByTime(10_000);
    expect(sends).toHaveLength(2);
    expect(outcomes).toEqual([{ kind: 'answered', status: 200 }]);
  });

  it('stops on a final error without retrying, slows down after a provisional', () => {
    const { tx, sends, outcomes } = run(500);
    expect(tx.onResponse(100)).toBe(false);
    vi.advanceTimersByTime(500 + 4000);
    expect(sends).toHaveLength(3);
    tx.onResponse(481);
    vi.advanceTimersByTime(60_000);
    expect(sends).toHaveLength(3);
    expect(outcomes).toEqual([{ kind: 'answered', status: 481 }]);
  });

  it('cancel() silences it', () => {
    const { tx, sends, outcomes } = run(50);
    tx.cancel();
    vi.advanceTimersByTime(10_000);
    expect(sends).toHaveLength(1);
    expect(outcomes).toEqual([]);
  });
});
