import { z } from 'zod';
import { accountSchema } from './entities';

/**
 * Editing an account: the SIP password may stay empty, which keeps the stored one (the action
 * drops the empty value; the password is never sent to the browser).
 */
export const accountEditSchema = accountSchema.extend({
  sipPassword: z.string().max(128, 'validation:text.tooLong').default(''),
});

export type AccountFormValues = z.input<typeof accountSchema>;
export type AccountFormOutput = z.output<typeof accountSchema>;
