import { env } from '@/lib/env';
import { type PhoneUrlScheme, provisioningUrls, servedScheme, type TenantFacts } from './context';
import { daemonsStatus, type DaemonState } from './daemon-status';
import { serverFacts } from './server-facts';

/** How a channel phones fetch over stands now: on (and where), or off and why. */
export type ChannelState = { state: 'on'; port: number } | { state: 'off'; reason: 'config' | 'multi-tenant' | 'failed'; port?: number; error?: string };

const channelOf = (daemon: DaemonState | undefined, isEnabled: boolean, fallbackPort: number): ChannelState => {
  // No status yet (daemons not started in this process): report what the configuration asks for.
  if (!daemon) return isEnabled ? { state: 'on', port: fallbackPort } : { state: 'off', reason: 'config' };
  if (daemon.state === 'running') return { state: 'on', port: daemon.port };
  if (daemon.state === 'failed') return { state: 'off', reason: 'failed', port: daemon.port, error: daemon.error };
  return { state: 'off', reason: daemon.reason };
};

/**
 * The tenant's provisioning base URLs (HTTP, HTTPS, TFTP; the tenant directory included when it is
 * not the default one) and whether each channel is served now.
 */
export function provisioningChannels(tenant: TenantFacts) {
  const server = serverFacts();
  const e = env();
  const urls = provisioningUrls(server, tenant);
  return {
    urls,
    http: e.PROVISIONING_HTTP_ENABLED ? ({ state: 'on', port: server.httpPort } as ChannelState) : ({ state: 'off', reason: 'config' } as ChannelState),
    https: { state: 'on', port: server.httpsPort } as ChannelState,
    tftp: channelOf(daemonsStatus()?.tftp, e.TFTP_ENABLED, server.tftpPort),
  };
}
export type ProvisioningChannels = ReturnType<typeof provisioningChannels>;

export type FileUrl = { channel: 'http' | 'https' | 'tftp'; url: string; status: ChannelState };

/** The exact URLs a phone of the tenant fetches this file from, with each channel's state. */
export function fileUrls(tenant: TenantFacts, fileName: string): FileUrl[] {
  const channels = provisioningChannels(tenant);
  const name = encodeURIComponent(fileName);
  return [
    { channel: 'http', url: `${channels.urls.http}${name}`, status: channels.http },
    { channel: 'https', url: `${channels.urls.https}${name}`, status: channels.https },
    { channel: 'tftp', url: `${channels.urls.tftp}${fileName}`, status: channels.tftp },
  ];
}

/** Where a vendor's redirection service sends a factory-fresh phone of the tenant: HTTPS, with the tenant directory. */
export const redirectionUrl = (tenant: TenantFacts) => provisioningUrls(serverFacts(), tenant).https;

export type PnpUrlScheme = PhoneUrlScheme;

/**
 * The directory a SIP PnP NOTIFY sends phones to (the same %%PROVISIONING_URL%% templates give them):
 * over the scheme the admin chose, unless that channel is off here, then HTTPS, which is always served.
 */
export function sipPnpBaseUrl(tenant: TenantFacts, scheme: PnpUrlScheme): { scheme: PnpUrlScheme; url: string } {
  const server = serverFacts();
  const used = servedScheme(scheme, server);
  return { scheme: used, url: provisioningUrls(server, tenant)[used] };
}
