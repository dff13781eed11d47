import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { deviceModels, devices } from '@/db/schema';
import { getFile } from '@/lib/domain/files';
import type { TenantFacts } from '@/lib/provisioning/context';
import { lastFetches } from './file-list';
import { type ChannelState, provisioningChannels } from './provisioning-facts';

export type FileUrl = { channel: 'http' | 'https' | 'tftp'; url: string; status: ChannelState };

/** One generated file for the viewer: body (secrets masked unless `reveal`), owner, times in epoch ms. */
export type FileDetail = {
  id: number;
  fileName: string;
  body: string;
  secretsMasked: boolean;
  size: number;
  sha256: string;
  contentType: string;
  generatedAt: number;
  lastFetchedAt: number | null;
  device: { id: number; mac: string; label: string } | null;
  model: { id: number; name: string } | null;
};

/** Throws the domain's 404 when the file is not the tenant's. */
export function fileDetail(db: Db, tenantId: number, id: number, reveal: boolean): FileDetail {
  const file = getFile(db, tenantId, id, reveal);
  const device = file.deviceId === null ? undefined : db.select({ id: devices.id, mac: devices.mac, label: devices.label, lastFetchedAt: devices.lastFetchedAt }).from(devices).where(eq(devices.id, file.deviceId)).get();
  const model = file.modelId === null ? undefined : db.select({ id: deviceModels.id, name: deviceModels.name }).from(deviceModels).where(eq(deviceModels.id, file.modelId)).get();
  const lastFetchedAt = device ? (device.lastFetchedAt?.getTime() ?? null) : (lastFetches(db, tenantId, [file.fileName]).get(file.fileName) ?? null);
  return {
    id: file.id,
    fileName: file.fileName,
    body: file.body,
    secretsMasked: file.secretsMasked,
    size: file.size,
    sha256: file.sha256,
    contentType: file.contentType,
    generatedAt: file.generatedAt.getTime(),
    lastFetchedAt,
    device: device ? { id: device.id, mac: device.mac, label: device.label } : null,
    model: model ?? null,
  };
}

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
