import { z } from 'zod';
import { ianaTimeZone, id, singleLine, vlanId, wholeNumber } from './common';
import { emptyToNull } from './form-values';
import { deviceListParamsSchema } from './list-params';

/** Rows a page can hold: an explicit selection is one page's; "all matching" goes by the filter. */
export const MAX_BULK_IDS = 500;

/** Which devices a bulk action works on: rows picked on the list, or every device the list's filter selects. */
export const bulkTargetSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({
      kind: z.literal('ids'),
      ids: z.array(id).min(1, 'validation:bulk.noDevices').max(MAX_BULK_IDS, 'validation:bulk.tooManyIds'),
    }),
    z.object({ kind: z.literal('filter'), filter: z.preprocess((value) => value ?? {}, deviceListParamsSchema) }),
  ],
  { error: 'validation:bulk.targetInvalid' },
);

/** A choice of a select: '' (nothing chosen) is refused with `message`. */
const requiredId = (message: string) => z.preprocess((v) => (v === '' ? undefined : v), wholeNumber(message, 1));

/** What an admin password becomes: one typed for all, a new random one each, or the tenant's default. */
export const ADMIN_PASSWORD_POLICIES = ['set', 'random', 'tenant-default'] as const;

/** The kinds of bulk change, in the order the console offers them. */
export const BULK_ACTIONS = ['enable', 'disable', 'model', 'vlan', 'language', 'timeZone', 'adminPassword', 'delete'] as const;
export type BulkActionType = (typeof BULK_ACTIONS)[number];

/**
 * One bulk change, for the console's form, its server actions and `POST /api/v1/devices/bulk` alike. Empty VLAN
 * fields mean "no VLAN"; an empty language or time zone means "the PBX's", as on the device form.
 */
export const bulkActionSchema = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.literal('enable') }),
    z.object({ type: z.literal('disable') }),
    z.object({ type: z.literal('model'), modelId: requiredId('validation:bulk.modelRequired'), templateId: requiredId('validation:device.templateUnknown') }),
    z.object({
      type: z.literal('vlan'),
      vlanId: z.preprocess(emptyToNull, vlanId.nullable()),
      vlanPriority: z.preprocess(emptyToNull, wholeNumber('validation:vlan.priorityInvalid', 0, 7).nullable()),
    }),
    z.object({ type: z.literal('language'), language: z.preprocess((v) => v ?? '', singleLine(z.string().trim().max(16, 'validation:text.tooLong'))) }),
    z.object({ type: z.literal('timeZone'), timeZone: z.preprocess((v) => v ?? '', z.union([z.literal(''), ianaTimeZone])) }),
    z
      .object({
        type: z.literal('adminPassword'),
        policy: z.enum(ADMIN_PASSWORD_POLICIES, { error: 'validation:bulk.policyInvalid' }),
        password: z.string().max(128, 'validation:text.tooLong').default(''),
      })
      .refine((a) => a.policy !== 'set' || a.password !== '', { path: ['password'], message: 'validation:bulk.passwordRequired' }),
    z.object({ type: z.literal('delete') }),
  ],
  { error: 'validation:bulk.actionInvalid' },
);

export const bulkRequestSchema = z.object({ target: bulkTargetSchema, action: bulkActionSchema });

export type BulkTarget = z.output<typeof bulkTargetSchema>;
export type BulkAction = z.output<typeof bulkActionSchema>;
export type BulkActionValues = z.input<typeof bulkActionSchema>;
export type BulkRequest = z.output<typeof bulkRequestSchema>;
