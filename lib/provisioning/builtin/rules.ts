import type { BuiltInRule } from './types';

/**
 * The vendors' own per-device file names. A rule is named after its pattern ({mac} lowercase,
 * {MAC} uppercase), so models that name files the same way share one rule.
 */
export const MAC_CFG: BuiltInRule = { name: '{mac}.cfg', prefix: '', macFormat: 'lower', suffix: '.cfg' };
export const MAC_XML: BuiltInRule = { name: '{mac}.xml', prefix: '', macFormat: 'lower', suffix: '.xml' };
export const CFG_MAC_XML: BuiltInRule = { name: 'cfg{mac}.xml', prefix: 'cfg', macFormat: 'lower', suffix: '.xml' };
export const MAC_USER_CFG: BuiltInRule = { name: '{mac}-user.cfg', prefix: '', macFormat: 'lower', suffix: '-user.cfg' };
export const CONFIG_MAC_CFG: BuiltInRule = { name: 'Config{MAC}.cfg', prefix: 'Config', macFormat: 'upper', suffix: '.cfg' };
export const CONFIG_DOT_MAC_XML: BuiltInRule = { name: 'config.{mac}.xml', prefix: 'config.', macFormat: 'lower', suffix: '.xml' };

/** Snom puts the model in the name: `snomD785-<MAC>.htm`. */
export function snomRule(model: string): BuiltInRule {
  return { name: `snom${model}-{MAC}.htm`, prefix: `snom${model}-`, macFormat: 'upper', suffix: '.htm' };
}
