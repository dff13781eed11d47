import type { DbOrTx } from '@/db/client';
import { accountsOnLines, renderableDevices } from '@/db/queries/generation';
import { listNetworkInterfaces } from '@/db/queries/pbx';
import { listPlaceholders } from '@/db/queries/placeholders';
import { explainRender, PBX_PLACEHOLDERS } from '@/lib/templates';
import type { ServerFacts } from './context';
import { maskSecretValues } from './file-view';
import { renderFacts } from './regenerate';
import { deviceTarget } from './render-page';

/** Where a value in a device's file comes from. */
export type ValueSource =
  | { kind: 'pbx'; placeholder: string }
  | { kind: 'device'; placeholder: string }
  | { kind: 'account'; placeholder: string; line: number; extension: string; field: string }
  | { kind: 'custom'; placeholder: string; name: string; interfaceName: string | null };

export type ExplainedFile = { fileName: string; templateId: number; templateName: string; lines: { number: number; text: string; sources: ValueSource[] }[] };

const PBX_NAMES = new Set<string>(PBX_PLACEHOLDERS.map(([name]) => name));
const ACCOUNT = /^ACCOUNT(\d+)_(.+)$/;

/**
 * A device's file as regeneration writes it, line by line, with the placeholders behind each line
 * and what feeds them (PBX settings, a line's account, the device, a custom placeholder and its
 * interface). Secrets are masked unless `reveal`. undefined when the device is not the tenant's.
 */
export function explainDeviceFile(db: DbOrTx, tenantId: number, deviceId: number, server: ServerFacts, reveal = false): ExplainedFile | undefined {
  const [row] = renderableDevices(db, tenantId, [deviceId]);
  if (!row) return undefined;
  const lines = accountsOnLines(db, [deviceId]).get(deviceId) ?? [];
  const { fileName, context } = deviceTarget(renderFacts(db, tenantId), server, row, lines);
  const result = explainRender(row.template.body, context, row.template.format);
  if (!result.ok) return { fileName, templateId: row.template.id, templateName: row.template.name, lines: [] };
  const interfaces = new Map(listNetworkInterfaces(db, tenantId).map((i) => [i.id, i.name]));
  const customs = new Map(listPlaceholders(db, tenantId).map((p) => [p.name, p.interfaceId === null ? null : (interfaces.get(p.interfaceId) ?? null)]));
  const sourceOf = (placeholder: string): ValueSource => {
    const account = ACCOUNT.exec(placeholder);
    if (account) {
      const line = Number(account[1]);
      return { kind: 'account', placeholder, line, extension: lines[line - 1]?.extension ?? '', field: account[2] };
    }
    if (placeholder.startsWith('_'))
      return { kind: 'custom', placeholder, name: placeholder.slice(1), interfaceName: customs.get(placeholder.slice(1)) ?? null };
    return PBX_NAMES.has(placeholder) ? { kind: 'pbx', placeholder } : { kind: 'device', placeholder };
  };
  return {
    fileName,
    templateId: row.template.id,
    templateName: row.template.name,
    lines: result.lines.map((line, i) => ({
      number: i + 1,
      text: reveal ? line.text : maskSecretValues(line.text, line.values),
      sources: line.placeholders.map(sourceOf),
    })),
  };
}
