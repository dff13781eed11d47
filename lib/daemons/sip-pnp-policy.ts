import type { Db } from '@/db/client';
import { env } from '@/lib/env';
import { provisioningUrls } from '@/lib/provisioning/context';
import { recordFetch } from '@/lib/provisioning/fetch-log';
import { serverFacts } from '@/lib/provisioning/server-facts';
import type { PnpSubscribe } from './sip-pnp/responder';
import { pnpUrlFor } from './sip-pnp/vendor-url';

type Known = { id: number; fileName: string | null; brand: string };

/**
 * Decides the NOTIFY URL for a SUBSCRIBE: known MACs of the default tenant get their file's URL
 * in their vendor's shape; unknown MACs are listed as unknown devices and answered only when the
 * admin enabled "answer unknown phones". Nothing is answered when more than one tenant exists
 * (the URL would need the tenant, which the phone cannot tell us).
 */
export function sipPnpResolver(db: Db) {
  const tenants = db.$client.prepare<[], { id: number; uuid: string; name: string; isDefault: number }>('SELECT id, uuid, name, is_default AS isDefault FROM tenants');
  const device = db.$client.prepare<[number, string], Known>(
    `SELECT d.id, g.file_name AS fileName, b.name AS brand FROM devices d
       JOIN device_models m ON m.id = d.model_id JOIN brands b ON b.id = m.brand_id
       LEFT JOIN generated_files g ON g.device_id = d.id
     WHERE d.tenant_id = ? AND d.mac = ? AND d.is_enabled = 1`,
  );
  const answerUnknown = db.$client.prepare<[number], { v: number }>('SELECT pnp_answer_unknown AS v FROM pbx_settings WHERE tenant_id = ?');

  return (sub: PnpSubscribe): string | null => {
    const all = tenants.all();
    const tenant = all.find((t) => t.isDefault === 1);
    if (all.length !== 1 || !tenant) return null;
    const known = sub.mac ? device.get(tenant.id, sub.mac) : undefined;
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
    if (!known && !answerUnknown.get(tenant.id)?.v) return null;
    const urls = provisioningUrls(serverFacts(), { uuid: tenant.uuid, name: tenant.name, isDefault: true });
    const baseUrl = env().PROVISIONING_HTTP_ENABLED ? urls.http : urls.https;
    return pnpUrlFor({ vendor: known?.brand ?? sub.vendor, mac: sub.mac, fileName: known?.fileName ?? null, baseUrl });
  };
}
