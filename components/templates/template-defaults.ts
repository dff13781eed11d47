import { templateFormatFor } from '@/lib/templates/content-type';
import type { TemplateFormValues } from '@/lib/validation/template-form';
import type { ModelOption } from '@/db/queries/device-models';
import type { Template } from '@/db/queries/templates';

/** A new template, for `model` when one is preselected: its format is the model's content type's. */
export const newTemplateValues = (model: ModelOption | undefined): TemplateFormValues => ({
  name: '',
  modelId: model ? String(model.id) : '',
  firmware: '',
  format: model ? templateFormatFor(model.contentType) : 'xml',
  lineEndings: 'lf',
  body: '',
  comment: '',
});

export const editTemplateValues = (template: Template): TemplateFormValues => ({
  name: template.name,
  modelId: String(template.modelId),
  firmware: template.firmware ?? '',
  format: template.format,
  lineEndings: template.lineEndings,
  body: template.body,
  comment: '',
});
