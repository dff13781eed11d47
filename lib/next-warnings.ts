import { limitedLog } from '@/lib/log-limit';
import { log } from '@/lib/logger';

/**
 * Next answers a POST whose Next-Action id is malformed or unknown with a 400/404 — and console.warn(error), three
 * lines per request that any sender can repeat at will (issue 12, finding 7). Those warnings go through the limited
 * log as one line each ("suppressed N similar" past the burst); every other warning is written as before.
 */
const UNRECOGNIZED_ACTION = /^(The Server Reference ID did not match the expected format|Failed to find Server Action)/;

export function limitUnrecognizedActionWarnings(target: Pick<Console, 'warn'> = console) {
  const write = target.warn.bind(target);
  const limited = limitedLog(({ level, message }) => log[level](message));
  target.warn = (...args: unknown[]) => {
    const [first] = args;
    if (first instanceof Error && UNRECOGNIZED_ACTION.test(first.message))
      limited('unrecognized server action', 'warn', `refused a server action call: ${first.message.split('\n')[0]}`);
    else write(...args);
  };
}
