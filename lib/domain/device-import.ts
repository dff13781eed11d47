import { and, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db, Tx } from '@/db/client';
import { listAccounts } from '@/db/queries/accounts';
import { deviceFormChoices } from '@/db/queries/device-models';
import { tenantDevicesWithLines } from '@/db/queries/device-import';
import type { DeviceWithLines } from '@/db/queries/devices';
import { chunks } from '@/db/queries/generation';
import { getPbxSettings } from '@/db/queries/pbx';
import { liveServers } from '@/db/queries/redirection-jobs';
import { accounts, deviceLines, devices, unknownDevices } from '@/db/schema';
import { type AuditEntry, recordAudits } from '@/lib/audit/record';
import { generateSecret } from '@/lib/auth/secrets';
import { isI18nKey } from '@/lib/i18n/settings';
import { formatMac } from '@/lib/mac';
import { macSchema } from '@/lib/validation/common';
import { deviceFormSchema } from '@/lib/validation/device-form';
import { accountSchema, type AccountInput, type DeviceInput } from '@/lib/validation/entities';
import {
  columnMeaning,
  columnOfField,
  type CsvProblem,
  type CsvRow,
  DEVICE_COLUMNS,
  type DeviceColumn,
  enabledCell,
  LINE_ACCOUNT_FIELDS,
  type LineAccountField,
  type ParsedCsv,
  parseDeviceCsv,
} from './device-csv';
import { queueDeviceChange } from './redirection';
import { writeAndRegenerate } from './support';

/**
 * CSV import of devices: a dry run tells, per row, create / update (the MAC exists) / unchanged / error with its
 * problems; the apply writes the valid rows (or, "all or nothing", none when one has an error) in ONE transaction
 * with one regeneration pass. Models, templates, accounts and devices are read once, not per row.
 */

export type ImportStatus = 'create' | 'update' | 'unchanged' | 'error';
export type ImportMode = 'valid' | 'all-or-nothing';
export type ImportRowResult = { line: number; mac: string; status: ImportStatus; deviceId?: number; problems: CsvProblem[]; newAccounts: string[] };
export type ImportReport = {
  dryRun: boolean;
  mode: ImportMode;
  /** Whether the rows were written (false for a dry run, and for "all or nothing" with an error). */
  applied: boolean;
  counts: Record<ImportStatus, number>;
  accountsCreated: number;
  rows: ImportRowResult[];
};

/** Empty cells of these columns keep the device's value (a new device gets the default); other empty cells clear. */
const KEEP_WHEN_EMPTY = new Set<DeviceColumn>(['model', 'template', 'enabled', 'admin_user', 'admin_password', 'network_mode']);
/** Where the lines of not-yet-created accounts sit during validation: ids no real row has. */
const PENDING_ID_BASE = Number.MAX_SAFE_INTEGER - 1_000_000;

type NewAccount = { key: number; line: number; input: AccountInput };
type LineRef = { accountId: number } | { pending: NewAccount };
type PlannedRow = ImportRowResult & { data?: DeviceInput; lineRefs?: LineRef[]; current?: DeviceWithLines; brandName?: string; currentBrandName?: string };

type Lookups = ReturnType<typeof loadLookups>;

function loadLookups(tx: Tx, tenantId: number) {
  const choices = deviceFormChoices(tx, tenantId);
  const brandNames = new Map(choices.brands.map((b) => [b.id, b.name]));
  const models = new Map(choices.models.map((m) => [m.name.toLowerCase(), { ...m, brandName: brandNames.get(m.brandId) ?? '' }]));
  const brandOfModel = new Map(choices.models.map((m) => [m.id, brandNames.get(m.brandId) ?? '']));
  const templatesOfModel = new Map<number, { id: number; name: string }[]>();
  for (const t of choices.templates) templatesOfModel.set(t.modelId, [...(templatesOfModel.get(t.modelId) ?? []), t]);
  const byExtension = new Map<string, number[]>();
  const usernames = new Set<string>();
  for (const account of listAccounts(tx, tenantId)) {
    byExtension.set(account.extension, [...(byExtension.get(account.extension) ?? []), account.id]);
    usernames.add(account.sipUsername);
  }
  const existing = new Map(tenantDevicesWithLines(tx, tenantId).map((d) => [d.mac, d]));
  return {
    models,
    brandOfModel,
    templatesOfModel,
    byExtension,
    usernames,
    existing,
    newAccounts: new Map<string, NewAccount>(),
    macs: new Map<string, number>(),
  };
}

const problemsOf = (error: z.ZodError, columnOf: (path: readonly PropertyKey[]) => string | null): CsvProblem[] =>
  error.issues.map((issue) => ({ column: columnOf(issue.path), code: isI18nKey(issue.message) ? issue.message : 'validation:invalidType' }));

/** The device's current values as the form would send them. */
function formValues(device: DeviceWithLines): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const field of Object.values(DEVICE_COLUMNS)) values[field] = device[field];
  return { ...values, lines: device.lines };
}

/** The model, the template and the device fields of a row, over the device's current values when it exists. */
function deviceValues(row: CsvRow, current: DeviceWithLines | undefined, lookups: Lookups, problems: CsvProblem[]) {
  const input: Record<string, unknown> = current ? formValues(current) : {};
  for (const [column, cell] of Object.entries(row.cells)) {
    const meaning = columnMeaning(column);
    if (meaning?.kind !== 'device' || ['mac', 'model', 'template'].includes(meaning.column)) continue;
    if (cell === '' && KEEP_WHEN_EMPTY.has(meaning.column)) continue;
    if (meaning.column === 'enabled') {
      const enabled = enabledCell(cell);
      if (enabled === 'invalid') problems.push({ column, code: 'validation:import.enabledInvalid' });
      else input.isEnabled = enabled;
    } else input[DEVICE_COLUMNS[meaning.column]] = cell;
  }
  const modelName = row.cells.model ?? '';
  let modelId = current?.modelId;
  if (modelName !== '') {
    modelId = lookups.models.get(modelName.toLowerCase())?.id;
    if (modelId === undefined) problems.push({ column: 'model', code: 'validation:import.modelUnknown', params: { name: modelName } });
  } else if (!current) problems.push({ column: 'model', code: 'validation:import.modelRequired' });
  if (modelId === undefined) return { input, modelId };
  const templates = lookups.templatesOfModel.get(modelId) ?? [];
  const templateName = row.cells.template ?? '';
  let templateId: number | undefined;
  if (templateName !== '') {
    templateId = templates.find((t) => t.name.toLowerCase() === templateName.toLowerCase())?.id;
    if (templateId === undefined)
      problems.push({ column: 'template', code: 'validation:import.templateUnknown', params: { name: templateName, model: modelName } });
  } else {
    templateId = current && current.modelId === modelId ? current.templateId : templates[0]?.id;
    if (templateId === undefined) problems.push({ column: 'template', code: 'validation:import.modelHasNoTemplate', params: { model: modelName } });
  }
  return { input: { ...input, modelId, templateId }, modelId };
}

/** A line's account: an existing one by extension, or one this file creates (first row to name the extension). */
function lineAccount(row: CsvRow, position: number, extension: string, lookups: Lookups, problems: CsvProblem[]): LineRef | null {
  const column = `line${position}`;
  const ids = lookups.byExtension.get(extension) ?? [];
  if (ids.length === 1) return { accountId: ids[0] };
  if (ids.length > 1) {
    problems.push({ column, code: 'validation:import.extensionAmbiguous', params: { extension } });
    return null;
  }
  const cell = (field: LineAccountField) => row.cells[`${column}_${field}`] ?? '';
  const planned = lookups.newAccounts.get(extension);
  if (planned) {
    if (cell('sip_password') !== '' && cell('sip_password') !== planned.input.sipPassword)
      problems.push({ column: `${column}_sip_password`, code: 'validation:import.accountConflict', params: { extension, line: planned.line } });
    return { pending: planned };
  }
  if (cell('sip_password') === '') {
    problems.push({ column, code: 'validation:import.extensionUnknown', params: { extension, position } });
    return null;
  }
  const parsed = accountSchema.safeParse({
    extension,
    sipUsername: cell('sip_username') || extension,
    sipPassword: cell('sip_password'),
    displayName: cell('display_name'),
  });
  if (!parsed.success) {
    const fieldColumn = (path: readonly PropertyKey[]) => {
      const field = Object.entries(LINE_ACCOUNT_FIELDS).find(([, name]) => name === path[0])?.[0];
      return field ? `${column}_${field}` : column;
    };
    problems.push(...problemsOf(parsed.error, fieldColumn));
    return null;
  }
  if (lookups.usernames.has(parsed.data.sipUsername)) {
    problems.push({ column: `${column}_sip_username`, code: 'validation:account.usernameTaken', params: { username: parsed.data.sipUsername } });
    return null;
  }
  const account = { key: lookups.newAccounts.size, line: row.line, input: parsed.data };
  lookups.newAccounts.set(extension, account);
  lookups.usernames.add(parsed.data.sipUsername);
  return { pending: account };
}

/** The row's lines when the file has line columns (an empty lineN before a filled one is refused); null: keep them. */
function lineRefs(row: CsvRow, lookups: Lookups, problems: CsvProblem[]): (LineRef | null)[] | null {
  const positions = Object.keys(row.cells)
    .map(columnMeaning)
    .flatMap((m) => (m?.kind === 'line' ? [m.position] : []));
  if (positions.length === 0) return null;
  const last = Math.max(...positions.filter((p) => (row.cells[`line${p}`] ?? '') !== ''), 0);
  const refs: (LineRef | null)[] = [];
  for (let position = 1; position <= last; position++) {
    const extension = row.cells[`line${position}`] ?? '';
    if (extension === '') problems.push({ column: `line${position}`, code: 'validation:import.lineGap', params: { position } });
    else refs.push(lineAccount(row, position, extension, lookups, problems));
  }
  return refs;
}

const pendingId = (ref: LineRef) => ('accountId' in ref ? ref.accountId : PENDING_ID_BASE + ref.pending.key);
const sameValue = (a: unknown, b: unknown) => (a ?? '') === (b ?? '');
const isUnchanged = (current: DeviceWithLines, data: DeviceInput) =>
  Object.values(DEVICE_COLUMNS).every((field) => sameValue(current[field], data[field])) && current.lines.join(',') === data.lines.join(',');

function planRow(row: CsvRow, lookups: Lookups): PlannedRow {
  const problems = [...row.problems];
  const macCell = row.cells.mac ?? '';
  const mac = macSchema.safeParse(macCell);
  if (!mac.success) problems.push(...problemsOf(mac.error, () => 'mac'));
  const current = mac.success ? lookups.existing.get(mac.data) : undefined;
  if (mac.success) {
    const earlier = lookups.macs.get(mac.data);
    if (earlier !== undefined) problems.push({ column: 'mac', code: 'validation:import.macRepeated', params: { line: earlier } });
    else lookups.macs.set(mac.data, row.line);
  }
  const { input, modelId } = deviceValues(row, current, lookups, problems);
  const refs = lineRefs(row, lookups, problems);
  const result = { line: row.line, mac: mac.success ? mac.data : macCell, problems, newAccounts: [] as string[], ...(current ? { deviceId: current.id } : {}) };
  if (problems.length > 0 || !mac.success || modelId === undefined) return { ...result, status: 'error' };
  const resolved = refs?.filter((ref): ref is LineRef => ref !== null);
  const parsed = deviceFormSchema.safeParse({ ...input, mac: mac.data, ...(resolved ? { lines: resolved.map(pendingId) } : {}) });
  if (!parsed.success) return { ...result, status: 'error', problems: problemsOf(parsed.error, columnOfField) };
  const lineRefsOf = resolved ?? (current?.lines ?? []).map((accountId) => ({ accountId }));
  const newAccounts = lineRefsOf.flatMap((ref) => ('pending' in ref && ref.pending.line === row.line ? [ref.pending.input.extension] : []));
  const status = !current ? 'create' : isUnchanged(current, parsed.data) ? 'unchanged' : 'update';
  return {
    ...result,
    status,
    newAccounts,
    data: parsed.data,
    lineRefs: lineRefsOf,
    current,
    brandName: lookups.brandOfModel.get(modelId),
    currentBrandName: current && lookups.brandOfModel.get(current.modelId),
  };
}

const countsOf = (rows: readonly ImportRowResult[]) => {
  const counts: Record<ImportStatus, number> = { create: 0, update: 0, unchanged: 0, error: 0 };
  for (const row of rows) counts[row.status]++;
  return counts;
};

function plan(tx: Tx, tenantId: number, csv: ParsedCsv) {
  const lookups = loadLookups(tx, tenantId);
  const rows = csv.rows.map((row) => planRow(row, lookups));
  return { rows, counts: countsOf(rows), newAccounts: lookups.newAccounts };
}

const publicRow = ({ data: _d, lineRefs: _l, current: _c, brandName: _b, currentBrandName: _cb, ...row }: PlannedRow): ImportRowResult => row;
const auditLabel = (device: { label: string; mac: string }) => device.label || formatMac(device.mac, 'colon-upper');
const accountLabel = (account: { extension: string; displayName: string }) => [account.extension, account.displayName].filter(Boolean).join(' ');

/** Rows of one multi-row INSERT (a device binds about 20 values: far below SQLite's variable limit). */
const INSERT_BATCH = 200;

/** Creates the accounts the file defines that some written row uses, a batch at a time; answers pending key → id. */
function createAccounts(tx: Tx, tenantId: number, rows: readonly PlannedRow[], audits: AuditEntry[]): Map<number, number> {
  const pending = new Map<number, NewAccount>();
  for (const row of rows) for (const ref of row.lineRefs ?? []) if ('pending' in ref) pending.set(ref.pending.key, ref.pending);
  const ids = new Map<number, number>();
  for (const batch of chunks([...pending.values()], INSERT_BATCH)) {
    const values = batch.map(({ input }) => ({ ...input, authUsername: input.authUsername || input.sipUsername, tenantId }));
    const inserted = tx.insert(accounts).values(values).returning({ id: accounts.id, sipUsername: accounts.sipUsername }).all();
    const idOf = new Map(inserted.map((a) => [a.sipUsername, a.id]));
    batch.forEach((account, i) => {
      const id = idOf.get(account.input.sipUsername)!;
      ids.set(account.key, id);
      audits.push({ tenantId, entity: 'account', entityId: id, label: accountLabel(values[i]), action: 'create', after: { id, ...values[i] } });
    });
  }
  return ids;
}

const ADMIN_PASSWORD_BYTES = 12;
type Target = { mac: string; isEnabled: boolean; brandName: string };

/**
 * Writes the planned creates (a batch per INSERT) and updates, with an audit entry each and the redirection intents;
 * answers the ids to regenerate. Statements are few on purpose: 10,000 rows must import in seconds.
 */
function writeRows(tx: Tx, tenantId: number, rows: PlannedRow[]): number[] {
  const now = new Date();
  const audits: AuditEntry[] = [];
  const accountIds = createAccounts(tx, tenantId, rows, audits);
  const tenantDefault = getPbxSettings(tx, tenantId)?.defaultAdminPassword ?? '';
  const redirections: [Target | null, Target][] = [];
  const linesOf = (row: PlannedRow) => row.lineRefs!.map((ref) => ('accountId' in ref ? ref.accountId : accountIds.get(ref.pending.key)!));
  const lineValues: { deviceId: number; position: number; accountId: number }[] = [];
  const fieldsOf = ({ lines: _lines, ...fields }: DeviceInput) => fields;

  for (const batch of chunks(
    rows.filter((row) => row.status === 'create'),
    INSERT_BATCH,
  )) {
    const values = batch.map((row) => {
      const fields = fieldsOf(row.data!);
      return { ...fields, adminPassword: fields.adminPassword || tenantDefault || generateSecret(ADMIN_PASSWORD_BYTES), tenantId };
    });
    const idOf = new Map(
      tx
        .insert(devices)
        .values(values)
        .returning({ id: devices.id, mac: devices.mac })
        .all()
        .map((d) => [d.mac, d.id]),
    );
    batch.forEach((row, i) => {
      const device = { id: idOf.get(values[i].mac)!, ...values[i] };
      const lines = linesOf(row);
      row.deviceId = device.id;
      lines.forEach((accountId, position) => lineValues.push({ deviceId: device.id, position: position + 1, accountId }));
      audits.push({ tenantId, entity: 'device', entityId: device.id, label: auditLabel(device), action: 'create', after: { ...device, lines } });
      redirections.push([null, { mac: device.mac, isEnabled: device.isEnabled, brandName: row.brandName ?? '' }]);
    });
  }
  const updated = rows.filter((row) => row.status === 'update');
  for (const row of updated) {
    const current = row.current!;
    const fields = fieldsOf(row.data!);
    const lines = linesOf(row);
    tx.update(devices)
      .set({ ...fields, updatedAt: now })
      .where(eq(devices.id, current.id))
      .run();
    lines.forEach((accountId, position) => lineValues.push({ deviceId: current.id, position: position + 1, accountId }));
    audits.push({
      tenantId,
      entity: 'device',
      entityId: current.id,
      label: auditLabel(fields),
      action: 'update',
      before: current,
      after: { ...current, ...fields, lines },
    });
    redirections.push([
      { mac: current.mac, isEnabled: current.isEnabled, brandName: row.currentBrandName ?? '' },
      { mac: fields.mac, isEnabled: fields.isEnabled, brandName: row.brandName ?? '' },
    ]);
  }
  for (const ids of chunks(updated.map((row) => row.current!.id))) tx.delete(deviceLines).where(inArray(deviceLines.deviceId, ids)).run();
  for (const batch of chunks(lineValues)) tx.insert(deviceLines).values(batch).run();
  const created = rows.filter((row) => row.status === 'create').map((row) => row.data!.mac);
  for (const macs of chunks(created))
    tx.delete(unknownDevices)
      .where(and(eq(unknownDevices.tenantId, tenantId), inArray(unknownDevices.mac, macs)))
      .run();
  if (liveServers(tx, tenantId).length > 0) for (const [before, after] of redirections) queueDeviceChange(tx, tenantId, before, after);
  recordAudits(tx, audits, now);
  return rows.map((row) => row.deviceId!);
}

/** The dry run: what applying the file would do, row by row; writes nothing. */
export function dryRunDeviceImport(db: Db, tenantId: number, text: string, mode: ImportMode = 'valid'): ImportReport {
  const csv = parseDeviceCsv(text);
  const planned = db.transaction((tx) => plan(tx, tenantId, csv));
  return { dryRun: true, mode, applied: false, counts: planned.counts, accountsCreated: 0, rows: planned.rows.map(publicRow) };
}

/**
 * Applies the file: the valid rows (`valid`), or every row and none when one has an error (`all-or-nothing`), in one
 * transaction with one regeneration pass of the devices created or updated. A file name clash or a template that
 * cannot render for one of them refuses the whole import (nothing is written).
 */
export function applyDeviceImport(db: Db, tenantId: number, text: string, mode: ImportMode = 'valid'): ImportReport {
  const csv = parseDeviceCsv(text);
  const result = writeAndRegenerate(
    db,
    tenantId,
    (tx) => {
      const planned = plan(tx, tenantId, csv);
      const writable = planned.rows.filter((row) => row.status === 'create' || row.status === 'update');
      const refused = mode === 'all-or-nothing' && planned.counts.error > 0;
      const touched = refused ? [] : writeRows(tx, tenantId, writable);
      const accountsCreated = refused
        ? 0
        : new Set(writable.flatMap((row) => row.lineRefs!.flatMap((ref) => ('pending' in ref ? [ref.pending.key] : [])))).size;
      return { planned, touched, applied: !refused, accountsCreated };
    },
    (_tx, { touched }) => (touched.length > 0 ? { deviceIds: touched } : null),
  );
  const { planned, applied, accountsCreated } = result;
  return { dryRun: false, mode, applied, counts: planned.counts, accountsCreated, rows: planned.rows.map(publicRow) };
}
