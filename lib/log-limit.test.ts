import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { type DaemonLogEvent, limitedLog, LOG_BURST, LOG_INTERVAL_MS } from './log-limit';

let lines: DaemonLogEvent[];
beforeEach(() => {
  vi.useFakeTimers();
  lines = [];
});
afterEach(() => vi.useRealTimers());

it('writes the first lines of a kind, then one "suppressed N similar" line when the interval ends', () => {
  const log = limitedLog((e) => lines.push(e));
  for (let i = 0; i < 1000; i++) log('not found', 'info', `not found: "${i}.cfg"`);
  expect(lines).toHaveLength(LOG_BURST);
  expect(lines.at(-1)).toEqual({ level: 'info', message: `not found: "${LOG_BURST - 1}.cfg"` });

  vi.advanceTimersByTime(LOG_INTERVAL_MS);
  expect(lines.slice(LOG_BURST)).toEqual([{ level: 'info', message: `suppressed ${1000 - LOG_BURST} similar "not found" lines in 10 s` }]);

  // A new interval starts afresh.
  log('not found', 'info', 'not found: "again.cfg"');
  expect(lines.at(-1)?.message).toBe('not found: "again.cfg"');
  vi.advanceTimersByTime(LOG_INTERVAL_MS);
  expect(lines).toHaveLength(LOG_BURST + 2);
});

it('counts each kind apart, and says "warn" when any suppressed line was a warning', () => {
  const log = limitedLog((e) => lines.push(e), 2, 1000);
  for (let i = 0; i < 5; i++) log('malformed packet', i === 4 ? 'warn' : 'info', `malformed ${i}`);
  log('busy', 'warn', 'busy 1');
  expect(lines.map((l) => l.message)).toEqual(['malformed 0', 'malformed 1', 'busy 1']);
  vi.advanceTimersByTime(1000);
  expect(lines.at(-1)).toEqual({ level: 'warn', message: 'suppressed 3 similar "malformed packet" lines in 1 s' });
  expect(lines).toHaveLength(4);
});

it('writes nothing more when nothing was suppressed', () => {
  const log = limitedLog((e) => lines.push(e));
  log('sent', 'info', 'sent a.cfg');
  vi.advanceTimersByTime(10 * LOG_INTERVAL_MS);
  expect(lines).toEqual([{ level: 'info', message: 'sent a.cfg' }]);
});
