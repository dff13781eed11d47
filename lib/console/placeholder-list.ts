import type { Db } from '@/db/client';
import { listNetworkInterfaces } from '@/lib/domain/pbx';
import { listPlaceholders, placeholderUsage } from '@/lib/domain/placeholders';

export type PlaceholderUser = { id: number; name: string };

/** A custom placeholder as the console lists it: where it is used and what it resolves to now. */
export type PlaceholderRow = {
  id: number;
  name: string;
  kind: 'static' | 'dynamic';
  value: string | null;
  description: string | null;
  networkInterface: { id: number; name: string; vlanId: number | null; ipv4Address: string } | null;
  templates: PlaceholderUser[];
  models: PlaceholderUser[];
  resolvedValue: string | null;
};

export function listPlaceholderRows(db: Db, tenantId: number): PlaceholderRow[] {
  const interfaces = new Map(listNetworkInterfaces(db, tenantId).map((i) => [i.id, { id: i.id, name: i.name, vlanId: i.vlanId, ipv4Address: i.ipv4Address }]));
  return listPlaceholders(db, tenantId).map((p) => {
    const usage = placeholderUsage(db, tenantId, p.name);
    return {
      id: p.id,
      name: p.name,
      kind: p.kind,
      value: p.value,
      description: p.description,
      networkInterface: p.interfaceId === null ? null : (interfaces.get(p.interfaceId) ?? null),
      templates: usage.templates,
      models: usage.models,
      resolvedValue: usage.resolvedValue,
    };
  });
}
