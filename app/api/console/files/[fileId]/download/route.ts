import { fileRoute } from '@/lib/api/console-route';
import { recordFileReveal } from '@/lib/audit/reveal';
import { viewFile } from '@/lib/provisioning/file-view';
import { serverFacts } from '@/lib/provisioning/server-facts';

export const dynamic = 'force-dynamic';

/** The real body (secrets included), as the phone gets it, saved under its own name. */
export async function GET(_request: Request, ctx: RouteContext<'/api/console/files/[fileId]/download'>) {
  const { fileId } = await ctx.params;
  return fileRoute(
    fileId,
    ({ session, db, fileId: id }) => {
      const file = viewFile(db, session.tenant.id, id, true, serverFacts());
      if (!file) return undefined;
      recordFileReveal(db, session, { id, fileName: file.fileName });
      return new Response(file.body, {
        headers: {
          'Content-Type': `${file.contentType}; charset=utf-8`,
          'Content-Disposition': `attachment; filename="${file.fileName}"`,
          'Cache-Control': 'no-store',
          'X-Content-Type-Options': 'nosniff',
        },
      });
    },
    { revealsSecrets: true },
  );
}
