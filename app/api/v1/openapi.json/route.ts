import { openApiDocument } from '@/lib/api/openapi';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  const url = new URL(request.url);
  return Response.json(openApiDocument(`${url.protocol}//${url.host}/api/v1`), { headers: { 'Cache-Control': 'no-store' } });
}
