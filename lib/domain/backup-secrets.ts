import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { z } from 'zod';
import { DomainError } from '@/lib/errors';

/**
 * The secrets of a tenant backup, sealed with a passphrase the admin types (never with the server's own key: the file
 * must open on another installation): AES-256-GCM under a scrypt-derived key, the salt, IV and tag stored beside it.
 */

const KEY_BYTES = 32;
const SCRYPT = { N: 2 ** 15, r: 8, p: 1 } as const;
/** A file naming a costlier derivation is refused rather than left to tie up the server. */
const MAX_N = 2 ** 16;
const AAD = Buffer.from('provisio-tenant-backup');

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
export const sealedSecretsSchema = z.object({
  cipher: z.literal('aes-256-gcm'),
  kdf: z.literal('scrypt'),
  N: z
    .number()
    .int()
    .min(2 ** 10)
    .max(MAX_N)
    .refine((n) => (n & (n - 1)) === 0),
  r: z.number().int().min(1).max(8),
  p: z.number().int().min(1).max(4),
  salt: base64,
  iv: base64,
  tag: base64,
  data: base64,
});
export type SealedSecrets = z.infer<typeof sealedSecretsSchema>;

const deriveKey = (passphrase: string, salt: Buffer, { N, r, p }: { N: number; r: number; p: number }) =>
  scryptSync(passphrase.normalize('NFC'), salt, KEY_BYTES, { N, r, p, maxmem: 256 * N * r });

export function sealBackupSecrets(plain: unknown, passphrase: string): SealedSecrets {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', deriveKey(passphrase, salt, SCRYPT), iv).setAAD(AAD);
  const data = Buffer.concat([cipher.update(JSON.stringify(plain), 'utf8'), cipher.final()]);
  const b64 = (bytes: Buffer) => bytes.toString('base64');
  return { cipher: 'aes-256-gcm', kdf: 'scrypt', ...SCRYPT, salt: b64(salt), iv: b64(iv), tag: b64(cipher.getAuthTag()), data: b64(data) };
}

/** The sealed secrets opened; a wrong passphrase (or an altered file) is a 400 under `passphrase`. */
export function openBackupSecrets(sealed: SealedSecrets, passphrase: string): unknown {
  const bytes = (text: string) => Buffer.from(text, 'base64');
  try {
    const decipher = createDecipheriv('aes-256-gcm', deriveKey(passphrase, bytes(sealed.salt), sealed), bytes(sealed.iv)).setAAD(AAD);
    decipher.setAuthTag(bytes(sealed.tag));
    return JSON.parse(Buffer.concat([decipher.update(bytes(sealed.data)), decipher.final()]).toString('utf8')) as unknown;
  } catch {
    throw new DomainError(400, 'validation:backup.passphraseWrong', 'passphrase');
  }
}
