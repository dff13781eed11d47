import { and, eq, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '@/db/client';
import { nextVersionNumber, versionsAwaitingDevices } from '@/db/queries/template-versions';
import type { Template } from '@/db/queries/templates';
import { devices, templateVersions, type TemplateVersionOrigin } from '@/db/schema';
import { currentActor } from '@/lib/auth/actor';

export type VersionFacts = {
  origin: TemplateVersionOrigin;
  comment?: string | null;
  restoredFrom?: number | null;
  /** The devices whose file changed with this save; null when the regeneration comes later (built-ins at start). */
  changedDeviceIds: number[] | null;
};

/** Keeps the template as just saved as its next version, by `currentActor()`, in the save's transaction. Answers the version's number. */
export function recordTemplateVersion(tx: DbOrTx, template: Template, facts: VersionFacts, now = new Date()): number {
  const actor = currentActor();
  const number = nextVersionNumber(tx, template.id);
  tx.insert(templateVersions)
    .values({
      tenantId: template.tenantId,
      templateId: template.id,
      number,
      at: now,
      actorKind: actor.kind,
      actorId: actor.kind === 'user' ? actor.userId : actor.kind === 'token' ? actor.tokenId : null,
      actorName: actor.name,
      origin: facts.origin,
      comment: facts.comment || null,
      restoredFrom: facts.restoredFrom ?? null,
      firmware: template.firmware,
      format: template.format,
      lineEndings: template.lineEndings,
      body: template.body,
      changedDeviceIds: facts.changedDeviceIds,
    })
    .run();
  return number;
}

/**
 * A template without any version (written by something that bypassed the domain, e.g. a restore of an older backup)
 * gets a version 1 as found, at start. Idempotent; the migration did the same for the templates that existed then.
 */
export function recordMissingTemplateVersions(db: Db): number {
  return db.run(
    sql`INSERT INTO template_versions (tenant_id, template_id, number, at, actor_kind, actor_name, origin, firmware, format, line_endings, body)
        SELECT t.tenant_id, t.id, 1, t.updated_at * 1000, 'system', 'provisio', 'initial', t.firmware, t.format, t.line_endings, t.body
        FROM templates t WHERE NOT EXISTS (SELECT 1 FROM template_versions v WHERE v.template_id = t.id)`,
  ).changes;
}

/**
 * The built-in versions refreshed by this start learn which devices changed from the regeneration that follows them
 * (its `changedDeviceIds`, narrowed to each template's devices), in that regeneration's transaction. `onlyTemplateId`: the
 * regeneration covered that template's devices only.
 */
export function settleBuiltInVersions(tx: DbOrTx, tenantId: number, changedDeviceIds: readonly number[], onlyTemplateId?: number): void {
  for (const version of versionsAwaitingDevices(tx, tenantId)) {
    if (onlyTemplateId !== undefined && version.templateId !== onlyTemplateId) continue;
    const ofTemplate = tx
      .select({ id: devices.id })
      .from(devices)
      .where(and(eq(devices.templateId, version.templateId), sql`${devices.id} IN (SELECT value FROM json_each(${JSON.stringify(changedDeviceIds)}))`))
      .all()
      .map((d) => d.id)
      .sort((a, b) => a - b);
    tx.update(templateVersions).set({ changedDeviceIds: ofTemplate }).where(eq(templateVersions.id, version.id)).run();
  }
}
