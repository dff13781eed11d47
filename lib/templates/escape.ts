export const TEMPLATE_FORMATS = ['xml', 'text'] as const;
export type TemplateFormat = (typeof TEMPLATE_FORMATS)[number];

const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Characters XML 1.0 forbids anywhere, even as references (§2.2 Char): C0 controls but tab, LF and
 * CR; U+FFFE and U+FFFF; and UTF-16 surrogates that are not part of a pair. Phones' parsers (expat)
 * reject a file holding one, so values lose them (issue 12, finding 9).
 */
export const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Escapes a value for the template's format. XML: the five predefined entities, so a value
 * stays valid in text and attributes, and no character XML forbids.
 *
 * Text (`key = value` and `KEY="value"` files): control characters (C0, DEL, C1 with NEL, and the
 * Unicode line and paragraph separators) become spaces, so a value can never start a new line and
 * inject a configuration key; and `"` becomes `'`. Panasonic's files are
 * `KEY="value"` lines whose value "must be enclosed by double quotation marks", and its
 * administrator guides define no escape for a quote inside one, so a `"` would end the value early
 * and leave the rest of the line to the phone's parser. Replacing it is the only safe rule (a display
 * name keeps its look; a password containing `"` cannot be provisioned as typed on a text-format
 * phone). It applies to every text file rather than only inside quotes so that a value has one
 * rendered form per format, which is what the file viewer masks secrets by.
 */
export function escapeValue(value: string, format: TemplateFormat): string {
  if (format === 'xml') {
    // Most values need nothing: one cheap look (surrogates included, paired or not) before the exact rules.
    if (!XML_MAYBE_CHANGED.test(value)) return value;
    return value.replace(XML_FORBIDDEN, '').replace(/[&<>"']/g, (c) => XML_ENTITIES[c]);
  }
  if (!TEXT_CHANGED.test(value)) return value;
  return value.replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g, ' ').replace(/"/g, "'");
}
const XML_MAYBE_CHANGED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF&<>"']/;
const TEXT_CHANGED = /[\u0000-\u001F\u007F-\u009F\u2028\u2029"]/;
