import { z } from 'zod';
import { deviceFields, deviceSchema } from './entities';
import { emptyToNull } from './form-values';

/**
 * The device form's schema: the shared `deviceSchema` (refinements included) with an empty VLAN
 * field read as "no VLAN". Used by the form's resolver and by the create/update actions. An
 * empty language or time zone means "the PBX's" (the render context falls back on '').
 * On edit, an empty admin password is dropped before saving, which keeps the stored one.
 */
export const deviceFormSchema = deviceSchema.safeExtend({
  vlanId: z.preprocess(emptyToNull, deviceFields.shape.vlanId),
  vlanPriority: z.preprocess(emptyToNull, deviceFields.shape.vlanPriority),
});

export type DeviceFormValues = z.input<typeof deviceFormSchema>;
export type DeviceFormOutput = z.output<typeof deviceFormSchema>;
