import { test } from '@playwright/test';
import { bootInFactoryOrder } from '../../support/boot';

/**
 * Gigaset Nx70 given a directory: `provisioning.xml` (not served: the base falls back), then `<MAC>.xml`
 * (teamwork.gigaset.com/gigawiki, "Provisioning flow" for N670/N870). User-Agent `Gigaset <model>/<fw>;<MAC>`:
 * Wazo's plugins/wazo_gigaset/Nx70_83_v2_65_0/common.py (`_UA_REGEX`) and ../shared/domain/phones.md §2.3.
 */
const gigasetUa = (model: string) => (mac: string) => `Gigaset ${model} IP PRO/83.V2.65.0+build.8504c90;${mac.toUpperCase()}`;

for (const model of ['N670', 'N870']) {
  test(`a factory Gigaset ${model} reaches its <MAC>.xml after provisioning.xml`, async ({ request }) => {
    await bootInFactoryOrder(request, `Gigaset ${model}`, gigasetUa(model), [
      { path: () => 'provisioning.xml', status: 404 },
      { path: (mac) => `${mac.toUpperCase()}.xml`, contains: () => ['SipProvider.0.TransportProtocol" value="1"'] },
    ]);
  });
}
