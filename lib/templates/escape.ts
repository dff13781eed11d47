export const TEMPLATE_FORMATS = ['xml', 'text'] as const;
export type TemplateFormat = (typeof TEMPLATE_FORMATS)[number];

const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Escapes a value for the template's format. XML: the five predefined entities, so a value
 * stays valid in text and attributes. Text (key = value files): control characters become
 * spaces, so a value can never start a new line and inject a configuration key.
 */
export function escapeValue(value: string, format: TemplateFormat): string {
  if (format === 'xml') {
    // XML 1.0 forbids most control characters, even as references.
    return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '').replace(/[&<>"']/g, (c) => XML_ENTITIES[c]);
  }
  return value.replace(/[\u0000-\u001F\u007F]/g, ' ');
}
