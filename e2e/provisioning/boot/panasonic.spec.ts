import { expect, test } from '@playwright/test';
import { bootInFactoryOrder } from '../../support/boot';

/**
 * A factory-fresh Panasonic KX-HDV given our directory (DHCP option 66 ending in "/", or 159/160, or SIP PnP)
 * asks for the pre-provisioning file `{MODEL}.cfg`, whose CFG_STANDARD_FILE_PATH sends it to `Config{MAC}.cfg`
 * (KX-HDV230 administrator guide §2.1.4–2.1.5, easymanua.ls/panasonic/kx-hdv230/manual/202644?p=39).
 * User-Agent `Panasonic_<model>/<fw> (<mac>)`: Wazo's plugins/wazo_panasonic/common/common.py (`_UA_REGEX`,
 * example "Panasonic_KX-UT113/01.133 (0080f0c8c381)"), the phone's default HTTP_USER_AGENT
 * "Panasonic_{MODEL}/{fwver} ({mac})" in FusionPBX's resources/templates/provision/panasonic/tgp500, and
 * ../shared/domain/phones.md §2.3. The firmware version here is illustrative.
 */
const panasonicUa = (model: string) => (mac: string) => `Panasonic_${model}/08.001 (${mac})`;

test('a factory Panasonic KX-HDV reaches its MAC file through the {MODEL}.cfg pre-provisioning file', async ({ request }) => {
  const model = 'KX-HDV230';
  const { files } = await bootInFactoryOrder(request, 'Panasonic KX-HDV', panasonicUa(model), [
    { path: () => `${model}.cfg`, contains: () => ['# Panasonic SIP Phone Standard Format File #', '/provisioning/Config{MAC}.cfg"'] },
    { path: (mac) => `Config${mac.toUpperCase()}.cfg`, contains: () => ['SIP_TRANSPORT_1="0"', 'SIP_RGSTR_PORT_1="5060"', 'CFG_CYCLIC="Y"'] },
  ]);
  for (const file of files) {
    expect(file.body.startsWith('# Panasonic SIP Phone Standard Format File #\r\n'), file.path).toBe(true);
    expect(file.body.endsWith('\r\n'), file.path).toBe(true);
    expect(file.body.replace(/\r\n/g, ''), `${file.path}: only CRLF line breaks`).not.toMatch(/[\r\n]/);
  }
});
