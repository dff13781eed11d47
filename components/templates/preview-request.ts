import type { TemplatePreview, TemplatePreviewInput } from '@/lib/provisioning/template-preview';

/** POSTs the unsaved body to the preview route (a read: it never writes); a lost session goes to sign-in. */
export async function fetchPreview(input: TemplatePreviewInput, signal?: AbortSignal): Promise<TemplatePreview> {
  const response = await fetch('/api/console/templates/preview', {
    method: 'POST',
    signal,
    cache: 'no-store',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(input),
  });
  if (response.status === 401) {
    window.location.assign('/login');
    throw new Error('unauthorized');
  }
  if (!response.ok) throw new Error(`preview: HTTP ${response.status}`);
  return (await response.json()) as TemplatePreview;
}
