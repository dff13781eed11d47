import type { Db } from '@/db/client';
import { env, publicHost } from '@/lib/env';
import { log } from '@/lib/logger';
import { sipPnpBaseUrl } from '@/lib/provisioning/channels';
import type { DaemonState, DaemonsStatus } from '@/lib/provisioning/daemon-status';
import { serveProvisioningFile } from '@/lib/provisioning/serve';
import { sipPnpResolver } from './sip-pnp/policy';
import { createSipPnpResponder } from './sip-pnp/responder';
import { createTftpServer } from './tftp/server';

/** Where TFTP goes when port 69 needs privileges this process does not have. */
export const TFTP_FALLBACK_PORT = 6969;

const daemonLog = (e: { level: 'info' | 'warn'; message: string }) => log[e.level](e.message);
const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function startTftp(db: Db) {
  const e = env();
  const tftp = (port: number) =>
    createTftpServer({
      port,
      host: e.BIND_ADDRESS,
      log: daemonLog,
      read: (path, peer) => tftpRead(db, path, peer.address),
    });
  let server = tftp(e.TFTP_PORT);
  try {
    const { port } = await server.start();
    log.info(`TFTP listening on ${e.BIND_ADDRESS}:${port}`);
    return { server, state: { state: 'running', port } as DaemonState };
  } catch (error) {
    if (e.TFTP_PORT !== 69 || !/EACCES|EPERM/.test(errorText(error))) {
      log.warn(`TFTP could not listen on port ${e.TFTP_PORT}: ${errorText(error)}`);
      return { server: null, state: { state: 'failed', port: e.TFTP_PORT, error: errorText(error) } as DaemonState };
    }
    server = tftp(TFTP_FALLBACK_PORT);
    const { port } = await server.start();
    log.warn(`TFTP: port 69 needs root or CAP_NET_BIND_SERVICE; listening on ${port} instead (set TFTP_PORT to choose)`);
    return { server, state: { state: 'running', port, note: 'fallback' } as DaemonState };
  }
}

function tftpRead(db: Db, path: string, clientIp: string) {
  const result = serveProvisioningFile(db, { path, channel: 'tftp', clientIp, userAgent: null });
  if (result.status === 200) return { ok: true as const, body: result.body };
  // 403: refused by the tenant's phone access (allowed networks, a blocked address, authentication on).
  return { ok: false as const, error: result.status === 400 || result.status === 403 ? ('access_violation' as const) : ('not_found' as const) };
}

async function startSipPnp(db: Db) {
  const e = env();
  const responder = createSipPnpResponder({
    port: e.SIP_PNP_PORT,
    host: e.BIND_ADDRESS,
    multicastInterface: e.SIP_PNP_INTERFACE || undefined,
    advertisedHost: publicHost(),
    resolveUrl: sipPnpResolver(db, (tenant, scheme) => sipPnpBaseUrl(tenant, scheme).url),
    log: daemonLog,
  });
  try {
    const { port } = await responder.start();
    return { responder, state: { state: 'running', port } as DaemonState };
  } catch (error) {
    log.warn(`SIP PnP could not listen on port ${e.SIP_PNP_PORT}: ${errorText(error)} (is a PBX using it? set SIP_PNP_PORT or SIP_PNP_ENABLED=false)`);
    return { responder: null, state: { state: 'failed', port: e.SIP_PNP_PORT, error: errorText(error) } as DaemonState };
  }
}

/**
 * Starts TFTP and SIP PnP when enabled; a daemon that cannot bind is reported in `status`, never
 * fatal. The caller records the status where the console and health checks read it.
 */
export async function startDaemons(db: Db): Promise<{ status: DaemonsStatus; stop(): Promise<void> }> {
  const e = env();
  const tftp = e.TFTP_ENABLED ? await startTftp(db) : { server: null, state: { state: 'disabled', reason: 'config' } as DaemonState };
  const pnp = e.SIP_PNP_ENABLED ? await startSipPnp(db) : { responder: null, state: { state: 'disabled', reason: 'config' } as DaemonState };
  return {
    status: { tftp: tftp.state, sipPnp: pnp.state },
    stop: async () => {
      await Promise.all([tftp.server?.stop(), pnp.responder?.stop()]);
    },
  };
}
