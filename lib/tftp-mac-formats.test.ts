import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { createDevice } from '@/lib/domain/devices';
import { filesOf, freshDatabase } from '@/lib/test-db';
import { startDaemons } from '@/lib/daemons';
import { RawClient, requireClient, runClient } from '@/lib/daemons/tftp/test-support';
import { textPhone } from '@/lib/domain/test-support';

// At lib/ because it wires what server.ts wires: data made through the domain, served by the daemons.
// The production TFTP daemon (startDaemons → tftpRead → serveProvisioningFile) on a loopback port,
// fetched by the real clients and by a bare RRQ, for a colon-notation file name. Quirk: tftp-hpa's
// `get` reads any name holding a ':' as "host:file" ("akv-0C: unknown host"), so it must be told
// `<host>:<name>`; atftp's `-r` takes the name as it is.

process.env.TFTP_ENABLED = 'true';
process.env.TFTP_PORT = '0';
process.env.BIND_ADDRESS = '127.0.0.1';
process.env.SIP_PNP_ENABLED = 'false';

let db: Db;
let daemons: Awaited<ReturnType<typeof startDaemons>>;
let port: number;
let dir: string;
let body: string;
let seq = 0;
const FILE = 'akv-0C:11:05:AA:BB:01.cfg';

const atftpGet = async (name: string) => {
  const out = join(dir, `out-${++seq}`);
  const run = await runClient('atftp', ['--get', '-r', name, '-l', out, '--option', 'blksize 1428', '--option', 'tsize 0', '127.0.0.1', String(port)]);
  return { ...run, body: run.code === 0 ? readFileSync(out, 'utf8') : null };
};

beforeAll(async () => {
  requireClient('tftp');
  requireClient('atftp');
  dir = mkdtempSync(join(tmpdir(), 'provisio-tftp-mac-'));
  let tenantId: number;
  ({ db, tenantId } = await freshDatabase());
  const { model, template, account } = textPhone(db, tenantId, {
    name: 'Akuvox',
    prefix: 'akv-',
    macFormat: 'colon-upper',
    body: 'user=%%ACCOUNT_SIP_USERNAME%%\n',
    extension: '501',
  });
  createDevice(db, tenantId, { mac: '0c1105aabb01', modelId: model.id, templateId: template.id, lines: [account.id] });
  body = filesOf(db, tenantId)[FILE].body;
  daemons = await startDaemons(db);
  if (daemons.status.tftp.state !== 'running') throw new Error(`TFTP did not start: ${JSON.stringify(daemons.status.tftp)}`);
  port = daemons.status.tftp.port;
});

afterAll(async () => {
  await daemons?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a colon-notation file over real TFTP', () => {
  it.each([FILE, `/${FILE}`, 'akv-0c:11:05:aa:bb:01.cfg', 'akv-0C:11:05:aA:Bb:01.cfg'])('atftp fetches %s', async (name) => {
    const run = await atftpGet(name);
    expect(run.code, run.output).toBe(0);
    expect(run.body).toBe(body);
    expect(body).toBe('user=u501\n');
  });

  it('tftp-hpa fetches it when the host is spelled out', async () => {
    const out = join(dir, `out-${++seq}`);
    const run = await runClient('tftp', ['127.0.0.1', String(port), '-m', 'binary', '-c', 'get', `127.0.0.1:${FILE}`, out]);
    expect(run).toEqual({ code: 0, output: '' });
    expect(readFileSync(out, 'utf8')).toBe(body);
  });

  it.each(['AKV-0C:11:05:AA:BB:01.cfg', 'akv-0C:11:05:AA:BB:01.CFG', 'akv-0C%3A11%3A05%3AAA%3ABB%3A01.cfg', 'akv-0C:11:05:AA:BB:02.cfg'])(
    '%s is "File not found"',
    async (name) => {
      const run = await atftpGet(name);
      expect(run.code).not.toBe(0);
      expect(run.output).toContain('File not found');
    },
  );

  it('a bare octet RRQ, as a phone sends it, gets DATA 1 with the file', async () => {
    const client = await new RawClient().open();
    try {
      await client.rrq(port, FILE);
      const { packet, port: tid } = await client.next();
      expect(packet).toMatchObject({ op: 'data', block: 1 });
      expect(packet?.op === 'data' ? packet.data.toString('utf8') : null).toBe(body);
      await client.send(Buffer.from([0, 4, 0, 1]), tid);
    } finally {
      await client.close();
    }
  });

  it('traversal around a colon name is still an access violation', async () => {
    const run = await atftpGet(`../${FILE}`);
    expect(run.code).not.toBe(0);
    expect(run.output).toContain('Access violation');
  });
});
