import { describe, expect, it } from 'vitest';
import { accountEditSchema } from './account-form';

describe('account edit form schema', () => {
  it('loads (zod refuses to extend a schema with refinements) and keeps the create rules: SIP user defaults to the extension, the password may stay empty', () => {
    expect(accountEditSchema.parse({ extension: '501' })).toMatchObject({ extension: '501', sipUsername: '501', sipPassword: '' });
    expect(accountEditSchema.parse({ extension: '501', sipUsername: 'alice' }).sipUsername).toBe('alice');
    expect(accountEditSchema.safeParse({ extension: '' }).success).toBe(false);
  });
});
