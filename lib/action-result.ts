import type { TFunction } from 'i18next';
import { ZodError } from 'zod';
import { DomainError } from '@/lib/errors';
import { isI18nKey } from '@/lib/i18n/settings';

/** Translated messages per form field path (`mac`, `lines.2`); `_form` holds errors of no field. */
export type FieldErrors = Record<string, string[]>;

export type ActionFailure = {
  ok: false;
  status: 400 | 401 | 403 | 404 | 409 | 422 | 429 | 502;
  /** The i18n key of the error (e.g. `validation:account.inUse`), for callers that branch on it. */
  code: string;
  /** One translated sentence for a toast or a dialog. */
  message: string;
  fieldErrors: FieldErrors;
  details?: unknown;
};

/** What every server action returns: expected failures are data, never thrown. */
export type ActionResult<T = null> = { ok: true; data: T } | ActionFailure;

export const ok = <T>(data: T): ActionResult<T> => ({ ok: true, data });

/**
 * A form's fields, or null when the argument is not FormData: a server action is a public POST
 * endpoint, and a hand-made call (`Next-Action` with a JSON body) can pass anything.
 */
export const formFields = (input: unknown): Record<string, FormDataEntryValue> | null => (input instanceof FormData ? Object.fromEntries(input) : null);

export const FORM_FIELD = '_form';
const fieldOf = (path: PropertyKey[]) => (path.length > 0 ? path.map(String).join('.') : FORM_FIELD);

/** A failed schema parse: every issue under its field, its i18n key translated. */
export function invalid(error: ZodError, t: TFunction): ActionFailure {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = isI18nKey(issue.message) ? issue.message : 'validation:invalidType';
    (fieldErrors[fieldOf(issue.path)] ??= []).push(t(key));
  }
  const first = Object.values(fieldErrors)[0]?.[0] ?? t('validation:invalidType');
  return { ok: false, status: 400, code: 'validation:failed', message: first, fieldErrors };
}

/** A failure the action itself detected (same shape as a DomainError). */
export function fail(
  t: TFunction,
  status: ActionFailure['status'],
  code: string,
  options: { field?: string; params?: Record<string, string | number>; details?: unknown } = {},
): ActionFailure {
  const message = t(code, options.params);
  return {
    ok: false,
    status,
    code,
    message,
    fieldErrors: options.field ? { [options.field]: [message] } : {},
    ...(options.details === undefined ? {} : { details: options.details }),
  };
}

/**
 * The one mapping of what the domain throws for expected failures — ZodError, DomainError — to a
 * failure in the request's language, for server actions and (lib/api/errors.ts) the REST API.
 * Anything else is a bug and is rethrown, which also lets Next's redirect()/notFound() signals through.
 */
export function toActionFailure(error: unknown, t: TFunction): ActionFailure {
  if (error instanceof ZodError) return invalid(error, t);
  if (error instanceof DomainError) return fail(t, error.status, error.code, { field: error.field ?? undefined, params: error.params, details: error.details });
  throw error;
}
