import { test } from '@playwright/test';
import { bootInFactoryOrder, type BootStep } from '../../support/boot';

/**
 * Cisco MPP (3PCC), factory boot with DHCP option 66 at /provisioning/: the default `Profile_Rule` `/$PSN.xml` asks for
 * `<model>-3PCC.xml`, whose `Profile_Rule_B` sends the same resync on to `$MA.xml`, the device file.
 * User-Agent shape `Cisco-CP-<model>-3PCC/<fw> (<mac>)`: real example `Cisco-CP-7832-3PCC/11.0.1 (00562b043615)` quoted in
 * Wazo's plugin (wazo-provd-plugins, plugins/wazo_cisco_sip/v12_0_7/common.py).
 */
const steps = (psn: string): BootStep[] => [
  { path: () => `${psn}-3PCC.xml`, contains: () => ['<Profile_Rule_B>', '/provisioning/$MA.xml</Profile_Rule_B>'] },
  { path: (mac) => `${mac}.xml`, contains: () => ['<SIP_Transport_1_>UDP</SIP_Transport_1_>', '/provisioning/$MA.xml</Profile_Rule>'] },
];

for (const [modelName, psn, firmware] of [
  ['Cisco MPP 78xx', '7841', '12.0.7'],
  ['Cisco MPP 88xx', '8841', '12.0.7'],
] as const) {
  test(`${modelName} boots in factory order from ${psn}-3PCC.xml to its $MA.xml`, async ({ request }) => {
    await bootInFactoryOrder(request, modelName, (mac) => `Cisco-CP-${psn}-3PCC/${firmware} (${mac})`, steps(psn));
  });
}
