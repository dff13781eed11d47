import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect } from '@playwright/test';
import { E2E } from './e2e-env.mjs';

/**
 * A Provisio of its own beside the shared e2e server (which must not be stopped or killed): its
 * own DATA_DIR and ports from `port` (HTTP) up. `start()` may be called again after a kill, on
 * the same data.
 */
export function instance(name: string, port: number, extraEnv: Record<string, string> = {}) {
  const dataDir = path.resolve('.tmp', `${name}-${E2E.httpPort}`);
  fs.rmSync(dataDir, { recursive: true, force: true });
  const env = {
    ...process.env,
    ...E2E.env,
    DATA_DIR: dataDir,
    HTTP_PORT: String(port),
    HTTPS_PORT: String(port + 1),
    TFTP_PORT: String(port + 2),
    SIP_PNP_PORT: String(port + 3),
    NODE_ENV: 'production' as const,
    ...extraEnv,
  };
  let child: ChildProcess | null = null;
  return {
    dataDir,
    async start() {
      child = spawn(process.execPath, ['--import', 'tsx', 'server.ts'], { env, stdio: 'ignore' });
      await expect.poll(async () => (await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => null))?.status, { timeout: 60_000 }).toBe(200);
    },
    async stop(signal: NodeJS.Signals = 'SIGTERM') {
      const running = child;
      if (!running || running.exitCode !== null) return;
      const exited = new Promise((resolve) => running.once('exit', resolve));
      running.kill(signal);
      await exited;
    },
  };
}
