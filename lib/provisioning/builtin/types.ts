import type { MacFormat } from '@/lib/mac';
import type { TemplateFormat } from '@/lib/templates';

/** File name = prefix + MAC in `macFormat` + suffix. Models with the same naming share one rule name. */
export type BuiltInRule = { name: string; prefix: string; macFormat: MacFormat; suffix: string };

/** A starter template; `firmware` says which firmware line its key names target (null: any current one). */
export type BuiltInTemplate = {
  name: string;
  format: TemplateFormat;
  firmware: string | null;
  body: string;
  /** 'crlf' for vendors whose parser wants CRLF and a final line break (Panasonic); default 'lf' (as written). */
  lineEndings?: 'lf' | 'crlf';
};

/** A file shared by every phone of a model; rendered with PBX-level and custom placeholders only. */
export type BuiltInCommonFile = { fileName: string; body: string };

/** A device model the product ships with: the vendor's own file naming and a starter template. */
export type BuiltInModel = {
  brand: string;
  name: string;
  rule: BuiltInRule;
  contentType: string;
  template: BuiltInTemplate;
  commonFiles: BuiltInCommonFile[];
};
