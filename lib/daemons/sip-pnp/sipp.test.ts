/**
 * Interop check against SIPp (package `sip-tester`): sipp/ua-profile-subscribe.xml plays the phone.
 * CI installs sip-tester; without it this test fails on purpose rather than skipping.
 */
import { execFile, spawnSync } from 'node:child_process';
import dgram from 'node:dgram';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createSipPnpResponder, type PnpSubscribe } from './responder';
import { pnpUrlFor } from './vendor-url';

const SCENARIO = path.join(import.meta.dirname, 'sipp', 'ua-profile-subscribe.xml');
/** Must match the regexp in the scenario file. */
const SIPP_EXPECTED_URL = 'http://127.0.0.1:8080/provisioning/snom370-000413A1B2C3.htm';

function sippVersion(): string {
  const probe = spawnSync('sipp', ['-v'], { encoding: 'utf8' });
  if (probe.error) {
    throw new Error(`sipp is not installed (${probe.error.message}); install it with "apt-get install -y sip-tester" to run the SIP PnP interop test`);
  }
  return /SIPp v\S+/.exec(`${probe.stdout}${probe.stderr}`)?.[0] ?? 'SIPp (unknown version)';
}

async function freeUdpPort(): Promise<number> {
  const socket = dgram.createSocket('udp4');
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  const { port } = socket.address();
  await new Promise<void>((resolve) => socket.close(() => resolve()));
  return port;
}

function runSipp(args: string[], cwd: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile('sipp', args, { cwd, timeout: 20_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
      resolve({ code, output: `${stdout}\n${stderr}` });
    });
  });
}

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

describe('SIPp interop', () => {
  it('completes SUBSCRIBE → 200 → NOTIFY(url) → 200 with sipp', async () => {
    const version = sippVersion();
    const seen: PnpSubscribe[] = [];
    const responder = createSipPnpResponder({
      port: 0,
      host: '127.0.0.1',
      multicastGroup: '',
      advertisedHost: '127.0.0.1',
      resolveUrl: (sub) => {
        seen.push(sub);
        return pnpUrlFor({
          vendor: sub.vendor,
          mac: sub.mac,
          fileName: `${sub.model}-${sub.mac?.toUpperCase()}.htm`,
          baseUrl: 'http://127.0.0.1:8080/provisioning/',
        });
      },
    });
    const { port } = await responder.start();
    cleanups.push(() => responder.stop());
    const dir = await mkdtemp(path.join(os.tmpdir(), 'sipp-pnp-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const errorFile = path.join(dir, 'errors.log');

    const localPort = await freeUdpPort();
    const args = [`127.0.0.1:${port}`, '-sf', SCENARIO, '-m', '1', '-l', '1', '-p', String(localPort), '-i', '127.0.0.1'];
    args.push('-timeout', '10s', '-timeout_error', '-trace_err', '-error_file', errorFile, '-nostdin');
    const { code, output } = await runSipp(args, dir);
    const errors = await readFile(errorFile, 'utf8').catch(() => '');

    expect(code, `${version} exited ${code}\n${output.slice(-3000)}\n${errors}`).toBe(0);
    expect(seen).toMatchObject([{ mac: '000413a1b2c3', vendor: 'snom', model: 'snom370', profileType: 'device' }]);
    expect(pnpUrlFor({ vendor: 'snom', mac: null, fileName: 'snom370-000413A1B2C3.htm', baseUrl: 'http://127.0.0.1:8080/provisioning/' })).toBe(
      SIPP_EXPECTED_URL,
    );
    expect(responder.pendingNotifies()).toBe(0);
  });
});
