import { test } from '@playwright/test';
import { bootInFactoryOrder } from '../../support/boot';

/**
 * ALE Myriad given a directory: `config.xml`, `config.<model>.xml` (not served: the phone goes on), then
 * `config.<mac>.xml` (ALE M3 admin guide §3.6, easymanua.ls/alcatel-lucent/ale-m3/manual?p=34). User-Agent
 * `ALE <model>[-CE] <fw> <mac>`: Wazo's plugins/wazo_alcatel/v2_13_02/common.py and ../shared/domain/phones.md §2.3.
 */
const aleUa = (mac: string) => `ALE M3-CE 2.13.02.1604 ${mac}`;

test('a factory Alcatel-Lucent Myriad reaches config.<mac>.xml through config.xml', async ({ request }) => {
  await bootInFactoryOrder(request, 'Alcatel-Lucent Myriad', aleUa, [
    { path: () => 'config.xml', contains: () => ['DeviceProvisionServerUrl'] },
    { path: () => 'config.M3.xml', status: 404 },
    { path: (mac) => `config.${mac}.xml`, contains: () => ['Account1Server1Transport" value="udp"'] },
  ]);
});
