import { getDb } from '@/db/client';
import { readJsonBody } from '@/lib/api/body';
import { mayRevealSecrets } from '@/lib/auth/roles';
import { getSession } from '@/lib/auth/session';
import { serverFacts } from '@/lib/provisioning/server-facts';
import { previewTemplate, templatePreviewSchema } from '@/lib/provisioning/template-preview';

export const dynamic = 'force-dynamic';

const NO_STORE = { 'Cache-Control': 'no-store' };

/**
 * Live preview of the template editor: renders the unsaved body it is sent (POST, because the
 * body can be large) for a device or sample values. Checks the session (a viewer gets sample values
 * only: a device's render holds its secrets); never writes.
 */
export async function POST(request: Request) {
  const session = await getSession();
  if (!session) return Response.json({ error: 'unauthorized' }, { status: 401, headers: NO_STORE });
  const input = templatePreviewSchema.safeParse(await readJsonBody(request).catch(() => null));
  if (!input.success) return Response.json({ error: 'invalid' }, { status: 400, headers: NO_STORE });
  // A device's render carries its SIP and admin passwords in clear: viewers preview with sample values only.
  if (input.data.deviceId !== null && !mayRevealSecrets(session.role)) return Response.json({ error: 'forbidden' }, { status: 403, headers: NO_STORE });
  const preview = previewTemplate(getDb(), session.tenant.id, input.data, serverFacts());
  if (!preview) return Response.json({ error: 'not found' }, { status: 404, headers: NO_STORE });
  return Response.json(preview, { headers: NO_STORE });
}
