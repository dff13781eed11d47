import type { DeviceModelFormValues } from '@/lib/validation/device-model-form';
import type { DeviceModel } from '@/db/queries/device-models';

const emptyRule = { name: '', prefix: '', macFormat: 'upper', suffix: '' };

/** A blank model form: brand and rule still to choose. */
export const newModelValues = (): DeviceModelFormValues => ({
  name: '',
  brandId: '',
  newBrandName: '',
  filenameRuleId: '',
  newFilenameRule: emptyRule,
  contentType: 'text/plain',
  commonFiles: [],
});

/** The form values of a stored model. */
export const editModelValues = (model: DeviceModel): DeviceModelFormValues => ({
  name: model.name,
  brandId: String(model.brandId),
  newBrandName: '',
  filenameRuleId: String(model.filenameRuleId),
  newFilenameRule: emptyRule,
  contentType: model.contentType,
  commonFiles: model.commonFiles.map(({ fileName, body }) => ({ fileName, body })),
});
