import { z } from 'zod';
import { id } from './common';
import { templateSchema } from './entities';
import { emptyToNull } from './form-values';

/** The template editor's schema: the shared `templateSchema` with an empty firmware read as "any". */
export const templateFormSchema = templateSchema.extend({
  firmware: z.preprocess(emptyToNull, templateSchema.shape.firmware),
});

export type TemplateFormValues = z.input<typeof templateFormSchema>;
export type TemplateFormOutput = z.output<typeof templateFormSchema>;

/** A restore from the template's history: the version to copy, and the comment kept with the new version. */
export const restoreVersionSchema = z.object({ number: id, comment: templateSchema.shape.comment });
