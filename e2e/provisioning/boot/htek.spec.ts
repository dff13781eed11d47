import { test } from '@playwright/test';
import { bootInFactoryOrder, colonMac } from '../../support/boot';

/**
 * Htek UC9xx given a directory: `cfg<device code>.xml` (UC926 = 0010; not served, since a phone that gets it
 * stops there), `cfg<mac>` (binary, not served), then `cfg<mac>.xml` (Htek "UC900 Series IP Phones Provisioning"
 * §2.1, htekdesk.atlassian.net/wiki/spaces/PHONES/pages/25660908; device codes: Wazo's
 * plugins/wazo_htek/v2_0_4_6_41/entry.py). User-Agent `Htek <model> <fw> <mac with colons>`: Wazo's
 * plugins/wazo_htek/common/common.py.
 */
const htekUa = (mac: string) => `Htek UC926 2.0.4.6.41 ${colonMac(mac)}`;

test('a factory Htek UC9xx reaches cfg<mac>.xml after cfg0010.xml and cfg<mac>', async ({ request }) => {
  await bootInFactoryOrder(request, 'Htek UC9xx', htekUa, [
    { path: () => 'cfg0010.xml', status: 404 },
    { path: (mac) => `cfg${mac}`, status: 404 },
    { path: (mac) => `cfg${mac}.xml`, contains: () => ['<P130 para="Account1.SipTransport">0</P130>', '<P194 para="FirmwareUpGrade.AutoUpgrade">1</P194>'] },
  ]);
});
