import { z } from 'zod';
import { bool } from './common';

/** The shortest passphrase that may seal a backup's passwords (the messages say 12). */
export const MIN_PASSPHRASE_LENGTH = 12;

/** "Download a backup": passwords only when ticked, then sealed with a passphrase typed twice. */
export const tenantBackupFormSchema = z
  .object({
    secrets: bool.default(false),
    passphrase: z.string().max(1024, 'validation:text.tooLong').default(''),
    confirm: z.string().max(1024, 'validation:text.tooLong').default(''),
  })
  .refine((v) => !v.secrets || v.passphrase.length >= MIN_PASSPHRASE_LENGTH, { path: ['passphrase'], message: 'validation:backup.passphraseShort' })
  .refine((v) => !v.secrets || v.passphrase === v.confirm, { path: ['confirm'], message: 'validation:backup.passphraseMismatch' });
export type TenantBackupFormValues = z.input<typeof tenantBackupFormSchema>;
export type TenantBackupFormOutput = z.output<typeof tenantBackupFormSchema>;

/** "Restore from a backup": the file's text and, when it holds passwords, its passphrase. */
export const tenantRestoreSchema = z.object({
  backup: z.union([z.string().min(1, 'validation:backup.fileRequired'), z.record(z.string(), z.unknown())], { error: 'validation:backup.fileRequired' }),
  passphrase: z.string().max(1024, 'validation:text.tooLong').optional(),
});
