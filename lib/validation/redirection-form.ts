import { z } from 'zod';
import { REDIRECTION_BRANDS, YEALINK_APIS } from '@/lib/redirection/brands';
import { macSchema } from './common';
import { redirectionServerSchema } from './entities';

export { redirectionServerEditSchema } from './entities';

/** Snom, Yealink, Escene: the vendors whose redirection service the console can hold an account for. */
export const REDIRECTION_BRAND_OPTIONS = REDIRECTION_BRANDS;
export const YEALINK_API_OPTIONS = YEALINK_APIS;

export type RedirectionServerFormValues = z.input<typeof redirectionServerSchema>;
export type RedirectionServerFormOutput = z.output<typeof redirectionServerSchema>;

/** The reconciliation rows an admin asks to fix: a MAC and what was wrong with it. */
export const reconcileFixSchema = z.array(z.object({ mac: macSchema, issue: z.enum(['only-at-vendor', 'only-here', 'pointing-elsewhere']) })).max(10_000);
