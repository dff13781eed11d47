import { describe, expect, it, vi } from 'vitest';
import { formFields } from '@/lib/action-result';
import { translator } from '@/lib/i18n/translate';

// Next's request scope, which a server action reads for the language (and, signed in, the session):
// outside Next there is none, so an empty one stands in. Nothing of ours is replaced.
vi.mock('server-only', () => ({}));
vi.mock('next/headers', () => ({ cookies: async () => ({ get: () => undefined }), headers: async () => new Headers() }));

const { loginAction, loginCodeAction } = await import('./auth');

describe('a hand-made sign-in call (issue 12, finding 7)', () => {
  it.each([
    ['[1,{}] (a JSON body)', {}],
    ['a number', 1],
    ['null', null],
    ['nothing', undefined],
    ['a string', 'username=admin&password=x'],
    ['an array of pairs', [['username', 'admin']]],
  ])('with %s instead of a form gets a 400 result, not an exception', async (_name, argument) => {
    await expect(loginAction(null, argument)).resolves.toEqual({
      ok: false,
      status: 400,
      code: 'validation:invalidType',
      message: translator('en')('validation:invalidType'),
      fieldErrors: {},
    });
  });

  it('with a form missing its fields gets the form errors as before', async () => {
    const result = await loginAction(null, new FormData());
    expect(result).toMatchObject({ ok: false, status: 400, code: 'validation:failed' });
  });
});

describe('formFields', () => {
  it('reads a form, refuses anything else', () => {
    const form = new FormData();
    form.set('username', 'admin');
    expect(formFields(form)).toEqual({ username: 'admin' });
    for (const other of [{}, { username: 'admin' }, [], 1, null, undefined, new URLSearchParams('username=admin')]) expect(formFields(other)).toBeNull();
  });
});

describe('a hand-made call of the code step', () => {
  it('refuses anything but a form, and names a malformed code next to its field', async () => {
    await expect(loginCodeAction(null, { pending: 'x', code: '123456' })).resolves.toMatchObject({ ok: false, status: 400, code: 'validation:invalidType' });
    const form = new FormData();
    form.set('pending', 'x');
    form.set('code', '12 34');
    const result = await loginCodeAction(null, form);
    expect(result).toMatchObject({ ok: false, status: 400, fieldErrors: { code: [translator('en')('validation:totp.codeFormat')] } });
  });
});
