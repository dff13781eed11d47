import { z } from 'zod';
import { placeholderSchema } from './entities';

/** What the placeholder form holds: plain strings, as native inputs and selects give them. */
export const placeholderFormValuesSchema = z.object({
  name: z.string(),
  kind: z.enum(['static', 'dynamic'], { error: 'validation:placeholder.kindInvalid' }),
  value: z.string(),
  interfaceId: z.string(),
  description: z.string(),
});

/**
 * The form, mapped onto the shared schema: only the field of the chosen kind is kept, and an
 * empty one becomes null so the shared schema asks for it under that field. The output is what
 * the server action parses again with `placeholderSchema`.
 */
export const placeholderFormSchema = placeholderFormValuesSchema
  .transform((form): z.input<typeof placeholderSchema> => ({
    name: form.name,
    kind: form.kind,
    value: form.kind === 'static' && form.value !== '' ? form.value : null,
    interfaceId: form.kind === 'dynamic' && form.interfaceId !== '' ? Number(form.interfaceId) : null,
    description: form.description,
  }))
  .pipe(placeholderSchema);

export type PlaceholderFormValues = z.input<typeof placeholderFormSchema>;
export type PlaceholderFormOutput = z.output<typeof placeholderFormSchema>;

/** `NAME` → `%%_NAME%%`, the way templates write a custom placeholder. */
export const placeholderToken = (name: string) => `%%_${name}%%`;
