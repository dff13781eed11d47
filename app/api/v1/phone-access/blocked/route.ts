import { blockedAddressHandlers } from '@/lib/api/phone-access';

export const GET = blockedAddressHandlers().GET;
