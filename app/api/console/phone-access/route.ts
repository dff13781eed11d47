import { activeBlocks } from '@/db/queries/phone-access';
import { consoleJson } from '@/lib/api/console-route';

export const dynamic = 'force-dynamic';

/** The addresses blocked now for guessing MAC file names (times in epoch ms). */
export const GET = (request: Request) =>
  consoleJson(request, ({ db, tenantId }) => ({
    blocked: activeBlocks(db, new Date(), tenantId).map((b) => ({ ...b, blockedAt: b.blockedAt.getTime(), until: b.until.getTime() })),
  }));
