'use server';

import type { ActionResult } from '@/lib/action-result';
import { deleteBrand, updateBrand } from '@/lib/domain/brands';
import { deleteFilenameRule, updateFilenameRuleCounted } from '@/lib/domain/filename-rules';
import { id } from '@/lib/validation/common';
import { brandSchema, filenameRuleSchema } from '@/lib/validation/entities';
import { runAction } from './run';

/** Renames a custom brand (built-ins are matched by name on upgrades, so they stay); its devices' files are regenerated. */
export async function renameBrandAction(brandId: unknown, input: unknown): Promise<ActionResult<{ id: number; name: string }>> {
  return runAction(({ db, tenantId }) => {
    const brand = updateBrand(db, tenantId, id.parse(brandId), brandSchema.parse(input));
    return { id: brand.id, name: brand.name };
  });
}

/** Refused for built-ins and while models use the brand (the message names them). */
export async function deleteBrandAction(brandId: unknown): Promise<ActionResult> {
  return runAction(({ db, tenantId }) => {
    deleteBrand(db, tenantId, id.parse(brandId));
    return null;
  });
}

/** Edits a custom rule; the files of every device using it are renamed in the same transaction (`renamed` says how many). */
export async function updateFilenameRuleAction(ruleId: unknown, input: unknown): Promise<ActionResult<{ id: number; name: string; renamed: number }>> {
  return runAction(({ db, tenantId }) => {
    const { rule, renamed } = updateFilenameRuleCounted(db, tenantId, id.parse(ruleId), filenameRuleSchema.parse(input));
    return { id: rule.id, name: rule.name, renamed };
  });
}

/** Refused for built-ins and while models use the rule. */
export async function deleteFilenameRuleAction(ruleId: unknown): Promise<ActionResult> {
  return runAction(({ db, tenantId }) => {
    deleteFilenameRule(db, tenantId, id.parse(ruleId));
    return null;
  });
}
