import os from 'node:os';
import { daemonsStatus } from '@/lib/provisioning/daemon-status';
import { env } from '@/lib/env';
import type { ServerFacts } from './context';

/** The first non-internal IPv4 address of this machine, the address phones most likely reach. */
export function primaryIpv4(): string | null {
  for (const addresses of Object.values(os.networkInterfaces())) {
    for (const a of addresses ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return null;
}

export function publicHost(): string {
  return env().PUBLIC_HOST || primaryIpv4() || 'localhost';
}

/** Where phones reach this server, from the environment (see .env.example). */
export function serverFacts(): ServerFacts {
  const e = env();
  const tftp = daemonsStatus()?.tftp;
  return { publicHost: publicHost(), httpPort: e.HTTP_PORT, httpsPort: e.HTTPS_PORT, tftpPort: tftp?.state === 'running' ? tftp.port : e.TFTP_PORT };
}
