import { getFile } from '@/lib/domain/files';
import { fileRoute } from '@/lib/console/file-route';

export const dynamic = 'force-dynamic';

/** The real body (secrets included), as the phone gets it, saved under its own name. */
export async function GET(_request: Request, ctx: RouteContext<'/api/console/files/[fileId]/download'>) {
  const { fileId } = await ctx.params;
  return fileRoute(fileId, ({ session, db, fileId: id }) => {
    const file = getFile(db, session.tenant.id, id, true);
    return new Response(file.body, {
      headers: {
        'Content-Type': `${file.contentType}; charset=utf-8`,
        'Content-Disposition': `attachment; filename="${file.fileName}"`,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  });
}
