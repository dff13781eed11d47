import { createSecretKey, type KeyObject } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRedirectionServer } from '@/lib/domain/redirection-servers';
import { bootstrap } from './bootstrap';
import { env } from './env';
import { createAccount } from '@/lib/domain/accounts';
import { decryptSecret, encryptSecret, isEncrypted, openSecret, sealSecret, SECRET_KEY_FILE } from './secrets';
import { freshDatabase } from './test-db';

const forgetKey = () => delete (globalThis as { __provisioSecretKey?: unknown }).__provisioSecretKey;

/** Runs `fn` with another key loaded (and nothing opened with it yet), then puts ours back. */
function withForeignKey(fn: () => void) {
  const holder = globalThis as { __provisioSecretKey?: { dir: string; key: Buffer; keyObject: KeyObject; opened: Map<string, string> } };
  const ours = holder.__provisioSecretKey!;
  const foreign = Buffer.alloc(32, 7);
  holder.__provisioSecretKey = { dir: ours.dir, key: foreign, keyObject: createSecretKey(foreign), opened: new Map() };
  try {
    fn();
  } finally {
    holder.__provisioSecretKey = ours;
  }
}

describe('vendor credentials at rest', () => {
  it('round-trips, with a fresh IV each time, and refuses a tampered value', async () => {
    await freshDatabase();
    const a = encryptSecret('S3cret!');
    expect(a).not.toBe(encryptSecret('S3cret!'));
    expect(decryptSecret(a)).toBe('S3cret!');
    const [prefix, iv, tag, data] = a.split(':');
    const flipped = Buffer.from(data, 'base64');
    flipped[0] ^= 1;
    expect(() => decryptSecret([prefix, iv, tag, flipped.toString('base64')].join(':'))).toThrow();
  });

  it('a plaintext that merely starts like an encrypted value is read as the plaintext it is', async () => {
    await freshDatabase();
    expect(isEncrypted('v1:not-a-secret')).toBe(false);
    expect(decryptSecret('v1:not-a-secret')).toBe('v1:not-a-secret');
    expect(isEncrypted(encryptSecret(''))).toBe(true);
  });

  it('seals passwords and files as BLOBs: round-trip, fresh IV, tamper and foreign key refused, old plaintext read as is', async () => {
    await freshDatabase();
    const text = 'account.1.password = Pässwörd ✓\n'.repeat(100);
    const a = sealSecret(text) as Buffer;
    expect(Buffer.isBuffer(a)).toBe(true);
    expect(a.includes('Pässwörd')).toBe(false);
    expect(a.length).toBe(Buffer.byteLength(text) + 29);
    expect((sealSecret(text) as Buffer).equals(a)).toBe(false);
    expect(openSecret(a)).toBe(text);
    expect(sealSecret('')).toBe('');
    expect(openSecret('left in clear by an older release')).toBe('left in clear by an older release');
    const tampered = Buffer.from(a);
    tampered[tampered.length - 1] ^= 1;
    expect(() => openSecret(tampered)).toThrow();
    withForeignKey(() => expect(() => openSecret(a)).toThrow());
    expect(openSecret(a)).toBe(text);
  });

  it('a short value opened before (a SIP password, read again at every regeneration) is remembered, but never for a tampered copy or another key', async () => {
    await freshDatabase();
    const a = sealSecret('sip-pw-1234') as Buffer;
    expect(openSecret(a)).toBe('sip-pw-1234');
    expect(openSecret(Buffer.from(a))).toBe('sip-pw-1234');
    for (const at of [1, 1 + 12, a.length - 1]) {
      const tampered = Buffer.from(a);
      tampered[at] ^= 1;
      expect(() => openSecret(tampered), `byte ${at} flipped`).toThrow();
    }
    withForeignKey(() => expect(() => openSecret(a)).toThrow());
    expect(openSecret(a)).toBe('sip-pw-1234');
  });

  it('a database whose SIP passwords are sealed does not start without its key either', async () => {
    const { db, tenantId } = await freshDatabase();
    createAccount(db, tenantId, { extension: '201', sipUsername: 'eve', sipPassword: 'p', displayName: 'Eve' });
    const file = path.join(env().DATA_DIR, SECRET_KEY_FILE);
    const key = fs.readFileSync(file);
    fs.rmSync(file);
    forgetKey();
    try {
      await expect(bootstrap(db)).rejects.toThrow(/secret key is missing/);
    } finally {
      fs.writeFileSync(file, key, { mode: 0o600 });
      forgetKey();
    }
    await expect(bootstrap(db)).resolves.toBeUndefined();
  });

  it('a database with encrypted credentials does not start without its key', async () => {
    const { db } = await freshDatabase();
    createRedirectionServer(db, 1, { brand: 'yealink', name: 'kpbx', username: 'u', password: 'p', isEnabled: false });
    const file = path.join(env().DATA_DIR, SECRET_KEY_FILE);
    const key = fs.readFileSync(file);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    fs.rmSync(file);
    forgetKey();
    try {
      await expect(bootstrap(db)).rejects.toThrow(/secret key is missing/);
    } finally {
      fs.writeFileSync(file, key, { mode: 0o600 });
      forgetKey();
    }
    await expect(bootstrap(db)).resolves.toBeUndefined();
  });
});
