import { test } from '@playwright/test';
import { bootInFactoryOrder } from '../../support/boot';

/**
 * A factory Fanvil X asks for its model's common file (X4: `f0X4hw1.100.cfg`, the name Wazo's
 * plugins/wazo_fanvil/serie_x/entry.py serves), goes on when it is missing, then asks for `<mac>.cfg`.
 * User-Agent `Fanvil X4 2.10.2.6887 0c383e07e16c`: Wazo's plugins/wazo_fanvil/common/common.py (`_extract_from_ua`).
 */
const fanvilUa = (mac: string) => `Fanvil X4 2.10.2.6887 ${mac}`;

test('a factory Fanvil X series reaches its MAC file after its model common file', async ({ request }) => {
  await bootInFactoryOrder(request, 'Fanvil X series', fanvilUa, [
    { path: () => 'f0X4hw1.100.cfg', status: 404 },
    { path: (mac) => `${mac}.cfg`, contains: () => ['<sysConf>', '<Version>', '<FlashFileName>$mac.cfg</FlashFileName>', '<Transport>0</Transport>'] },
  ]);
});
