/**
 * Non-INVITE client transaction over UDP for the PnP NOTIFY (RFC 3261 §17.1.2): Timer E retransmits
 * at T1, 2·T1, 4·T1… capped at T2 (at T2 once a provisional response arrived), Timer F gives up after
 * 64·T1. Any final response ends it; a non-2xx final is reported but not retried.
 */

export const DEFAULT_T1_MS = 500;
export const T2_MS = 4000;

export type NotifyOutcome = { kind: 'answered'; status: number } | { kind: 'timeout'; attempts: number };

export type NotifyTransaction = {
  /** Feeds a response; returns true when it was final and the transaction is over. */
  onResponse(status: number): boolean;
  cancel(): void;
};

/** Sends once now, then retransmits per Timer E until a final response or Timer F; `onDone` fires once. */
export function startNotifyTransaction(opts: { send: () => void; t1Ms: number; onDone: (outcome: NotifyOutcome) => void }): NotifyTransaction {
  const t2 = Math.max(T2_MS, opts.t1Ms);
  let interval = opts.t1Ms;
  let proceeding = false;
  let attempts = 0;
  let done = false;
  let timerE: NodeJS.Timeout | null = null;

  const transmit = () => {
    attempts++;
    opts.send();
  };
  const scheduleE = () => {
    timerE = setTimeout(() => {
      if (done) return;
      transmit();
      interval = proceeding ? t2 : Math.min(interval * 2, t2);
      scheduleE();
    }, interval);
    timerE.unref();
  };
  const finish = (outcome: NotifyOutcome) => {
    if (done) return;
    done = true;
    if (timerE) clearTimeout(timerE);
    clearTimeout(timerF);
    opts.onDone(outcome);
  };
  const timerF = setTimeout(() => finish({ kind: 'timeout', attempts }), 64 * opts.t1Ms);
  timerF.unref();

  transmit();
  scheduleE();

  return {
    onResponse(status) {
      if (done) return true;
      if (status < 200) {
        proceeding = true;
        interval = t2;
        return false;
      }
      finish({ kind: 'answered', status });
      return true;
    },
    cancel() {
      done = true;
      if (timerE) clearTimeout(timerE);
      clearTimeout(timerF);
    },
  };
}
