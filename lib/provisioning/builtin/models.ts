import { ALCATEL_MODELS } from './templates/alcatel';
import { CISCO_MODELS } from './templates/cisco';
import { FANVIL_MODELS } from './templates/fanvil';
import { GIGASET_MODELS } from './templates/gigaset';
import { GRANDSTREAM_MODELS } from './templates/grandstream';
import { HTEK_MODELS } from './templates/htek';
import { PANASONIC_MODELS } from './templates/panasonic';
import { POLY_MODELS } from './templates/poly';
import { SNOM_MODELS } from './templates/snom';
import { YEALINK_MODELS } from './templates/yealink';
import type { BuiltInModel } from './types';

/**
 * One model per brand/family, as the product ships it; `name` is unique across the list. Each
 * vendor's file (templates/<vendor>.ts) defines its models, templates and common files.
 */
export const BUILT_IN_MODELS: readonly BuiltInModel[] = [
  ...SNOM_MODELS,
  ...YEALINK_MODELS,
  ...FANVIL_MODELS,
  ...GIGASET_MODELS,
  ...GRANDSTREAM_MODELS,
  ...POLY_MODELS,
  ...CISCO_MODELS,
  ...PANASONIC_MODELS,
  ...ALCATEL_MODELS,
  ...HTEK_MODELS,
];
