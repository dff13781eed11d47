import { spawnSync } from 'node:child_process';
import dgram from 'node:dgram';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { apiJson, factory, unique } from '../support/api';
import { E2E } from '../support/e2e-env.mjs';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-tftp-'));

function tftpHpa(remote: string, mode: 'binary' | 'ascii' = 'binary') {
  const local = path.join(tmp(), 'out');
  const run = spawnSync('tftp', ['127.0.0.1', String(E2E.tftpPort), '-m', mode, '-c', 'get', remote, local], { encoding: 'utf8', timeout: 20_000 });
  expect(run.error, 'tftp is missing: apt-get install -y tftp-hpa').toBeUndefined();
  return { output: `${run.stdout}${run.stderr}`, body: fs.existsSync(local) ? fs.readFileSync(local, 'utf8') : '' };
}

test('tftp-hpa fetches a device file from the root, byte for byte what HTTP serves', async ({ request }) => {
  const { device } = await factory.device(request, 'Yealink T4x');
  const http = await (await request.get(`/provisioning/${device.file!.fileName}`)).text();
  const { output, body } = tftpHpa(device.file!.fileName);
  expect(output).not.toContain('Error');
  expect(body).toBe(http);
  expect(tftpHpa(`/${device.file!.fileName}`).body).toBe(http);
  expect(tftpHpa(device.file!.fileName, 'ascii').body).toBe(http);
});

test('atftp with blksize 1428 and tsize fetches a file under the tenant UUID', async ({ request }) => {
  const { items } = await apiJson<{ items: Array<{ uuid: string; isDefault: boolean }> }>(request, 'GET', '/tenants');
  const uuid = items.find((t) => t.isDefault)!.uuid;
  const { device, account } = await factory.device(request, 'Grandstream GRP');
  const local = path.join(tmp(), 'out');
  const run = spawnSync(
    'atftp',
    [
      '--get',
      '-r',
      `${uuid}/${device.file!.fileName}`,
      '-l',
      local,
      '--option',
      'blksize 1428',
      '--option',
      'tsize 0',
      '--trace',
      '127.0.0.1',
      String(E2E.tftpPort),
    ],
    { encoding: 'utf8', timeout: 20_000 },
  );
  expect(run.error, 'atftp is missing: apt-get install -y atftp').toBeUndefined();
  expect(run.status, run.stderr + run.stdout).toBe(0);
  expect(`${run.stdout}${run.stderr}`).toMatch(/received OACK <tsize: \d+, blksize: 1428/);
  expect(fs.readFileSync(local, 'utf8')).toContain(`pw-${account.sipUsername}-S3cret`);
});

test('unknown files, traversal and writes get TFTP errors; unknown MACs are recorded', async ({ request }) => {
  expect(tftpHpa('nothing-here.cfg').output).toContain('Error code 1');
  expect(tftpHpa('../package.json').output).toContain('Error code 2');
  expect(tftpHpa('..\\package.json').output).toMatch(/Error code [12]/);
  const upload = path.join(tmp(), 'up.cfg');
  fs.writeFileSync(upload, 'x');
  const put = spawnSync('tftp', ['127.0.0.1', String(E2E.tftpPort), '-m', 'binary', '-c', 'put', upload, 'up.cfg'], { encoding: 'utf8' });
  expect(`${put.stdout}${put.stderr}`).toContain('Error code 2');

  const stranger = `0c383e${unique().mac.slice(6)}`;
  expect(tftpHpa(`${stranger}.cfg`).output).toContain('Error code 1');
  await expect
    .poll(async () =>
      (await apiJson<{ items: Array<{ mac: string; lastChannel: string; vendor: string }> }>(request, 'GET', '/unknown-devices')).items.find(
        (u) => u.mac === stranger,
      ),
    )
    .toMatchObject({ lastChannel: 'tftp', vendor: 'Fanvil' });
});

test('a lost ACK: the server retransmits the block and the transfer completes; last fetch is recorded', async ({ request }) => {
  const { device } = await factory.device(request, 'Yealink T4x');
  const expected = Buffer.from(await (await request.get(`/provisioning/${device.file!.fileName}`)).body());
  const socket = dgram.createSocket('udp4');
  const packets: Array<{ msg: Buffer; port: number }> = [];
  let wake: (() => void) | null = null;
  socket.on('message', (msg, rinfo) => {
    packets.push({ msg, port: rinfo.port });
    wake?.();
  });
  const next = async (ms = 5000) => {
    const until = Date.now() + ms;
    while (packets.length === 0 && Date.now() < until) await new Promise<void>((r) => ((wake = r), setTimeout(r, 100)));
    const p = packets.shift();
    if (!p) throw new Error('no TFTP packet');
    return p;
  };
  await new Promise<void>((r) => socket.bind(0, '127.0.0.1', r));
  try {
    const name = device.file!.fileName;
    socket.send(Buffer.concat([Buffer.from([0, 1]), Buffer.from(`${name}\0octet\0`)]), E2E.tftpPort, '127.0.0.1');
    const first = await next();
    expect(first.msg.readUInt16BE(0)).toBe(3);
    expect(first.msg.readUInt16BE(2)).toBe(1);
    // No ACK: the server must send DATA 1 again after its timeout.
    const again = await next(8000);
    expect(again.msg.subarray(0, 4)).toEqual(first.msg.subarray(0, 4));
    const ack = Buffer.from([0, 4, 0, 1]);
    socket.send(ack, again.port, '127.0.0.1');
    socket.send(ack, again.port, '127.0.0.1'); // a duplicate ACK must not trigger a second DATA 2
    const data = [again.msg.subarray(4)];
    while (data[data.length - 1].length === 512) {
      const p = await next();
      data.push(p.msg.subarray(4));
      socket.send(Buffer.from([0, 4, p.msg[2], p.msg[3]]), p.port, '127.0.0.1');
    }
    expect(Buffer.concat(data)).toEqual(expected);
    await new Promise((r) => setTimeout(r, 300));
    expect(packets.filter((p) => p.msg.readUInt16BE(0) === 3)).toEqual([]);
  } finally {
    socket.close();
  }
  await expect.poll(async () => (await apiJson<{ lastFetchedAt: string | null }>(request, 'GET', `/devices/${device.id}`)).lastFetchedAt).not.toBeNull();
});
