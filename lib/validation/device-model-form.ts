import { z } from 'zod';
import { deviceModelSchema } from './entities';

/** The value of the brand and rule selects that reveals the inline "create new" fields. */
export const NEW_CHOICE = 'new';

const formShape = z.object({
  name: z.string(),
  brandId: z.string(),
  newBrandName: z.string(),
  filenameRuleId: z.string(),
  newFilenameRule: z.object({ name: z.string(), prefix: z.string(), macFormat: z.string(), suffix: z.string() }),
  contentType: z.string(),
  commonFiles: z.array(z.object({ fileName: z.string(), body: z.string() })),
});

/**
 * The model form: one select per "pick existing or create new" (brand, file-name rule) whose
 * NEW_CHOICE value reveals the inline fields. It keeps only the chosen side, then validates with
 * the shared `deviceModelSchema`, so errors carry the form's own paths (`newFilenameRule.prefix`).
 */
export const deviceModelFormSchema = formShape
  .transform(
    ({ brandId, newBrandName, filenameRuleId, newFilenameRule, ...rest }) =>
      ({
        ...rest,
        ...(brandId === NEW_CHOICE ? { newBrandName } : brandId ? { brandId } : {}),
        ...(filenameRuleId === NEW_CHOICE ? { newFilenameRule } : filenameRuleId ? { filenameRuleId } : {}),
      }) as z.input<typeof deviceModelSchema>,
  )
  .pipe(deviceModelSchema);

export type DeviceModelFormValues = z.input<typeof formShape>;
export type DeviceModelFormOutput = z.output<typeof deviceModelFormSchema>;
