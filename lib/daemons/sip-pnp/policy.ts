import type { Db } from '@/db/client';
import { pnpAnswersUnknown, pnpDevice, pnpTenants } from '@/db/queries/sip-pnp';
import type { PnpUrlScheme } from '@/lib/provisioning/channels';
import type { TenantFacts } from '@/lib/provisioning/context';
import { recordFetch } from '@/lib/provisioning/fetch-log';
import { phoneUrlCredentials } from '@/lib/provisioning/protection/url-credentials';
import type { PnpSubscribe } from './responder';
import { pnpUrlFor } from './vendor-url';

/**
 * Decides the NOTIFY URL for a SUBSCRIBE: known MACs of the default tenant get their file's URL
 * in their vendor's shape; unknown MACs are listed as unknown devices and answered only when the
 * admin enabled "answer unknown phones". Nothing is answered when more than one tenant exists
 * (the URL would need the tenant, which the phone cannot tell us). `baseUrl` is the tenant's
 * provisioning directory over the scheme the admin chose (PBX settings), as phones reach it now.
 */
export function sipPnpResolver(db: Db, baseUrl: (tenant: TenantFacts, scheme: PnpUrlScheme) => string) {
  return (sub: PnpSubscribe): string | null => {
    const all = pnpTenants(db);
    const tenant = all.find((t) => t.isDefault === 1);
    if (all.length !== 1 || !tenant) return null;
    const known = sub.mac ? pnpDevice(db, tenant.id, sub.mac) : undefined;
    const description = [sub.vendor, sub.model, sub.firmware].filter(Boolean).join(' ') || null;
    recordFetch(db, {
      at: Date.now(),
      channel: 'sip-pnp',
      tenantId: tenant.id,
      fileName: `SUBSCRIBE ua-profile ${sub.mac ?? 'no-mac'}`,
      clientIp: sub.source.address,
      userAgent: description,
      status: known ? 200 : 404,
      deviceId: known?.id ?? null,
    });
    if (!known && !pnpAnswersUnknown(db, tenant.id)) return null;
    return pnpUrlFor({
      vendor: known?.brand ?? sub.vendor,
      mac: sub.mac,
      fileName: known?.fileName ?? null,
      baseUrl: baseUrl(
        { uuid: tenant.uuid, name: tenant.name, isDefault: true, credentials: phoneUrlCredentials(db, tenant.id) },
        tenant.pnpUrlScheme ?? 'http',
      ),
    });
  };
}
