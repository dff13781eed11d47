import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { env } from '@/lib/env';

/**
 * Vendor credentials at rest: AES-256-GCM with a key from PROVISIO_SECRET_KEY (base64, 32 bytes)
 * or from $DATA_DIR/secret.key (mode 0600, made at first start). A value reads
 * `v1:<iv>:<tag>:<ciphertext>` (base64 parts); anything else is a plaintext left by an older release.
 */
const PREFIX = 'v1:';
export const SECRET_KEY_FILE = 'secret.key';

const holder = globalThis as typeof globalThis & { __provisioSecretKey?: { dir: string; key: Buffer } };

export const isEncrypted = (value: string) => value.startsWith(PREFIX);

function keyFromEnv(): Buffer | null {
  const raw = env().PROVISIO_SECRET_KEY;
  if (!raw) return null;
  const key = Buffer.from(raw, 'base64');
  if (key.length !== 32) throw new Error('PROVISIO_SECRET_KEY must be 32 bytes, base64-encoded (e.g. `openssl rand -base64 32`)');
  return key;
}

/**
 * The key, loaded once. `create` (first start only) writes a new key file when there is none;
 * otherwise a missing key is an error, since the database's secrets could not be read.
 */
export function secretKey(options: { create?: boolean } = {}): Buffer {
  const dir = env().DATA_DIR;
  if (holder.__provisioSecretKey?.dir === dir) return holder.__provisioSecretKey.key;
  const file = path.join(dir, SECRET_KEY_FILE);
  let key = keyFromEnv();
  if (!key && fs.existsSync(file)) key = Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
  if (!key && options.create) {
    key = randomBytes(32);
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    fs.writeFileSync(file, `${key.toString('base64')}\n`, { mode: 0o600 });
  }
  if (!key || key.length !== 32)
    throw new Error(
      `The secret key is missing or damaged: restore ${file} or set PROVISIO_SECRET_KEY (vendor credentials in the database cannot be read without it)`,
    );
  holder.__provisioSecretKey = { dir, key };
  return key;
}

export function encryptSecret(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', secretKey(), iv);
  const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return `${PREFIX}${iv.toString('base64')}:${cipher.getAuthTag().toString('base64')}:${data.toString('base64')}`;
}

/** The plaintext; a value written before encryption existed is returned as is. Throws when the key does not match. */
export function decryptSecret(stored: string): string {
  if (!isEncrypted(stored)) return stored;
  const [iv, tag, data] = stored
    .slice(PREFIX.length)
    .split(':')
    .map((part) => Buffer.from(part, 'base64'));
  const decipher = createDecipheriv('aes-256-gcm', secretKey(), iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8');
}
