import { z } from 'zod';
import { templateSchema } from './entities';
import { emptyToNull } from './form-values';

/** The template editor's schema: the shared `templateSchema` with an empty firmware read as "any". */
export const templateFormSchema = templateSchema.extend({
  firmware: z.preprocess(emptyToNull, templateSchema.shape.firmware),
});

export type TemplateFormValues = z.input<typeof templateFormSchema>;
export type TemplateFormOutput = z.output<typeof templateFormSchema>;
