import type { TemplateIssue } from '@/lib/templates/issues';

/**
 * Expected failures of a write. Thrown inside the transaction so nothing is written, caught by
 * the API and by server actions and turned into a field error. `code` is an i18n key of
 * locales/<lng>/validation.json; `params` fill its interpolations.
 */
export class DomainError extends Error {
  constructor(
    readonly status: 400 | 404 | 409 | 422 | 502,
    readonly code: string,
    readonly field: string | null = null,
    readonly params: Record<string, string | number> = {},
    readonly details?: unknown,
  ) {
    super(code);
    this.name = 'DomainError';
  }
}

export const notFound = (entity: string) => new DomainError(404, 'validation:notFound', null, { entity });

export const conflict = (field: string | null, code: string, params: Record<string, string | number> = {}) => new DomainError(409, code, field, params);

/** A template that cannot render for a device (or a common file for a model): the whole write is refused. */
export class RenderFailedError extends DomainError {
  constructor(
    readonly target: { deviceId?: number; mac?: string; modelId?: number; fileName?: string; templateId?: number; templateName?: string },
    readonly issues: TemplateIssue[],
  ) {
    super(
      422,
      'validation:template.renderFailed',
      'body',
      { target: target.mac ?? target.fileName ?? '', template: target.templateName ?? '' },
      { issues, target },
    );
    this.name = 'RenderFailedError';
  }
}

/** The row, or the domain's 404 when a read by id found nothing (it does not exist or is another tenant's). */
export function found<T>(row: T | null | undefined, entity: string): T {
  if (row === undefined || row === null) throw notFound(entity);
  return row;
}
