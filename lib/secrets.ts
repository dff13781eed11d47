import { createCipheriv, createDecipheriv, createSecretKey, type KeyObject, randomBytes, randomFillSync } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
// Relative, not `@/`: db/schema reaches this module through db/encrypted-text.ts, and drizzle-kit loads the schema without path aliases.
import { env } from './env';

/**
 * Credentials at rest (SIP and admin passwords, vendor credentials, generated files): AES-256-GCM with a key from
 * PROVISIO_SECRET_KEY (base64, 32 bytes) or from $DATA_DIR/secret.key (mode 0600, made at first start). A value reads
 * `v1:<iv>:<tag>:<ciphertext>` (base64 parts); anything else is a plaintext left by an older release.
 */
const PREFIX = 'v1:';
export const SECRET_KEY_FILE = 'secret.key';
const IV_BYTES = 12;
/** Where the separators of `v1:<16 base64 chars of IV>:<24 of tag>:` sit. */
const IV_END = PREFIX.length + 16;
const TAG_END = IV_END + 1 + 24;

const holder = globalThis as typeof globalThis & { __provisioSecretKey?: { dir: string; key: Buffer; keyObject: KeyObject; opened: Map<string, string> } };

/** A stored value this module wrote (the shape, not just the prefix: a plaintext may well start with `v1:`). */
export const isEncrypted = (value: string) => value.startsWith(PREFIX) && value[IV_END] === ':' && value[TAG_END] === ':';

function keyFromEnv(): Buffer | null {
  const raw = env().PROVISIO_SECRET_KEY;
  if (!raw) return null;
  const key = Buffer.from(raw, 'base64');
  if (key.length !== 32) throw new Error('PROVISIO_SECRET_KEY must be 32 bytes, base64-encoded (e.g. `openssl rand -base64 32`)');
  return key;
}

function loadKey(options: { create?: boolean }) {
  const dir = env().DATA_DIR;
  if (holder.__provisioSecretKey?.dir === dir) return holder.__provisioSecretKey;
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
      `The secret key is missing or damaged: restore ${file} or set PROVISIO_SECRET_KEY (the passwords and files in the database cannot be read without it)`,
    );
  holder.__provisioSecretKey = { dir, key, keyObject: createSecretKey(key), opened: new Map() };
  return holder.__provisioSecretKey;
}

/**
 * The key, loaded once. `create` (first start only) writes a new key file when there is none;
 * otherwise a missing key is an error, since the database's secrets could not be read.
 */
export const secretKey = (options: { create?: boolean } = {}): Buffer => loadKey(options).key;

// Random IVs drawn from the CSPRNG a few thousand at a time: one randomBytes() call per value costs more than the cipher.
const ivPool = { bytes: Buffer.alloc(IV_BYTES * 4096), next: IV_BYTES * 4096 };
function freshIv(): Buffer {
  if (ivPool.next === ivPool.bytes.length) {
    randomFillSync(ivPool.bytes);
    ivPool.next = 0;
  }
  return ivPool.bytes.subarray(ivPool.next, (ivPool.next += IV_BYTES));
}

export function encryptSecret(plain: string): string {
  const iv = freshIv();
  const cipher = createCipheriv('aes-256-gcm', loadKey({}).keyObject, iv);
  const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return `${PREFIX}${iv.toString('base64')}:${cipher.getAuthTag().toString('base64')}:${data.toString('base64')}`;
}

/** The plaintext; a value written before encryption existed is returned as is. Throws when the key does not match. */
export function decryptSecret(stored: string): string {
  if (!isEncrypted(stored)) return stored;
  const decipher = createDecipheriv('aes-256-gcm', loadKey({}).keyObject, Buffer.from(stored.slice(PREFIX.length, IV_END), 'base64'));
  decipher.setAuthTag(Buffer.from(stored.slice(IV_END + 1, TAG_END), 'base64'));
  return decipher.update(stored.slice(TAG_END + 1), 'base64', 'utf8') + decipher.final('utf8');
}

/**
 * The binary form of the encryptedText columns (db/schema/encrypted-text.ts): a BLOB of version byte, IV, tag and
 * ciphertext — no base64 to pay for on thousands of files, a third smaller than `v1:` text, and told apart from an
 * older release's plaintext (TEXT) by its type alone. The empty string stays '' (nothing to hide).
 */
const SEALED_V1 = 1;
const TAG_BYTES = 16;
const SEALED_HEADER = 1 + IV_BYTES + TAG_BYTES;

export function sealSecret(plain: string): Buffer | '' {
  if (plain === '') return '';
  const iv = freshIv();
  const cipher = createCipheriv('aes-256-gcm', loadKey({}).keyObject, iv);
  const data = cipher.update(plain, 'utf8');
  cipher.final();
  const sealed = Buffer.allocUnsafe(SEALED_HEADER + data.length);
  sealed[0] = SEALED_V1;
  iv.copy(sealed, 1);
  cipher.getAuthTag().copy(sealed, 1 + IV_BYTES);
  data.copy(sealed, SEALED_HEADER);
  return sealed;
}

/**
 * Short values recently opened with the current key (the key holder's `opened`), by their stored bytes (unique: each
 * has its own random IV). A regeneration reads every SIP and admin password of the fleet, and a decipher costs more
 * than rendering the line. Bounded (emptied when full); the plaintexts are no more exposed than the rendered files this
 * process keeps in memory to serve them.
 */
const OPENED_MAX = 50_000;
const MEMO_MAX_BYTES = 200;

/** The plaintext of a sealed value; a string is a plaintext stored by an older release, returned as is. Throws when the key does not match. */
export function openSecret(stored: Buffer | string): string {
  if (typeof stored === 'string') return stored;
  if (stored[0] !== SEALED_V1 || stored.length < SEALED_HEADER) throw new Error('Not a sealed secret (unknown format)');
  const { keyObject, opened } = loadKey({});
  const memoKey = stored.length <= MEMO_MAX_BYTES ? stored.toString('latin1') : null;
  const memo = memoKey === null ? undefined : opened.get(memoKey);
  if (memo !== undefined) return memo;
  const decipher = createDecipheriv('aes-256-gcm', keyObject, stored.subarray(1, 1 + IV_BYTES));
  decipher.setAuthTag(stored.subarray(1 + IV_BYTES, SEALED_HEADER));
  const plain = decipher.update(stored.subarray(SEALED_HEADER));
  decipher.final();
  const text = plain.toString('utf8');
  if (memoKey !== null) {
    // Emptied when full: dropping the oldest one by one walks the deleted entries a Map keeps (quadratic at 100,000 devices).
    if (opened.size >= OPENED_MAX) opened.clear();
    opened.set(memoKey, text);
  }
  return text;
}
