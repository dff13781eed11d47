import { fileRoute } from '@/lib/api/console-route';
import { recordFileReveal } from '@/lib/audit/reveal';
import { fileDetail } from '@/lib/provisioning/file-view';
import { serverFacts } from '@/lib/provisioning/server-facts';

export const dynamic = 'force-dynamic';

/** The file with its secrets masked, or in clear with `?reveal=1` (the admin's "Reveal secrets"). */
export async function GET(request: Request, ctx: RouteContext<'/api/console/files/[fileId]'>) {
  const { fileId } = await ctx.params;
  const reveal = new URL(request.url).searchParams.get('reveal') === '1';
  return fileRoute(
    fileId,
    ({ session, db, fileId: id }) => {
      const file = fileDetail(db, session.tenant.id, id, reveal, serverFacts(), session.role);
      if (file && reveal) recordFileReveal(db, session, file);
      return file && Response.json(file, { headers: { 'Cache-Control': 'no-store' } });
    },
    { revealsSecrets: reveal },
  );
}
