import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { DomainError } from '@/lib/errors';
import { freshDatabase } from '@/lib/test-db';
import { accountSchema } from '@/lib/validation/entities';
import { createAccount, updateAccount } from './accounts';

let db: Db;
let tenantId: number;

beforeEach(async () => {
  ({ db, tenantId } = await freshDatabase());
});

describe('an account’s SIP user name defaults to its extension', () => {
  it('left out or empty, on create (server action, REST API and CSV import share the schema)', () => {
    expect(createAccount(db, tenantId, { extension: '201', sipPassword: 'Secret-201' })).toMatchObject({ sipUsername: '201', authUsername: '201' });
    expect(createAccount(db, tenantId, { extension: ' 202 ', sipUsername: '  ', sipPassword: 'Secret-202' })).toMatchObject({ sipUsername: '202' });
    expect(createAccount(db, tenantId, { extension: '203', sipUsername: 'u203', sipPassword: 'Secret-203' })).toMatchObject({ sipUsername: 'u203' });
  });

  it('emptied on update; kept when the update leaves it out', () => {
    const account = createAccount(db, tenantId, { extension: '301', sipUsername: 'u301', sipPassword: 'Secret-301' });
    expect(updateAccount(db, tenantId, account.id, { extension: '302' })).toMatchObject({ extension: '302', sipUsername: 'u301' });
    expect(updateAccount(db, tenantId, account.id, { sipUsername: '' })).toMatchObject({ sipUsername: '302' });
  });

  it('the default is checked like a typed name: an extension equal to another account’s SIP user name is refused', () => {
    createAccount(db, tenantId, { extension: '900', sipUsername: '401', sipPassword: 'Secret-900' });
    expect(() => createAccount(db, tenantId, { extension: '401', sipPassword: 'Secret-401' })).toThrow(DomainError);
  });

  it('the shared schema gives the form the same default and still requires the extension', () => {
    expect(accountSchema.parse({ extension: '501', sipPassword: 'x' }).sipUsername).toBe('501');
    const missing = accountSchema.safeParse({ extension: '', sipPassword: 'x' });
    expect(missing.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['extension', 'validation:account.extensionRequired']]);
  });
});
