import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { X509Certificate } from 'node:crypto';
import { generate } from 'selfsigned';
import { env } from '@/lib/env';
import { log } from '@/lib/logger';
import { publicHost } from '@/lib/env';

export type TlsMaterial = { cert: string; key: string; source: 'configured' | 'self-signed'; certFile: string };

const isIp = (value: string) => /^[\d.]+$|:/.test(value);

/** Names phones may use to reach us: the public host, this machine's name and every address. */
function subjectNames(): { dns: string[]; ips: string[] } {
  const names = new Set([publicHost(), os.hostname(), 'localhost']);
  const ips = new Set(['127.0.0.1', '::1']);
  for (const addresses of Object.values(os.networkInterfaces())) for (const a of addresses ?? []) ips.add(a.address.split('%')[0]);
  for (const n of names) if (isIp(n)) ips.add(n);
  return { dns: [...names].filter((n) => !isIp(n)), ips: [...ips] };
}

/**
 * The HTTPS certificate: TLS_CERT_FILE/TLS_KEY_FILE when set, otherwise a self-signed one made at
 * first start under $DATA_DIR/tls and reused afterwards.
 */
export async function loadOrCreateTls(): Promise<TlsMaterial> {
  const e = env();
  if (e.TLS_CERT_FILE && e.TLS_KEY_FILE) {
    return { cert: fs.readFileSync(e.TLS_CERT_FILE, 'utf8'), key: fs.readFileSync(e.TLS_KEY_FILE, 'utf8'), source: 'configured', certFile: e.TLS_CERT_FILE };
  }
  const dir = path.join(e.DATA_DIR, 'tls');
  const certFile = path.join(dir, 'cert.pem');
  const keyFile = path.join(dir, 'key.pem');
  if (fs.existsSync(certFile) && fs.existsSync(keyFile)) {
    return { cert: fs.readFileSync(certFile, 'utf8'), key: fs.readFileSync(keyFile, 'utf8'), source: 'self-signed', certFile };
  }
  const { dns, ips } = subjectNames();
  const notAfterDate = new Date();
  notAfterDate.setFullYear(notAfterDate.getFullYear() + 10);
  const pems = await generate(
    [
      { name: 'commonName', value: publicHost() },
      { name: 'organizationName', value: 'Provisio' },
    ],
    {
      keySize: 2048,
      algorithm: 'sha256',
      notAfterDate,
      extensions: [
        { name: 'basicConstraints', cA: false },
        { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
        { name: 'extKeyUsage', serverAuth: true },
        { name: 'subjectAltName', altNames: [...dns.map((value) => ({ type: 2 as const, value })), ...ips.map((ip) => ({ type: 7 as const, ip }))] },
      ],
    },
  );
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  fs.writeFileSync(keyFile, pems.private, { mode: 0o600 });
  fs.writeFileSync(certFile, pems.cert, { mode: 0o644 });
  log.info(`Created a self-signed HTTPS certificate for ${[...dns, ...ips].join(', ')} in ${dir}`);
  return { cert: pems.cert, key: pems.private, source: 'self-signed', certFile };
}

/** What the console shows about the certificate phones see. */
export function describeCertificate(pem: string) {
  const x509 = new X509Certificate(pem);
  return { subject: x509.subject, subjectAltName: x509.subjectAltName ?? '', validTo: new Date(x509.validTo), fingerprint256: x509.fingerprint256 };
}

/** The certificate HTTPS serves now (configured, or the self-signed one under $DATA_DIR/tls). */
export function currentCertificate(): (ReturnType<typeof describeCertificate> & { source: 'configured' | 'self-signed'; file: string }) | null {
  const e = env();
  const configured = e.TLS_CERT_FILE && e.TLS_KEY_FILE;
  const file = configured ? e.TLS_CERT_FILE! : path.join(e.DATA_DIR, 'tls', 'cert.pem');
  if (!fs.existsSync(file)) return null;
  return { ...describeCertificate(fs.readFileSync(file, 'utf8')), source: configured ? 'configured' : 'self-signed', file };
}
