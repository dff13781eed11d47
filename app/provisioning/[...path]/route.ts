import { getDb } from '@/db/client';
import { answerProvisioningRequest } from '@/lib/provisioning/http';
import { CLIENT_IP_HEADER, SECURE_HEADER } from '@/lib/request-meta';

export const dynamic = 'force-dynamic';

function handle(request: Request): Response {
  const url = new URL(request.url);
  const answer = answerProvisioningRequest(getDb(), {
    method: request.method,
    path: url.pathname.replace(/^\/provisioning\//, ''),
    secure: request.headers.get(SECURE_HEADER) === '1',
    clientIp: request.headers.get(CLIENT_IP_HEADER) ?? 'unknown',
    userAgent: request.headers.get('user-agent'),
    ifNoneMatch: request.headers.get('if-none-match'),
  });
  return new Response(answer.body ? new Uint8Array(answer.body) : null, { status: answer.status, headers: answer.headers });
}

export const GET = handle;
export const HEAD = handle;
