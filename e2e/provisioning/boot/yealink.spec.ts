import { test } from '@playwright/test';
import { bootInFactoryOrder, colonMac } from '../../support/boot';

/**
 * A factory Yealink (firmware 81 or later) asks for `<mac>.boot`, then `y000000000000.boot`; with neither it
 * reads its model's common file `y0000000000XX.cfg` (XX = hardware id), then `<mac>.cfg` (Yealink admin guide,
 * "Boot Files"; lib/provisioning/builtin/families/yealink.md). User-Agents `Yealink SIP-<model> <fw> <mac with colons>`
 * as listed in Wazo's plugins/wazo_yealink/v83/common.py (`_extract_from_ua` comments).
 */
const yealinkUa = (model: string, firmware: string) => (mac: string) => `Yealink SIP-${model} ${firmware} ${colonMac(mac)}`;

const MODELS = [
  { name: 'Yealink T4x', ua: yealinkUa('T46G', '28.83.0.120'), common: 'y000000000028.cfg' },
  { name: 'Yealink T5x', ua: yealinkUa('T58A', '58.83.0.15'), common: 'y000000000058.cfg' },
];

for (const model of MODELS) {
  test(`a factory ${model.name} reaches its MAC file through its model common file`, async ({ request }) => {
    await bootInFactoryOrder(request, model.name, model.ua, [
      { path: (mac) => `${mac}.boot`, status: 404 },
      { path: () => 'y000000000000.boot', status: 404 },
      { path: () => model.common, contains: () => ['#!version:1.0.0.1', 'static.auto_provision.server.url = http', 'static.auto_provision.repeat.enable = 1'] },
      { path: (mac) => `${mac}.cfg`, contains: () => ['#!version:1.0.0.1', 'account.1.sip_server.1.transport_type = 0'] },
    ]);
  });
}
