import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { conflict, RenderFailedError } from '@/lib/errors';
import { translator } from '@/lib/i18n/translate';
import { deviceFormSchema } from '@/lib/validation/device-form';
import { FORM_FIELD, toActionFailure } from './action-result';

const t = translator('en');

describe('toActionFailure', () => {
  it('puts each schema issue under its field, translated', () => {
    const parsed = deviceFormSchema.safeParse({ mac: 'nope', modelId: 1, templateId: 1, vlanId: '9999' });
    const failure = toActionFailure(parsed.error, t);
    expect(failure.status).toBe(400);
    expect(failure.fieldErrors.mac).toEqual([t('validation:mac.invalid')]);
    expect(failure.fieldErrors.vlanId).toEqual([t('validation:vlan.invalid')]);
  });

  it('maps library default messages and path-less issues to generic ones', () => {
    const parsed = z
      .object({ n: z.number() })
      .refine(() => false, { message: 'validation:required' })
      .safeParse({ n: 'x' });
    const failure = toActionFailure(parsed.error, t);
    expect(failure.fieldErrors.n).toEqual([t('validation:invalidType')]);
    const whole = toActionFailure(
      z
        .object({})
        .refine(() => false, { message: 'validation:required' })
        .safeParse({}).error,
      t,
    );
    expect(whole.fieldErrors[FORM_FIELD]).toEqual([t('validation:required')]);
  });

  it('names the field and fills the parameters of a domain error', () => {
    const failure = toActionFailure(conflict('mac', 'validation:device.macTaken', { mac: '001565aabbcc', holder: 'Reception' }), translator('it'));
    expect(failure.status).toBe(409);
    expect(failure.code).toBe('validation:device.macTaken');
    expect(failure.fieldErrors.mac?.[0]).toContain('Reception');
    expect(failure.message).toBe(failure.fieldErrors.mac?.[0]);
  });

  it('keeps the details of a template that cannot render', () => {
    const failure = toActionFailure(new RenderFailedError({ mac: '001565aabbcc', templateName: 'Custom' }, []), t);
    expect(failure.status).toBe(422);
    expect(failure.fieldErrors.body?.[0]).toContain('Custom');
  });

  it('rethrows anything unexpected', () => {
    expect(() => toActionFailure(new Error('bug'), t)).toThrow('bug');
  });
});
