import { test } from '@playwright/test';
import { bootInFactoryOrder } from '../../support/boot';

/**
 * Grandstream given a directory: `cfg<mac>` (legacy binary, not served: the phone goes on), then `cfg<mac>.xml`;
 * `cfg<model>.xml` and `cfg.xml` only follow a missing MAC file (GXP21xx admin guide, "Config File Download",
 * easymanua.ls/grandstream-networks/gxp2160/manual/148585?p=119). User-Agent
 * `Grandstream Model HW <model> [V<hw>] SW <fw> DevId <mac>`: Wazo's plugins/wazo_grandstream/common/common.py.
 */
const grandstreamUa = (model: string) => (mac: string) => `Grandstream Model HW ${model} SW 1.0.11.16 DevId ${mac}`;

for (const [name, model] of [
  ['Grandstream GRP', 'GRP2614'],
  ['Grandstream GXP', 'GXP2170'],
] as const) {
  test(`a factory ${name} reaches cfg<mac>.xml after the legacy cfg<mac>`, async ({ request }) => {
    await bootInFactoryOrder(request, name, grandstreamUa(model), [
      { path: (mac) => `cfg${mac}`, status: 404 },
      { path: (mac) => `cfg${mac}.xml`, contains: (mac) => [`<mac>${mac}</mac>`, '<P130>0</P130>', '<P194>1</P194>'] },
    ]);
  });
}
