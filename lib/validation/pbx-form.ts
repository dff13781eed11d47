import { z } from 'zod';
import { networkInterfaceSchema } from './entities';
import { emptyToNull } from './form-values';

/** The interface form: an empty VLAN field means "untagged". */
export const networkInterfaceFormSchema = networkInterfaceSchema.extend({
  vlanId: z.preprocess(emptyToNull, networkInterfaceSchema.shape.vlanId),
});
