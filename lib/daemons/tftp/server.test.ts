import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, makeFiles, requireClient, runClient, startTestServer, TEXT_FILE } from './test-support';

// Interoperability with the real Debian clients. Quirks seen: tftp-hpa exits 0 even when the
// server answers ERROR (it prints "Error code N: <message>" on stdout) and leaves an empty local
// file behind; atftp exits 255 and prints "tftp: error received from server <message>" on stderr,
// and its --trace output of an OACK contains backspace characters.

const files = makeFiles();
let ctx: Awaited<ReturnType<typeof startTestServer>>;
let dir: string;
let seq = 0;
const local = () => join(dir, `out-${++seq}`);

const tftpHpa = (args: string[]) => runClient('tftp', ['127.0.0.1', String(ctx.port), ...args]);
const tftpGet = (name: string, out: string, mode = 'binary') => tftpHpa(['-m', mode, '-c', 'get', name, out]);
const atftpGet = (name: string, out: string, extra: string[] = []) =>
  runClient('atftp', ['--get', '-r', name, '-l', out, ...extra, '127.0.0.1', String(ctx.port)]);
const withOptions = ['--option', 'blksize 1428', '--option', 'tsize 0'];

beforeAll(async () => {
  requireClient('tftp');
  requireClient('atftp');
  dir = mkdtempSync(join(tmpdir(), 'provisio-tftp-'));
  ctx = await startTestServer(files);
});

afterAll(async () => {
  await ctx?.server.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('tftp-hpa client', () => {
  it.each(['empty.cfg', 'exact512.bin', 'random100k.bin', 'text.cfg', 'dir/sub.cfg'])('downloads %s byte for byte (octet)', async (name) => {
    const out = local();
    const run = await tftpGet(name, out);
    expect(run).toEqual({ code: 0, output: '' });
    expect(readFileSync(out).equals(files.get(name)!)).toBe(true);
  });

  it('downloads in netascii mode and gets the original text back', async () => {
    const out = local();
    const run = await tftpGet('text.cfg', out, 'ascii');
    expect(run).toEqual({ code: 0, output: '' });
    expect(readFileSync(out).equals(TEXT_FILE)).toBe(true);
  });

  it('accepts one leading slash, as phones send it', async () => {
    const out = local();
    expect((await tftpGet('/exact512.bin', out)).code).toBe(0);
    expect(readFileSync(out).equals(files.get('exact512.bin')!)).toBe(true);
  });

  it('reports a missing file as error 1', async () => {
    const run = await tftpGet('missing.cfg', local());
    expect(run.output).toContain('Error code 1: File not found');
  });

  it.each(['../etc/passwd', 'a\\b', '/../etc/passwd', '//etc/passwd'])('refuses %s with error 2 before any lookup', async (name) => {
    const before = ctx.reads.length;
    const run = await tftpGet(name, local());
    expect(run.output).toContain('Error code 2');
    expect(ctx.reads.slice(before)).toEqual([]);
  });

  it('refuses uploads', async () => {
    const run = await tftpHpa(['-m', 'binary', '-c', 'put', join(dir, 'out-1'), 'upload.cfg']);
    expect(run.output).toContain('Error code 2: Read-only server');
  });
});

describe('atftp client', () => {
  it.each(['empty.cfg', 'exact512.bin', 'random100k.bin', 'text.cfg'])('downloads %s with blksize 1428 and tsize', async (name) => {
    const out = local();
    const run = await atftpGet(name, out, withOptions);
    expect(run.code).toBe(0);
    expect(readFileSync(out).equals(files.get(name)!)).toBe(true);
  });

  it('receives an OACK carrying the real tsize', async () => {
    const run = await atftpGet('random100k.bin', local(), [...withOptions, '--trace']);
    expect(run.code).toBe(0);
    // atftp ends the list with ", \b\b>" (literal backspaces), so match only the options.
    expect(run.output).toContain('received OACK <tsize: 102400, blksize: 1428');
  });

  it.each([['8'], ['65464'], ['99999']])('downloads with blksize %s', async (blksize) => {
    const out = local();
    const run = await atftpGet('random100k.bin', out, ['--option', `blksize ${blksize}`]);
    expect(run.code).toBe(0);
    expect(readFileSync(out).equals(files.get('random100k.bin')!)).toBe(true);
  });

  it('downloads without options', async () => {
    const out = local();
    expect((await atftpGet('exact512.bin', out)).code).toBe(0);
    expect(readFileSync(out).equals(files.get('exact512.bin')!)).toBe(true);
  });

  it('reports a missing file and a traversal attempt as errors', async () => {
    const missing = await atftpGet('missing.cfg', local(), withOptions);
    expect(missing.code).not.toBe(0);
    expect(missing.output).toContain('File not found');
    const traversal = await atftpGet('../etc/passwd', local());
    expect(traversal.code).not.toBe(0);
    expect(traversal.output).toContain('Access violation');
  });

  it('refuses uploads', async () => {
    const run = await runClient('atftp', ['--put', '-r', 'up.cfg', '-l', join(dir, 'out-1'), '127.0.0.1', String(ctx.port)]);
    expect(run.code).not.toBe(0);
    expect(run.output).toContain('Read-only server');
  });
});

describe('concurrency', () => {
  it('serves 5 concurrent downloads of the 100 KB file', async () => {
    const outs = Array.from({ length: 5 }, local);
    const runs = await Promise.all([
      tftpGet('random100k.bin', outs[0]),
      tftpGet('random100k.bin', outs[1]),
      atftpGet('random100k.bin', outs[2], withOptions),
      atftpGet('random100k.bin', outs[3], ['--option', 'blksize 512']),
      atftpGet('random100k.bin', outs[4], ['--option', 'blksize 4096', '--option', 'tsize 0']),
    ]);
    for (const run of runs) expect(run.code).toBe(0);
    for (const out of outs) expect(readFileSync(out).equals(files.get('random100k.bin')!)).toBe(true);
    await eventually(() => ctx.server.activeTransfers() === 0);
  });
});
