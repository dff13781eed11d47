import { DomainError, RenderFailedError } from '@/lib/errors';
import { formatMac } from '@/lib/mac';

/**
 * A save of a template or a model that leaves some file unable to render is refused as a whole.
 * The refusal is about a device (or a common file), not a field of the form being saved: it is
 * reported form-level, naming the device and the template, with the issues in `details.issues`.
 */
export function reportRenderFailureOnForm<T>(write: () => T): T {
  try {
    return write();
  } catch (error) {
    if (!(error instanceof RenderFailedError)) throw error;
    const { target, issues } = error;
    if (target.fileName && !target.mac) throw new DomainError(422, 'validation:model.commonFileInvalid', null, { fileName: target.fileName }, { issues });
    throw new DomainError(
      422,
      error.code,
      null,
      { target: formatMac(target.mac ?? '', 'colon-upper'), template: target.templateName ?? '' },
      { issues, deviceId: target.deviceId ?? null },
    );
  }
}
