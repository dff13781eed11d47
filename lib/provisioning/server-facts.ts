import { env, publicHost } from '@/lib/env';
import type { ServerFacts } from './context';
import { daemonsStatus } from './daemon-status';

/** Where phones reach this server, from the environment (see .env.example). */
export function serverFacts(): ServerFacts {
  const e = env();
  const tftp = daemonsStatus()?.tftp;
  return {
    publicHost: publicHost(),
    httpPort: e.HTTP_PORT,
    httpsPort: e.HTTPS_PORT,
    tftpPort: tftp?.state === 'running' ? tftp.port : e.TFTP_PORT,
    httpEnabled: e.PROVISIONING_HTTP_ENABLED,
    tftpEnabled: e.TFTP_ENABLED,
  };
}
