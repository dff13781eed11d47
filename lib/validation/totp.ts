import { z } from 'zod';

/** Six digits from the authenticator app; spaces (apps show `123 456`) are dropped. */
export const totpCode = z
  .string({ error: 'validation:totp.codeFormat' })
  .transform((text) => text.replace(/\s+/g, ''))
  .pipe(z.string().regex(/^\d{6}$/, 'validation:totp.codeFormat'));

export const totpConfirmSchema = z.object({ code: totpCode });
export type TotpConfirmInput = z.input<typeof totpConfirmSchema>;

/** Turning TOTP off: a current code or the password. */
export const totpDisableSchema = z.object({ proof: z.string().min(1, 'validation:totp.proofRequired').max(256, 'validation:text.tooLong') });
export type TotpDisableInput = z.input<typeof totpDisableSchema>;

/** The sign-in's second step: the pending sign-in from the first step and the code. */
export const loginCodeSchema = z.object({
  pending: z.string().min(1, 'auth:errors.codeExpired').max(512, 'auth:errors.codeExpired'),
  code: totpCode,
  next: z.string().optional(),
});
export type LoginCodeInput = z.input<typeof loginCodeSchema>;
