import type { TemplateFormValues } from '@/lib/validation/template-form';
import type { Template } from '@/db/queries/templates';

export const newTemplateValues = (modelId: number | null): TemplateFormValues => ({
  name: '',
  modelId: modelId ? String(modelId) : '',
  firmware: '',
  format: 'xml',
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
