import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRedirectionServer } from '@/lib/domain/redirection-servers';
import { bootstrap } from './bootstrap';
import { env } from './env';
import { decryptSecret, encryptSecret, SECRET_KEY_FILE } from './secrets';
import { freshDatabase } from './test-db';

const forgetKey = () => delete (globalThis as { __provisioSecretKey?: unknown }).__provisioSecretKey;

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
