import { expect } from 'vitest';
import type { Db } from '@/db/client';
import { DomainError } from '@/lib/errors';
import type { MacFormat } from '@/lib/mac';
import { createAccount } from './accounts';
import { createBrand } from './brands';
import { createDeviceModel } from './device-models';
import { createTemplate } from './templates';

/** Runs a write that must be refused and returns the DomainError it threw (test support). */
export function refusal(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  }
  throw new Error('expected the write to be refused');
}

export type TextPhoneSetup = { name: string; prefix?: string; macFormat?: MacFormat; suffix?: string; body: string; extension: string };

/**
 * The smallest setup that generates a file (test support): a brand and a model named `name` with its file-name rule, a
 * text template with `body`, and one account (extension, `u<extension>`, password `Secret-<extension>`).
 */
export function textPhone(db: Db, tenantId: number, { name, prefix = '', macFormat = 'lower', suffix = '.cfg', body, extension }: TextPhoneSetup) {
  const brand = createBrand(db, tenantId, { name });
  const model = createDeviceModel(db, tenantId, { name: `${name} 1`, brandId: brand.id, newFilenameRule: { name, prefix, macFormat, suffix } });
  const template = createTemplate(db, tenantId, { name, modelId: model.id, format: 'text', body });
  const account = createAccount(db, tenantId, { extension, sipUsername: `u${extension}`, sipPassword: `Secret-${extension}` });
  return { model, template, account };
}
