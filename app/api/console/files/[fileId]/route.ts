import { fileDetail } from '@/lib/console/file-detail';
import { fileRoute } from '@/lib/console/file-route';

export const dynamic = 'force-dynamic';

/** The file with its secrets masked, or in clear with `?reveal=1` (the admin's "Reveal secrets"). */
export async function GET(request: Request, ctx: RouteContext<'/api/console/files/[fileId]'>) {
  const { fileId } = await ctx.params;
  const reveal = new URL(request.url).searchParams.get('reveal') === '1';
  return fileRoute(fileId, ({ session, db, fileId: id }) =>
    Response.json(fileDetail(db, session.tenant.id, id, reveal), { headers: { 'Cache-Control': 'no-store' } }),
  );
}
