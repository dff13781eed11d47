import { test } from '@playwright/test';
import { bootInFactoryOrder } from '../../support/boot';

/**
 * Snom D7xx given our directory as setting server: `snom<model>.htm`, then `snom<model>-<MAC>.htm`
 * (service.snom.com/display/wiki/Auto+Provisioning). User-Agent shape `snom<model>-SIP <fw> <build> <MAC>`:
 * Wazo's plugins/wazo_snom/common/common.py (`_UA_REGEX_MAC`) and ../shared/domain/phones.md §2.3.
 */
const snomUa = (model: string) => (mac: string) => `Mozilla/4.0 (compatible; snom${model}-SIP 10.1.184.15 010.1.184.15 ${mac.toUpperCase()})`;

for (const model of ['D735', 'D785']) {
  test(`a factory Snom ${model} reaches its MAC file through the model file`, async ({ request }) => {
    await bootInFactoryOrder(request, `Snom ${model}`, snomUa(model), [
      { path: () => `snom${model}.htm`, contains: () => ['<setting_server'] },
      { path: (mac) => `snom${model}-${mac.toUpperCase()}.htm`, contains: () => ['transport=udp'] },
    ]);
  });
}
