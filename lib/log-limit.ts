/**
 * Log lines written per kind of event (the daemons, Next's warnings): one unauthenticated sender can make a miss or a
 * malformed packet thousands of times a second, and one line each filled the disk (issue 12,
 * finding 7). The first lines of a kind in an interval are written; the rest are counted and told in
 * one "suppressed N similar" line when the interval ends.
 */
export type DaemonLogEvent = { level: 'info' | 'warn'; message: string };
export type LimitedLog = (kind: string, level: DaemonLogEvent['level'], message: string) => void;

/** Lines of one kind written per interval before the rest are only counted. */
export const LOG_BURST = 10;
export const LOG_INTERVAL_MS = 10_000;

type Window = { start: number; written: number; suppressed: number; level: DaemonLogEvent['level']; timer: NodeJS.Timeout | null };

/** `kind` names the event, not the sender or the file, so the kinds (and this state) stay few. */
export function limitedLog(emit: (event: DaemonLogEvent) => void, burst = LOG_BURST, intervalMs = LOG_INTERVAL_MS): LimitedLog {
  const windows = new Map<string, Window>();

  function close(kind: string, w: Window) {
    if (w.timer) clearTimeout(w.timer);
    windows.delete(kind);
    if (w.suppressed > 0) emit({ level: w.level, message: `suppressed ${w.suppressed} similar "${kind}" lines in ${Math.round(intervalMs / 1000)} s` });
  }

  return (kind, level, message) => {
    const now = Date.now();
    let w = windows.get(kind);
    if (w && now - w.start >= intervalMs) close(kind, w);
    w = windows.get(kind);
    if (!w) {
      w = { start: now, written: 0, suppressed: 0, level: 'info', timer: null };
      windows.set(kind, w);
    }
    if (w.written < burst) {
      w.written++;
      emit({ level, message });
      return;
    }
    w.suppressed++;
    if (level === 'warn') w.level = 'warn';
    if (!w.timer) {
      const open = w;
      open.timer = setTimeout(() => windows.get(kind) === open && close(kind, open), open.start + intervalMs - now);
      open.timer.unref();
    }
  };
}
