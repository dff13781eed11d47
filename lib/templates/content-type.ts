import type { TemplateFormat } from './escape';

/**
 * The template format for files served as `contentType`: XML for `…/xml` and `…+xml` (with or without parameters),
 * text for anything else. A new template starts with its model's (the editor's format select, highlighting and XML check).
 */
export function templateFormatFor(contentType: string): TemplateFormat {
  const mediaType = contentType.split(';')[0].trim().toLowerCase();
  return /^[a-z]+\/([a-z0-9.-]+\+)?xml$/.test(mediaType) ? 'xml' : 'text';
}
