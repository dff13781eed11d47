import { PAGE_SIZE } from '@/lib/validation/list-params';

/** The requested page of a `total`-row list, clamped to the last page (page 1 when the list is empty). */
export const clampPage = (requested: number, total: number): number => Math.min(requested, Math.max(1, Math.ceil(total / PAGE_SIZE)));
