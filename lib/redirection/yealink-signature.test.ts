import { describe, expect, it } from 'vitest';
import { signYealinkRequest, verifyYealinkSignature, yealinkContentMd5, yealinkStringToSign } from './yealink-signature';

// The worked example of ../shared/domain/redirection-servers.md §2.2.
const CREDENTIALS = { key: 'test-key', secret: 'test-secret' };
const NONCE = '0123456789abcdef0123456789abcdef';
const TIMESTAMP = 1700000000000;
const BODY = '{"macs":["001565aabbcc"],"serverId":"srv1"}';
const POST = { method: 'POST', path: 'api/open/v1/device/add', body: BODY };
const GET = { method: 'GET', path: 'api/open/v1/device/checkMac', query: { mac: '001565aabbcc' } };

/** Node hands a server lower-case header names. */
const received = (headers: object) => Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v as string]));

describe('yealink X-Ca signature', () => {
  it('computes Content-MD5 over the exact body bytes', () => {
    expect(yealinkContentMd5(BODY)).toBe('ZkcVONghS2X5Un+23YTgaw==');
    expect(yealinkContentMd5(Buffer.from(BODY))).toBe('ZkcVONghS2X5Un+23YTgaw==');
  });

  it('signs the POST example', () => {
    expect(signYealinkRequest(POST, CREDENTIALS, NONCE, TIMESTAMP)).toEqual({
      'X-Ca-Key': 'test-key',
      'X-Ca-Nonce': NONCE,
      'X-Ca-Timestamp': '1700000000000',
      'Content-MD5': 'ZkcVONghS2X5Un+23YTgaw==',
      'X-Ca-Signature': 'Gcn1UXMwULSCqCsWSyD85eDs1yxxMudvAYSK2xHxR/Q=',
    });
  });

  it('signs the GET example, without Content-MD5 and with the query line', () => {
    const headers = signYealinkRequest(GET, CREDENTIALS, NONCE, '1700000000000');
    expect(headers['X-Ca-Signature']).toBe('+DtiqgxebT82ukfW764iQejbwSlETyYcLdx2ANjlhGg=');
    expect(headers).not.toHaveProperty('Content-MD5');
  });

  it('builds the string to sign line by line, path without its leading slash', () => {
    const signed = { key: 'test-key', nonce: NONCE, timestamp: '1700000000000' };
    expect(yealinkStringToSign({ ...GET, path: '/api/open/v1/device/checkMac' }, signed)).toBe(
      ['GET', 'X-Ca-Key:test-key', `X-Ca-Nonce:${NONCE}`, 'X-Ca-Timestamp:1700000000000', 'api/open/v1/device/checkMac', 'mac=001565aabbcc'].join('\n'),
    );
  });

  it('sorts query keys and writes an empty value as the bare key', () => {
    const text = yealinkStringToSign({ method: 'get', path: 'p', query: { b: '2', a: '', c: '3' } }, { key: 'k', nonce: 'n', timestamp: '1' });
    expect(text.split('\n')).toEqual(['GET', 'X-Ca-Key:k', 'X-Ca-Nonce:n', 'X-Ca-Timestamp:1', 'p', 'a&b=2&c=3']);
  });

  it('verifies what it signed, and names what was tampered with', () => {
    const headers = received(signYealinkRequest(POST, CREDENTIALS, NONCE, TIMESTAMP));
    expect(verifyYealinkSignature({ ...POST, path: '/api/open/v1/device/add' }, headers, 'test-secret')).toBeNull();
    expect(verifyYealinkSignature(POST, headers, 'wrong-secret')).toBe('signature');
    expect(verifyYealinkSignature({ ...POST, body: BODY.replace('srv1', 'srv2') }, headers, 'test-secret')).toBe('content_md5');
    expect(verifyYealinkSignature({ ...POST, path: 'api/open/v1/device/edit' }, headers, 'test-secret')).toBe('signature');
    expect(verifyYealinkSignature(POST, { ...headers, 'x-ca-timestamp': '1700000000001' }, 'test-secret')).toBe('signature');
    expect(verifyYealinkSignature(POST, { ...headers, 'x-ca-signature': undefined }, 'test-secret')).toBe('missing_headers');
  });

  it('verifies a GET and its query', () => {
    const headers = received(signYealinkRequest(GET, CREDENTIALS, NONCE, TIMESTAMP));
    expect(verifyYealinkSignature(GET, headers, 'test-secret')).toBeNull();
    expect(verifyYealinkSignature({ ...GET, query: { mac: '001565aabbcd' } }, headers, 'test-secret')).toBe('signature');
  });
});
