import { z } from 'zod';
import { accountFields, accountSchema, sipUserDefaultsToExtension } from './entities';

/**
 * Editing an account: the SIP password may stay empty, which keeps the stored one (the action
 * drops the empty value; the password is never sent to the browser).
 */
export const accountEditSchema = accountFields
  .extend({ sipPassword: z.string().max(128, 'validation:text.tooLong').default('') })
  .overwrite(sipUserDefaultsToExtension);

export type AccountFormValues = z.input<typeof accountSchema>;
export type AccountFormOutput = z.output<typeof accountSchema>;
