import { z } from 'zod';
import type { Role } from '@/lib/auth/roles';
import { id, name, singleLine } from './common';

/** The same roles as db/schema/users.ts (validation stays free of @/db values). */
export const ROLE_CHOICES = ['owner', 'tenant_admin', 'viewer'] as const satisfies readonly Role[];
export const roleSchema = z.enum(ROLE_CHOICES, { error: 'validation:user.roleInvalid' });

const username = singleLine(z.string().trim().min(1, 'validation:user.usernameRequired').max(64, 'validation:text.tooLong')).refine(
  (text) => /^[A-Za-z0-9._@-]+$/.test(text),
  'validation:user.usernameInvalid',
);
/** Long enough to resist guessing: the sign-in throttle slows online guesses, not a stolen hash. */
export const newPasswordSchema = z
  .string({ error: 'validation:user.passwordTooShort' })
  .min(12, 'validation:user.passwordTooShort')
  .max(256, 'validation:text.tooLong');
const tenantIds = z.array(id, { error: 'validation:invalidType' }).max(1000, 'validation:invalidType');

/** A tenant admin or viewer without a tenant could do nothing at all: at least one is required. */
const needsTenants = (value: { role: Role; tenantIds: number[] }) => value.role === 'owner' || value.tenantIds.length > 0;
const TENANTS_REQUIRED = { message: 'validation:user.tenantsRequired', path: ['tenantIds'] };

export const userCreateSchema = z
  .object({ username, password: newPasswordSchema, role: roleSchema, tenantIds: tenantIds.default([]) })
  .refine(needsTenants, TENANTS_REQUIRED);
export type UserCreateInput = z.input<typeof userCreateSchema>;

export const userAccessSchema = z.object({ role: roleSchema, tenantIds: tenantIds.default([]) }).refine(needsTenants, TENANTS_REQUIRED);
export type UserAccessInput = z.input<typeof userAccessSchema>;

export const passwordResetSchema = z.object({ password: newPasswordSchema });
export type PasswordResetInput = z.input<typeof passwordResetSchema>;

export const passwordChangeSchema = z
  .object({
    currentPassword: z.string().min(1, 'validation:login.passwordRequired').max(256, 'validation:text.tooLong'),
    newPassword: newPasswordSchema,
    confirmPassword: z.string().max(256, 'validation:text.tooLong'),
  })
  .refine((value) => value.newPassword === value.confirmPassword, { message: 'validation:user.passwordMismatch', path: ['confirmPassword'] });
export type PasswordChangeInput = z.input<typeof passwordChangeSchema>;

export const apiTokenSchema = z.object({ name, role: roleSchema, tenantIds: tenantIds.default([]) }).refine(needsTenants, TENANTS_REQUIRED);
export type ApiTokenInput = z.input<typeof apiTokenSchema>;
