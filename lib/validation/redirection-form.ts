import { z } from 'zod';
import { redirectionServerSchema } from './entities';

/**
 * Editing a redirection server: the password may stay empty, which keeps the stored one (the
 * action drops the empty value; the password is never sent to the browser).
 */
export const redirectionServerEditSchema = redirectionServerSchema.extend({
  password: z.string().max(256, 'validation:text.tooLong'),
});

/** Snom, Yealink, Escene: the vendors whose redirection service the console can hold an account for. */
export const REDIRECTION_BRAND_OPTIONS = redirectionServerSchema.shape.brand.options;

export type RedirectionServerFormValues = z.input<typeof redirectionServerSchema>;
export type RedirectionServerFormOutput = z.output<typeof redirectionServerSchema>;
