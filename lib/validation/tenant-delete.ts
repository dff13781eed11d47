import { z } from 'zod';

/** Deleting a tenant: the admin types its name, checked by the server too (the console's dialog and its action share this schema). */
export const tenantDeleteSchema = z.object({ confirmName: z.string().trim().min(1, 'validation:tenant.confirmNameRequired') });

export type TenantDeleteValues = z.input<typeof tenantDeleteSchema>;
