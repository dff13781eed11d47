import { eq, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '@/db/client';
import { deviceRefById } from '@/db/queries/devices';
import {
  chunks,
  commonFilesOfTenant,
  deviceFilesNamed,
  fileLookupKey,
  type FileState,
  modelsInUse,
  regenerationReads,
  type TemplateToRender,
  templatesByIds,
  tenantRenderFacts,
} from '@/db/queries/generation';
import { generatedFiles } from '@/db/schema';
import { conflict, RenderFailedError } from '@/lib/errors';
import { sealSecret } from '@/lib/secrets';
import type { TemplateFormat } from '@/lib/templates';
import { commonRenderContext, type PbxFacts, pbxValues, type ServerFacts } from './context';
import { phoneUrlCredentials } from './protection/url-credentials';
import { asBuffer, type RenderedFile, type RenderJob, renderChecked, sha256, type TenantRenderFacts } from './render-page';
import { type PageRenderer, pageRendererFor } from './render-pool';

export type RegenerateScope = 'all' | { deviceIds: readonly number[] };
/** What a regeneration did: the devices whose file was written with other content, renamed or removed (a template's history lists them). */
export type RegenerateResult = { changedDeviceIds: number[] };
/**
 * A file to write. `macStart`/`macEnd`: where the MAC sits in a device file's name (see lib/provisioning/serve.ts); null
 * for common files. `sealed`: the body as stored; null when the file it replaces has the same sha256 (nothing to write).
 */
type Target = Omit<RenderedFile, 'macStart' | 'macEnd' | 'deviceId' | 'sealed'> & {
  macStart: number | null;
  macEnd: number | null;
  deviceId: number | null;
  sealed: Uint8Array | '' | null;
};

/** Devices are read, rendered and written this many at a time: memory stays flat whatever the fleet's size. */
const PAGE_SIZE = 500;

/** The tenant's render facts; a tenant without PBX settings is a bug, not an input error. */
export function renderFacts(db: DbOrTx, tenantId: number): TenantRenderFacts {
  const facts = tenantRenderFacts(db, tenantId);
  if (!facts) throw new Error(`tenant ${tenantId} is missing its PBX settings`);
  return { ...facts, tenant: { ...facts.tenant, credentials: phoneUrlCredentials(db, tenantId) }, pbx: facts.pbx as PbxFacts };
}

/** Writes files with statements prepared once per regeneration (thousands of rows, one query plan each). */
function fileWriter(tx: Tx, tenantId: number, now: Date) {
  // A placeholder wrapped in SQL: update's set() takes SQL values, not bare placeholders (bound as given: strings, numbers, null).
  const p = (name: string) => sql`${sql.placeholder(name)}`;
  const content = { body: p('body'), sha256: p('sha256'), size: p('size'), contentType: p('contentType'), modelId: p('modelId') };
  const span = { macStart: p('macStart'), macEnd: p('macEnd') };
  const insert = tx
    .insert(generatedFiles)
    .values({ ...content, ...span, tenantId, fileName: p('fileName'), deviceId: p('deviceId'), generatedAt: now })
    .prepare();
  const update = tx
    .update(generatedFiles)
    .set({ ...content, ...span, generatedAt: now })
    .where(eq(generatedFiles.id, sql.placeholder('id')))
    .prepare();
  // The common case (a PBX change): same name and MAC span, new content; fewer values to bind.
  const updateContent = tx
    .update(generatedFiles)
    .set({ ...content, generatedAt: now })
    .where(eq(generatedFiles.id, sql.placeholder('id')))
    .prepare();
  // Same content (same sha256), another model or content type: the body stays.
  const updateFacts = tx
    .update(generatedFiles)
    .set({ contentType: p('contentType'), modelId: p('modelId'), ...span, generatedAt: now })
    .where(eq(generatedFiles.id, sql.placeholder('id')))
    .prepare();
  const updateSpan = tx
    .update(generatedFiles)
    .set(span)
    .where(eq(generatedFiles.id, sql.placeholder('id')))
    .prepare();
  const remove = tx
    .delete(generatedFiles)
    .where(eq(generatedFiles.id, sql.placeholder('id')))
    .prepare();

  const changedDevices = new Set<number>();
  const changed = (deviceId: number | null) => deviceId !== null && changedDevices.add(deviceId);

  return {
    changedDevices,
    remove(id: number, deviceId: number | null = null) {
      remove.run({ id });
      changed(deviceId);
    },
    /** Writes a target over `row`, its current file (same name and owner) if any. A file whose content is unchanged keeps its row and date. */
    write(target: Target, row: FileState | undefined) {
      const values = () => {
        // Only a file that its device already holds with this sha256 comes without its body (./render-page.ts).
        if (target.sealed === null) throw new Error(`${target.fileName} was rendered without its body`);
        return { ...target, body: target.sealed === '' ? target.sealed : asBuffer(target.sealed) };
      };
      if (!row) {
        insert.run(values());
        changed(target.deviceId);
        return;
      }
      const spanChanged = row.macStart !== target.macStart || row.macEnd !== target.macEnd;
      if (row.sha256 !== target.sha256) {
        (spanChanged ? update : updateContent).run({ ...values(), id: row.id });
        changed(target.deviceId);
      } else if (row.contentType !== target.contentType || row.modelId !== target.modelId) updateFacts.run({ ...target, id: row.id });
      // Rows written before the MAC span was recorded get it on the first regeneration (every start).
      else if (spanChanged) updateSpan.run({ ...target, id: row.id });
    },
  };
}
type FileWriter = ReturnType<typeof fileWriter>;

/** Makes `existing` (files of the same owners) hold exactly `targets`: other names go, the rest is written. */
function syncFiles(writer: FileWriter, existing: readonly FileState[], targets: readonly Target[]) {
  const wanted = new Map(targets.map((t) => [t.fileName, t]));
  const kept = new Map<string, FileState>();
  for (const row of existing) {
    if (wanted.get(row.fileName)?.deviceId === row.deviceId) kept.set(row.fileName, row);
    else writer.remove(row.id, row.deviceId);
  }
  for (const target of targets) writer.write(target, kept.get(target.fileName));
}

function fileNameTaken(tx: Tx, fileName: string, holderDeviceId: number | null) {
  const holder = holderDeviceId ? deviceRefById(tx, holderDeviceId) : undefined;
  return conflict('mac', holder ? 'validation:device.fileNameTaken' : 'validation:device.fileNameIsCommon', {
    fileName,
    holder: holder ? `${holder.mac}${holder.label ? ` (${holder.label})` : ''}` : '',
  });
}

type Reads = ReturnType<typeof regenerationReads>;

/** The device ids in scope, a page at a time, in id order (a tenant is walked by id, never loaded whole). */
function* devicePages(reads: Reads, scope: RegenerateScope): Generator<number[]> {
  if (scope !== 'all') {
    yield* chunks(
      [...new Set(scope.deviceIds)].sort((a, b) => a - b),
      PAGE_SIZE,
    );
    return;
  }
  for (let ids = reads.deviceIdsAfter(0, PAGE_SIZE); ids.length > 0; ids = reads.deviceIdsAfter(ids.at(-1)!, PAGE_SIZE)) yield ids;
}

/**
 * Names that differ only by case cannot coexist: phones may ask for a device file's MAC in either
 * case, and the lookup key is the whole name lower-cased (unique per tenant). This tracks, over the
 * pages of one regeneration, the first name two targets share and the first name held by a file
 * outside the scope (a common file, or a device not regenerated). Files of devices in scope that hold
 * a target's name under another owner or case are stale: they are returned to be removed first.
 */
class NameClaims {
  /** Lookup key → the device that claimed it: one small entry per file of the fleet (a name is looked up again only for the error). */
  private readonly claimed = new Map<string, number | null>();
  shared: { fileName: string; deviceId: number | null } | null = null;
  heldOutside: { fileName: string; deviceId: number | null } | null = null;
  constructor(private readonly inScope: (deviceId: number) => boolean) {}

  get failed() {
    return this.shared !== null || this.heldOutside !== null;
  }

  /**
   * Claims the page's names; returns the ids of stale in-scope files holding them. `own`: the files
   * the page's devices hold now. A target whose device already holds its exact name needs no look-up:
   * the lookup key is unique per tenant, so no other file can hold it.
   */
  claim(reads: Reads, targets: readonly Target[], own: readonly FileState[]): number[] {
    const byKey = new Map<string, Target>();
    for (const t of targets) {
      const key = fileLookupKey(t.fileName);
      const other = this.claimed.get(key);
      if (other === undefined) this.claimed.set(key, t.deviceId);
      // The first claimant is on this page, or written by an earlier one.
      else this.shared ??= byKey.get(key) ?? reads.fileNameHolders([t.fileName])[0] ?? { fileName: t.fileName, deviceId: other };
      byKey.set(key, t);
    }
    const held = new Set(own.map((row) => `${row.deviceId}/${row.fileName}`));
    const unheld = targets.filter((t) => !held.has(`${t.deviceId}/${t.fileName}`));
    const stale: number[] = [];
    if (unheld.length === 0) return stale;
    for (const holder of reads.fileNameHolders(unheld.map((t) => t.fileName))) {
      if (holder.deviceId === null || !this.inScope(holder.deviceId)) this.heldOutside ??= holder;
      const target = byKey.get(fileLookupKey(holder.fileName));
      if (target && (target.deviceId !== holder.deviceId || target.fileName !== holder.fileName)) stale.push(holder.id);
    }
    return stale;
  }

  error(tx: Tx) {
    const clash = this.shared ?? this.heldOutside;
    return clash && fileNameTaken(tx, clash.fileName, clash.deviceId);
  }
}

/** The templates a page needs that this regeneration has not sent yet (a fleet shares a handful). */
function templateSender(tx: Tx) {
  const sent = new Map<number, TemplateToRender>();
  return {
    newOnes(ids: readonly number[]): TemplateToRender[] {
      const missing = [...new Set(ids)].filter((id) => !sent.has(id));
      const read = missing.length > 0 ? templatesByIds(tx, missing) : [];
      for (const template of read) sent.set(template.id, template);
      return read;
    },
    byId: (id: number) => sent.get(id)!,
  };
}

// Told apart in the render thread's answers: a page left behind by a regeneration that stopped half-way is never taken for another's.
let regenerations = 0;

/**
 * Rebuilds the files of the given devices (or all of a tenant's) and the tenant's common files,
 * inside the caller's transaction, a page of devices at a time. Pages are rendered by the render
 * thread when there is one (./render-pool.ts) while this thread writes the previous page. A file
 * whose content is unchanged keeps its row and date. Throws (so the transaction rolls back) when a
 * template does not render or a name collides; every device is rendered before a collision is
 * reported, so a render failure is the error shown when there are both.
 */
export function regenerate(tx: Tx, tenantId: number, scope: RegenerateScope, server: ServerFacts, now = new Date()): RegenerateResult {
  const facts = renderFacts(tx, tenantId);
  const jobFacts = { ...facts, server, tenantPbxValues: pbxValues(facts.pbx, facts.tenant, server) };
  const writer = fileWriter(tx, tenantId, now);
  const templates = templateSender(tx);
  const ids = scope === 'all' ? null : new Set(scope.deviceIds);
  const claims = new NameClaims((deviceId) => ids === null || ids.has(deviceId));
  const reads = regenerationReads(tx, tenantId);
  const renderer = pageRendererFor();
  const regeneration = ++regenerations;

  let previous: { own: FileState[] } | null = null;
  let page = 0;
  for (const pageIds of devicePages(reads, scope)) {
    const own = reads.fileStatesOfDevices(pageIds);
    renderer.submit(renderJob(reads, pageIds, own, { regeneration, page: page++, facts: jobFacts, templates }));
    if (previous) writePage(reads, renderer, claims, writer, previous.own, templates.byId);
    previous = { own };
  }
  if (previous) writePage(reads, renderer, claims, writer, previous.own, templates.byId);

  const collision = claims.error(tx);
  if (collision) throw collision;
  regenerateCommonFiles(tx, tenantId, { ...facts, server }, writer);
  return { changedDeviceIds: [...writer.changedDevices].sort((a, b) => a - b) };
}

/** A page's devices as the renderer takes them: enabled ones only, raw, with their lines and the sha256 of the files they hold. */
function renderJob(
  reads: Reads,
  pageIds: readonly number[],
  own: readonly FileState[],
  { regeneration, page, facts, templates }: Pick<RenderJob, 'regeneration' | 'page' | 'facts'> & { templates: ReturnType<typeof templateSender> },
): RenderJob {
  const devices = reads.devicesToRender(pageIds);
  const at = (...path: string[]) => devices.fields.findIndex((field) => field.join('.') === path.join('.'));
  const [idAt, enabledAt, templateAt] = [at('device', 'id'), at('device', 'isEnabled'), at('device', 'templateId')];
  const enabled = devices.rows.filter((row) => row[enabledAt]);
  return {
    regeneration,
    page,
    facts,
    templates: templates.newOnes(enabled.map((row) => row[templateAt] as number)),
    devices: { fields: devices.fields, rows: enabled },
    lines: reads.linesToRender(enabled.map((row) => row[idAt] as number)),
    held: own.flatMap((file) => (file.deviceId === null ? [] : [[file.deviceId, file.fileName, file.sha256] as [number, string, string]])),
  };
}

/** Takes the next rendered page and writes it (nothing once a name collided: the transaction will roll back). */
function writePage(
  reads: Reads,
  renderer: PageRenderer,
  claims: NameClaims,
  writer: FileWriter,
  own: readonly FileState[],
  templateById: (id: number) => TemplateToRender,
) {
  const { files, failure } = renderer.take();
  if (failure) {
    const { issues, ...target } = failure;
    throw new RenderFailedError({ ...target, templateName: templateById(failure.templateId).name }, issues);
  }
  const stale = new Set(claims.claim(reads, files, own));
  if (claims.failed) return;
  for (const id of stale) writer.remove(id);
  syncFiles(
    writer,
    own.filter((row) => !stale.has(row.id)),
    files,
  );
}

/** A common file is XML when its name or its first character says so. */
export const commonFileFormat = (file: { fileName: string; body: string }): TemplateFormat =>
  file.fileName.endsWith('.xml') || file.body.trimStart().startsWith('<') ? 'xml' : 'text';

/** Common files of every model that has at least one enabled device in the tenant. */
function regenerateCommonFiles(tx: Tx, tenantId: number, facts: Parameters<typeof commonRenderContext>[0], writer: FileWriter) {
  const context = commonRenderContext(facts);
  const targets = new Map<string, Target & { modelName: string }>();
  for (const model of modelsInUse(tx, tenantId)) {
    for (const file of model.commonFiles) {
      const format = commonFileFormat(file);
      const rendered = renderChecked(file.body, context, format);
      if (!rendered.ok) throw new RenderFailedError({ modelId: model.id, fileName: file.fileName }, rendered.issues);
      const hash = sha256(rendered.text);
      // Keyed by lookup name: two models' common files that differ only by case collide too.
      const previous = targets.get(fileLookupKey(file.fileName));
      if (previous && (previous.sha256 !== hash || previous.fileName !== file.fileName)) {
        throw conflict('commonFiles', 'validation:model.commonFileConflict', { fileName: file.fileName, model: previous.modelName });
      }
      if (!previous)
        targets.set(fileLookupKey(file.fileName), {
          fileName: file.fileName,
          macStart: null,
          macEnd: null,
          sha256: hash,
          size: Buffer.byteLength(rendered.text),
          sealed: sealSecret(rendered.text),
          contentType: format === 'xml' ? 'application/xml' : 'text/plain',
          deviceId: null,
          modelId: model.id,
          modelName: model.name,
        });
    }
  }
  const deviceHolder = deviceFilesNamed(
    tx,
    tenantId,
    [...targets.values()].map((t) => t.fileName),
  )[0];
  if (deviceHolder) throw fileNameTaken(tx, deviceHolder.fileName, deviceHolder.deviceId);
  syncFiles(writer, commonFilesOfTenant(tx, tenantId), [...targets.values()]);
}
