// Starts a throw-away Provisio for the Playwright suite: fresh data dir, high ports, known credentials.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { E2E } from '../e2e/support/e2e-env.mjs';
import { SERVER_NODE_FLAGS } from './server-node-flags.mjs';

const dataDir = path.resolve(E2E.dataDir);
if (!dataDir.includes(`${path.sep}.tmp${path.sep}`)) throw new Error(`refusing to wipe ${dataDir}: not a test directory`);
fs.rmSync(dataDir, { recursive: true, force: true });
fs.mkdirSync(dataDir, { recursive: true });

const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, '--import', 'tsx', 'server.ts'], {
  stdio: 'inherit',
  env: { ...process.env, ...E2E.env, DATA_DIR: dataDir, NODE_ENV: 'production' },
});
const stop = () => child.kill('SIGTERM');
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
child.on('exit', (code) => process.exit(code ?? 0));
