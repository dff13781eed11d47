import { customType } from 'drizzle-orm/sqlite-core';
import { openSecret, sealSecret } from '../../lib/secrets';

/**
 * A TEXT column holding a credential (or a file that contains some): sealed (AES-256-GCM, stored as a BLOB) when
 * Drizzle binds it, opened when Drizzle reads it (lib/secrets.ts), so callers see plaintext and a copy of the database
 * file alone shows none. Raw SQL (`$client`, `sql` placeholders) sees the stored form: seal with sealSecret, open with
 * openSecret. Never compare or search it in SQL: each write has a fresh IV. '' is stored as ''.
 */
export const encryptedText = customType<{ data: string; driverData: Buffer | string }>({
  dataType: () => 'text',
  toDriver: sealSecret,
  fromDriver: openSecret,
});
