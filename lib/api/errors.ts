import { ZodError } from 'zod';
import { DomainError, RenderFailedError } from '@/lib/domain/errors';
import { translator } from '@/lib/i18n/translate';
import { languageFromAcceptLanguage } from '@/lib/i18n/settings';
import { log } from '@/lib/logger';

export const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store', ...headers } });

/** Field paths as the forms name them: `lines.2`, `commonFiles.0.body`. */
const fieldOf = (path: PropertyKey[]) => (path.length > 0 ? path.map(String).join('.') : '_form');

/**
 * Maps a thrown error to the API answer: 400 with per-field messages (in the caller's
 * Accept-Language), 404/409/422 for domain errors, and a bare 500 without any stack trace.
 */
export function errorResponse(error: unknown, request: Request): Response {
  const t = translator(languageFromAcceptLanguage(request.headers.get('accept-language')));
  if (error instanceof ZodError) {
    const fields: Record<string, string[]> = {};
    for (const issue of error.issues) {
      const key = issue.message.startsWith('validation:') ? issue.message : 'validation:invalidType';
      (fields[fieldOf(issue.path)] ??= []).push(t(key));
    }
    return json(400, { error: 'validation_failed', fields });
  }
  if (error instanceof DomainError) {
    const message = t(error.code, error.params);
    return json(error.status, {
      error: error.code.replace(/^validation:/, ''),
      message,
      ...(error.field ? { fields: { [error.field]: [message] } } : {}),
      ...(error.details ? { details: error.details } : {}),
      ...(error instanceof RenderFailedError ? { details: error.issues, target: error.target } : {}),
    });
  }
  if (error instanceof SyntaxError) return json(400, { error: 'invalid_json', message: 'The request body is not valid JSON.' });
  log.error('API request failed', { url: new URL(request.url).pathname, error: error instanceof Error ? error.message : String(error) });
  return json(500, { error: 'internal_error' });
}
