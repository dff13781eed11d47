import { z } from 'zod';
import { macSchema, optionalText } from './common';

/** A device's copy: only its MAC (validated and unique like any) and its label differ from the original. */
export const deviceCloneSchema = z.object({
  mac: macSchema,
  label: optionalText(80).default(''),
});

export type DeviceCloneValues = z.input<typeof deviceCloneSchema>;
