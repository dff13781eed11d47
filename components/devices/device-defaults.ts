import { formatMac } from '@/lib/mac';
import type { DeviceFormValues } from '@/lib/validation/device-form';
import type { DeviceWithLines } from '@/db/queries/devices';
import type { DeviceFormChoices } from '@/db/queries/device-models';

const firstTemplateOf = (catalogue: DeviceFormChoices, modelId: number | undefined) => catalogue.templates.find((t) => t.modelId === modelId)?.id;

/** Form values of a new device, optionally pre-filled from an unknown device (`?mac=…&model=…`). */
export function newDeviceValues(catalogue: DeviceFormChoices, prefill: { mac?: string; modelId?: number }): DeviceFormValues {
  const model = catalogue.models.find((m) => m.id === prefill.modelId);
  return {
    mac: prefill.mac ?? '',
    modelId: model ? String(model.id) : '',
    templateId: String(firstTemplateOf(catalogue, model?.id) ?? ''),
    label: '',
    isEnabled: true,
    adminUsername: 'admin',
    adminPassword: '',
    networkMode: 'dhcp',
    ipAddress: '',
    netmask: '',
    gateway: '',
    dns1: '',
    dns2: '',
    vlanId: '',
    vlanPriority: '',
    language: '',
    timeZone: '',
    lines: [],
  };
}

/** Form values of a stored device; the admin password field starts empty (write-only). */
export function editDeviceValues(device: DeviceWithLines): DeviceFormValues {
  return {
    mac: formatMac(device.mac, 'colon-upper'),
    modelId: String(device.modelId),
    templateId: String(device.templateId),
    label: device.label,
    isEnabled: device.isEnabled,
    adminUsername: device.adminUsername,
    adminPassword: '',
    networkMode: device.networkMode,
    ipAddress: device.ipAddress,
    netmask: device.netmask,
    gateway: device.gateway,
    dns1: device.dns1,
    dns2: device.dns2,
    vlanId: device.vlanId ?? '',
    vlanPriority: device.vlanPriority ?? '',
    language: device.language ?? '',
    timeZone: device.timeZone ?? '',
    lines: device.lines,
  };
}
