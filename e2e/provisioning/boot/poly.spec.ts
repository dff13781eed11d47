import { test } from '@playwright/test';
import { bootInFactoryOrder, type BootStep } from '../../support/boot';

/**
 * Poly UC Software, factory boot with DHCP option 66 at /provisioning/: the per-phone master `<mac>.cfg` (we serve none,
 * so the phone falls back), the default master `000000000000.cfg`, then the file its CONFIG_FILES names.
 * The VVX User-Agent is a real one quoted in Wazo's plugin (wazo-provd-plugins, plugins/wazo_polycom/common/common.py);
 * no Edge E capture was found, so its string follows the same documented shape `FileTransport Polycom<family>-<model>-UA/<fw>`.
 */
const STEPS: readonly BootStep[] = [
  { path: (mac) => `${mac}.cfg`, status: 404 },
  { path: () => '000000000000.cfg', contains: () => ['CONFIG_FILES="[PHONE_MAC_ADDRESS]-user.cfg"'] },
  { path: (mac) => `${mac}-user.cfg`, contains: () => ['reg.1.server.1.transport="UDPOnly"', 'device.prov.serverName='] },
];

test('Poly VVX boots in factory order to its -user.cfg', async ({ request }) => {
  await bootInFactoryOrder(request, 'Poly VVX', () => 'FileTransport PolycomVVX-VVX_400-UA/4.1.4.7430 Type/Application', STEPS);
});

test('Poly Edge boots in factory order to its -user.cfg', async ({ request }) => {
  await bootInFactoryOrder(request, 'Poly Edge', () => 'FileTransport PolycomEdge-Edge_E450-UA/8.1.3.1301 Type/Application', STEPS);
});
