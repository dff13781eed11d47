import { type ActionFailure, toActionFailure } from '@/lib/action-result';
import { languageFromAcceptLanguage } from '@/lib/i18n/settings';
import { translator } from '@/lib/i18n/translate';
import { log } from '@/lib/logger';
import { BodyNotUtf8Error, BodyTooLargeError } from './body';

export const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store', ...headers } });

/** API messages in the caller's Accept-Language. */
const apiT = (request: Request) => translator(languageFromAcceptLanguage(request.headers.get('accept-language')));

/** An id that cannot name anything (malformed, another tenant's, unknown route): the same answer as a missing one. */
export const notFoundResponse = (request: Request) => json(404, { error: 'not_found', message: apiT(request)('validation:api.notFound') });

/** The JSON body of a refusal: the same failure a console form gets, keyed for API clients. */
function failureBody(failure: ActionFailure) {
  const hasFields = Object.keys(failure.fieldErrors).length > 0;
  return {
    error: failure.code === 'validation:failed' ? 'validation_failed' : failure.code.replace(/^validation:/, ''),
    message: failure.message,
    ...(hasFields ? { fields: failure.fieldErrors } : {}),
    ...(failure.details === undefined ? {} : { details: failure.details }),
  };
}

/**
 * Maps a thrown error to the API answer through the console's own mapper (toActionFailure): 400
 * with per-field messages in the caller's Accept-Language, 404/409/422 for domain refusals, 413 for a
 * body over the limit, and a bare 500 without any stack trace for anything unexpected.
 */
export function errorResponse(error: unknown, request: Request): Response {
  const t = apiT(request);
  if (error instanceof SyntaxError) return json(400, { error: 'invalid_json', message: t('validation:api.invalidJson') });
  if (error instanceof BodyNotUtf8Error) return json(400, { error: 'invalid_encoding', message: t('validation:api.invalidEncoding') });
  if (error instanceof BodyTooLargeError)
    return json(413, { error: 'payload_too_large', message: t('validation:api.payloadTooLarge', { limit: error.limit }) });
  try {
    const failure = toActionFailure(error, t);
    return json(failure.status, failureBody(failure));
  } catch {
    log.error('API request failed', { url: new URL(request.url).pathname, error: error instanceof Error ? error.message : String(error) });
    return json(500, { error: 'internal_error' });
  }
}
