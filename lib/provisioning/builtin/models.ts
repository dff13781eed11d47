import { CFG_MAC_XML, CONFIG_DOT_MAC_XML, CONFIG_MAC_CFG, MAC_CFG, MAC_USER_CFG, MAC_XML, snomRule } from './rules';
import { ALCATEL_MYRIAD_DEVICE_BODY } from './templates/alcatel';
import { CISCO_MPP_DEVICE_BODY } from './templates/cisco';
import { FANVIL_DEVICE_BODY } from './templates/fanvil';
import { GIGASET_DEVICE_BODY } from './templates/gigaset';
import { GRANDSTREAM_DEVICE_BODY } from './templates/grandstream';
import { HTEK_DEVICE_BODY } from './templates/htek';
import { PANASONIC_DEVICE_BODY } from './templates/panasonic';
import { POLY_DEVICE_BODY, POLY_MASTER_BODY, POLY_MASTER_FILE } from './templates/poly';
import { SNOM_DEVICE_BODY } from './templates/snom';
import { YEALINK_COMMON_BODY, YEALINK_COMMON_FILE, YEALINK_DEVICE_BODY } from './templates/yealink';
import type { BuiltInModel, BuiltInTemplate } from './types';

const XML = 'application/xml';
const TEXT = 'text/plain';

const xmlTemplate = (name: string, body: string): BuiltInTemplate => ({ name, format: 'xml', firmware: null, body });
const textTemplate = (name: string, body: string, firmware: string | null = null): BuiltInTemplate => ({
  name,
  format: 'text',
  firmware,
  body,
});

const snom = (model: string): BuiltInModel => ({
  brand: 'Snom',
  name: `Snom ${model}`,
  rule: snomRule(model),
  contentType: XML,
  template: xmlTemplate(`Snom ${model} default`, SNOM_DEVICE_BODY),
  commonFiles: [],
});

const yealink = (family: string): BuiltInModel => ({
  brand: 'Yealink',
  name: `Yealink ${family}`,
  rule: MAC_CFG,
  contentType: TEXT,
  template: textTemplate(`Yealink ${family} default`, YEALINK_DEVICE_BODY, '80 or later'),
  commonFiles: [{ fileName: YEALINK_COMMON_FILE, body: YEALINK_COMMON_BODY }],
});

const poly = (family: string): BuiltInModel => ({
  brand: 'Poly',
  name: `Poly ${family}`,
  rule: MAC_USER_CFG,
  contentType: XML,
  template: xmlTemplate(`Poly ${family} default`, POLY_DEVICE_BODY),
  commonFiles: [{ fileName: POLY_MASTER_FILE, body: POLY_MASTER_BODY }],
});

/** One model per brand/family, as the product ships it; `name` is unique across the list. */
export const BUILT_IN_MODELS: readonly BuiltInModel[] = [
  snom('D735'),
  snom('D785'),
  yealink('T4x'),
  yealink('T5x'),
  {
    brand: 'Fanvil',
    name: 'Fanvil X series',
    rule: MAC_CFG,
    contentType: XML,
    template: xmlTemplate('Fanvil X series default', FANVIL_DEVICE_BODY),
    commonFiles: [],
  },
  ...['N670', 'N870'].map((model): BuiltInModel => ({
    brand: 'Gigaset',
    name: `Gigaset ${model}`,
    rule: MAC_XML,
    contentType: XML,
    template: xmlTemplate(`Gigaset ${model} default`, GIGASET_DEVICE_BODY),
    commonFiles: [],
  })),
  ...['GRP', 'GXP'].map((family): BuiltInModel => ({
    brand: 'Grandstream',
    name: `Grandstream ${family}`,
    rule: CFG_MAC_XML,
    contentType: XML,
    template: xmlTemplate(`Grandstream ${family} default`, GRANDSTREAM_DEVICE_BODY),
    commonFiles: [],
  })),
  poly('VVX'),
  poly('Edge'),
  ...['78xx', '88xx'].map((family): BuiltInModel => ({
    brand: 'Cisco',
    name: `Cisco MPP ${family}`,
    rule: MAC_XML,
    contentType: XML,
    template: xmlTemplate(`Cisco MPP ${family} default`, CISCO_MPP_DEVICE_BODY),
    commonFiles: [],
  })),
  {
    brand: 'Panasonic',
    name: 'Panasonic KX-HDV',
    rule: CONFIG_MAC_CFG,
    contentType: TEXT,
    template: textTemplate('Panasonic KX-HDV default', PANASONIC_DEVICE_BODY),
    commonFiles: [],
  },
  {
    brand: 'Alcatel-Lucent',
    name: 'Alcatel-Lucent Myriad',
    rule: CONFIG_DOT_MAC_XML,
    contentType: XML,
    template: xmlTemplate('Alcatel-Lucent Myriad default', ALCATEL_MYRIAD_DEVICE_BODY),
    commonFiles: [],
  },
  {
    brand: 'Htek',
    name: 'Htek UC9xx',
    rule: CFG_MAC_XML,
    contentType: XML,
    template: xmlTemplate('Htek UC9xx default', HTEK_DEVICE_BODY),
    commonFiles: [],
  },
];
