/**
 * Loopback double of the Yealink legacy RPS XML-RPC API, which Escene is assumed to clone: the contract in
 * ../shared/domain/redirection-servers.md §6.3. A real node:http server on 127.0.0.1 (no test-runner
 * imports), so vitest and Playwright both drive the client over real sockets.
 *
 * Answers are written by hand rather than through our encoder, in three text forms (untyped, `<string>`,
 * CDATA), so the client's decoder is checked against XML it did not produce.
 */
import { normaliseMac } from '../mac';
import { startFakeHttpServer, type FakeFailure, type FakeHttpControls, type FakeReply } from './fake-http';
import { decodeMethodCall, encodeValue, type XmlRpcCall, type XmlRpcValue } from './xmlrpc';

/** The seed of §6.3, exported so tests and e2e fixtures do not repeat the literals. */
export const YEALINK_FAKE_SEED = {
  user: 'user-test',
  password: 'pass-test',
  serverName: 'kpbx-test',
  serverUrl: 'https://pbx.test/provisioning/',
  foreignMac: '001565000001',
} as const;

export type YealinkFakeFailure = FakeFailure;
/** `authorized` is false when the request carried wrong credentials (it was then answered 401). */
export type YealinkFakeCall = XmlRpcCall & { authorized: boolean };
export type YealinkFakeDevice = { serverName: string; url: string | null };

export type YealinkXmlRpcFake = FakeHttpControls<YealinkFakeCall> & {
  baseUrl: string;
  /** Every well-formed XML-RPC request that reached the path, in arrival order, failure modes included. */
  calls: YealinkFakeCall[];
  /** This account's devices, keyed by 12 lower-case hex digits. */
  devices: Map<string, YealinkFakeDevice>;
  /** Servers defined "in the vendor GUI": name → URL. */
  servers: Map<string, string>;
  /** MACs registered by another account. */
  foreignMacs: Set<string>;
};

type TextForm = 'untyped' | 'string' | 'cdata';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const TEXT: Record<TextForm, (text: string) => string> = {
  untyped: (text) => `<value>${escapeXml(text)}</value>`,
  string: (text) => `<value><string>${escapeXml(text)}</string></value>`,
  cdata: (text) => `<value><string><![CDATA[${text}]]></string></value>`,
};

const respond = (param: string) => `<?xml version="1.0" encoding="UTF-8"?>\n<methodResponse><params><param>${param}</param></params></methodResponse>\n`;

/** The `[boolean, text]` pair every `redirect.*` method answers with. */
const answer = (ok: boolean, text: string, form: TextForm) =>
  respond(`<value><array><data>\n  <value><boolean>${ok ? 1 : 0}</boolean></value>\n  ${TEXT[form](text)}\n</data></array></value>`);

const fault = (code: number, message: string) =>
  '<?xml version="1.0"?>\n<methodResponse><fault><value><struct>' +
  `<member><name>faultCode</name><value><int>${code}</int></value></member>` +
  `<member><name>faultString</name><value><string>${escapeXml(message)}</string></value></member>` +
  '</struct></value></fault></methodResponse>\n';

const httpReply = (status: number, body: string, headers: Record<string, string> = {}): FakeReply => ({
  status,
  body,
  headers: { 'Content-Type': status === 200 ? 'text/xml; charset=utf-8' : 'text/plain', ...headers },
});

const URL_SCHEMES = /^(https?|ftp|tftp):\/\//i;
const BAD_URL = "Error:The url can only begin with 'http://' or 'https://' or 'ftp://' or 'tftp://'";
const SERVER_NAME = /^[A-Za-z0-9\-_. ]+$/;
// NGCP sends isOverride as the string "1"; an int or a boolean is accepted too.
const isOverride = (value: XmlRpcValue | undefined) => value === '1' || value === 1 || value === true;

/** Starts the fake on a random port; see YealinkXmlRpcFake. `path` defaults to `/xmlrpc` (a trailing slash is accepted). */
export async function startYealinkXmlRpcFake(options: { path?: string; user?: string; password?: string } = {}): Promise<YealinkXmlRpcFake> {
  const path = options.path ?? '/xmlrpc';
  const expectedAuth = `${options.user ?? YEALINK_FAKE_SEED.user}:${options.password ?? YEALINK_FAKE_SEED.password}`;
  const devices = new Map<string, YealinkFakeDevice>();
  const servers = new Map<string, string>([[YEALINK_FAKE_SEED.serverName, YEALINK_FAKE_SEED.serverUrl]]);
  const foreignMacs = new Set<string>([YEALINK_FAKE_SEED.foreignMac]);

  function register(rawMac: string, serverName: string, url: string | null, override: XmlRpcValue | undefined): string {
    const mac = normaliseMac(rawMac);
    if (!mac) return answer(false, `Error:Invalid MAC(s):${rawMac}`, 'string');
    if (url !== null && !URL_SCHEMES.test(url)) return answer(false, BAD_URL, 'string');
    if (!servers.has(serverName)) return answer(false, 'Error:Invalid server', 'string');
    // Even with isOverride: models a MAC held by another organisation, which no override may take.
    if (foreignMacs.has(mac)) return answer(false, 'Are you sure you want to override MAC addresses', 'cdata');
    if (devices.has(mac) && !isOverride(override)) return answer(false, `Existing MAC(s): ${rawMac}`, 'string');
    devices.set(mac, { serverName, url });
    return answer(true, 'OK', 'untyped');
  }

  function dispatch({ method, params }: XmlRpcCall): string {
    const text = (index: number) => (params[index] === undefined || params[index] === null ? '' : String(params[index]));
    const mac = normaliseMac(text(0));
    switch (method) {
      case 'redirect.registerDevice':
        return register(text(0), text(1), null, params[2]);
      case 'redirect.registerDeviceWithUniqueUrl':
        return register(text(0), text(1), text(2), params[3]);
      case 'redirect.deRegisterDevice':
        if (!mac || !devices.delete(mac)) return answer(false, `Error:Invalid MAC(s):${text(0)}`, 'string');
        return answer(true, 'OK', 'string');
      case 'redirect.checkDevice':
        if (!mac) return answer(false, `Error:Invalid MAC(s):${text(0)}`, 'string');
        return answer(true, devices.has(mac) ? 'registered' : foreignMacs.has(mac) ? 'registered elsewhere' : 'unregistered', 'untyped');
      case 'redirect.addServer':
        if (!SERVER_NAME.test(text(0))) return answer(false, "Error:The server name can only contain 'A-z 0-9 - _ . '(include space)", 'string');
        if (!URL_SCHEMES.test(text(1))) return answer(false, BAD_URL, 'string');
        if (servers.has(text(0))) return answer(false, 'Error:The server name already exists', 'string');
        servers.set(text(0), text(1));
        return answer(true, 'OK', 'untyped');
      case 'redirect.listDevices':
        // Upstream answer shape is unconfirmed (§2.1); our choice: the bare array of {mac, serverName} structs.
        return respond(encodeValue([...devices].map(([deviceMac, device]) => ({ mac: deviceMac, serverName: device.serverName }))));
      default:
        return fault(-32601, `server error. requested method ${method} does not exist.`);
    }
  }

  const { origin, controls } = await startFakeHttpServer<YealinkFakeCall>({
    intake({ method, url, headers, body }) {
      const contentType = (headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
      if (method !== 'POST' || url.pathname.replace(/\/$/, '') !== path.replace(/\/$/, '') || contentType !== 'text/xml') {
        return { reply: httpReply(404, 'Not found') };
      }
      const authorization = headers.authorization ?? '';
      const authorized = authorization.startsWith('Basic ') && Buffer.from(authorization.slice(6), 'base64').toString('utf8') === expectedAuth;
      let call: XmlRpcCall | null = null;
      try {
        call = decodeMethodCall(body.toString('utf8'));
      } catch {
        // Answered with a parse-error fault, once auth and failure modes have had their say.
      }
      return {
        call: call ? { ...call, authorized } : undefined,
        answer: () => {
          if (!authorized) return httpReply(401, 'Unauthorized', { 'WWW-Authenticate': 'Basic realm="RPS"' });
          return httpReply(200, call ? dispatch(call) : fault(-32700, 'parse error. not well formed'));
        },
      };
    },
    failureReply: (status) => (status === 500 ? httpReply(500, 'Internal Server Error') : httpReply(429, 'Too Many Requests')),
  });
  return { baseUrl: `${origin}${path}`, ...controls, devices, servers, foreignMacs };
}
