import { z } from 'zod';

const page = z.coerce.number().int().min(1).catch(1);
const q = z.preprocess((v) => (typeof v === 'string' && v.trim() ? v.trim().slice(0, 100) : undefined), z.string().optional());

/**
 * A search term and a page: the filters of the files and unknown-devices tables, read from the
 * page's search params and from the /api/console/… query string alike.
 */
export const searchPageParamsSchema = z.object({ q, page });
export type SearchPageParams = z.infer<typeof searchPageParamsSchema>;
