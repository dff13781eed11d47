import type { DeviceListParams, SearchPageParams } from '@/lib/validation/list-params';
import type { AuditLogParams } from '@/lib/validation/audit-log';

/**
 * The TanStack Query key contract: every useQuery and every invalidation names its key here.
 * Mutations invalidate by the `all` prefix of what they touched.
 */
export const dashboardKeys = {
  all: ['dashboard'] as const,
};

export const deviceKeys = {
  all: ['devices'] as const,
  list: (params: DeviceListParams) => [...deviceKeys.all, 'list', params] as const,
  fetches: (deviceId: number) => [...deviceKeys.all, 'fetches', deviceId] as const,
};

export const accountKeys = {
  all: ['accounts'] as const,
  list: (params: SearchPageParams) => [...accountKeys.all, 'list', params] as const,
  search: (q: string) => [...accountKeys.all, 'search', q] as const,
};

export const networkInterfaceKeys = {
  all: ['network-interfaces'] as const,
};

export const modelKeys = {
  all: ['device-models'] as const,
  list: () => [...modelKeys.all, 'list'] as const,
  devices: (modelId: number) => [...modelKeys.all, 'devices', modelId] as const,
  brandsAndRules: () => [...modelKeys.all, 'brands-and-rules'] as const,
  fileNameChanges: (query: Record<string, string | number>) => [...modelKeys.all, 'file-name-changes', query] as const,
};

export const templateKeys = {
  all: ['templates'] as const,
  list: () => [...templateKeys.all, 'list'] as const,
  devices: (templateId: number) => [...templateKeys.all, 'devices', templateId] as const,
  preview: (input: { body: string; format: string; deviceId: number | null; modelId: number | null }) => [...templateKeys.all, 'preview', input] as const,
  versions: (templateId: number) => [...templateKeys.all, 'versions', templateId] as const,
  compare: (templateId: number, from: number, to: number) => [...templateKeys.all, 'compare', templateId, from, to] as const,
};

export const placeholderKeys = {
  all: ['placeholders'] as const,
};

export const redirectionServerKeys = {
  all: ['redirection-servers'] as const,
};

export const fileKeys = {
  all: ['files'] as const,
  list: (params: SearchPageParams) => [...fileKeys.all, 'list', params] as const,
  detail: (id: number, reveal: boolean) => [...fileKeys.all, 'detail', id, reveal] as const,
};

export const phoneAccessKeys = {
  all: ['phone-access'] as const,
};

export const unknownDeviceKeys = {
  all: ['unknown-devices'] as const,
  list: (params: SearchPageParams) => [...unknownDeviceKeys.all, 'list', params] as const,
};

export const auditKeys = {
  all: ['audit-log'] as const,
  list: (params: AuditLogParams) => [...auditKeys.all, 'list', params] as const,
};
