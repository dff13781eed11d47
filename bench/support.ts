import { execFileSync } from 'node:child_process';

/** The path of a command on PATH, or null. */
export function which(cmd: string): string | null {
  try {
    return (
      execFileSync('sh', ['-c', `command -v ${cmd}`])
        .toString()
        .trim() || null
    );
  } catch {
    return null;
  }
}

/** Resolves once `url` answers below 500, or throws after `timeoutMs`. */
export async function waitFor(url: string, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not come up`);
}
