/**
 * A loopback Snom SRAPS REST server for tests: real node:http on 127.0.0.1, Hawk verified with the
 * host and port each request carries, state in memory, a call log, and switchable failures (5xx,
 * 429, a hang, the port going down and coming back). Contract: ../shared/domain/redirection-servers.md
 * §6.1. Dependency-free and free of test-runner imports, so vitest and Playwright specs can both start it.
 */
import { jsonReply, startFakeHttpServer, type FakeFailure, type FakeHttpControls, type FakeIntake, type FakeRequest } from './fake-http';
import { verifyHawk } from './hawk';
import {
  createFakeSrapsState,
  routeFakeSraps,
  type FakeSrapsAnswer,
  type FakeSrapsEndpoint,
  type FakeSrapsProfile,
  type FakeSrapsProfileMode,
  type FakeSrapsState,
} from './snom-sraps-fake-routes';

export { FAKE_COMPANY, FAKE_FOREIGN_MAC, FAKE_SETTING_SERVER_UUID } from './snom-sraps-fake-routes';
export type { FakeSrapsEndpoint, FakeSrapsProfile } from './snom-sraps-fake-routes';

export const FAKE_KEY_ID = 'kid-test';
export const FAKE_SECRET = 'secret-test';

export type SnomSrapsFailure = FakeFailure;

/** One request as it arrived, with the status answered (null while unanswered, e.g. in `hang`). */
export type SnomSrapsFakeCall = { method: string; path: string; body: unknown; status: number | null };

export type SnomSrapsFakeOptions = {
  keyId?: string;
  secret?: string;
  /** A fixed port (e.g. for a Playwright webServer config); random otherwise. */
  port?: number;
  /** The origin written into the links the fake returns; another origin lets tests check the client refuses to follow it. */
  linkOrigin?: string;
  profileMode?: FakeSrapsProfileMode;
  /** Page size of the endpoints collection (`{results, next}` paging). */
  endpointPageSize?: number;
};

export type SnomSrapsFake = FakeHttpControls<SnomSrapsFakeCall> & {
  /** The API root to configure a client with: `http://127.0.0.1:<port>/api/v1/`. */
  readonly baseUrl: string;
  readonly origin: string;
  readonly port: number;
  readonly endpoints: Map<string, FakeSrapsEndpoint>;
  readonly profiles: Map<string, FakeSrapsProfile>;
  readonly foreignMacs: Set<string>;
};

/** Starts the fake on 127.0.0.1 (seeded per §6.1) and resolves once it listens. */
export async function startSnomSrapsFake(options: SnomSrapsFakeOptions = {}): Promise<SnomSrapsFake> {
  const keyId = options.keyId ?? FAKE_KEY_ID;
  const secret = options.secret ?? FAKE_SECRET;
  const state: FakeSrapsState = createFakeSrapsState(keyId, options);
  const nonces = new Set<string>();

  function intake({ method, target, url, headers, body: raw }: FakeRequest): FakeIntake<SnomSrapsFakeCall> {
    const text = raw.toString('utf8');
    let body: unknown = undefined;
    let isJson = true;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      // Logged as raw text and refused with 400 once the request has proved its signature.
      [body, isJson] = [text, false];
    }
    const call: SnomSrapsFakeCall = { method, path: url.pathname + url.search, body, status: null };
    const reply = (): FakeSrapsAnswer => {
      const verdict = verifyHawk({
        header: headers.authorization,
        method,
        resource: target,
        host: headers.host,
        contentType: headers['content-type'],
        payload: text,
        keyOf: (id) => (id === keyId ? secret : undefined),
        nowMs: Date.now(),
        nonces,
      });
      if (!verdict.ok) return { status: 401, body: { detail: 'Hawk authentication failed' }, headers: { 'WWW-Authenticate': verdict.wwwAuthenticate } };
      if (!isJson) return { status: 400, body: { detail: 'JSON parse error' } };
      return routeFakeSraps(state, { method, url, body, keyId, linkOrigin: options.linkOrigin ?? fake.origin });
    };
    return { call, answer: () => jsonReply(reply()) };
  }

  const fake = await startFakeHttpServer<SnomSrapsFakeCall>({
    port: options.port,
    intake,
    failureReply: (status) =>
      jsonReply(status === 500 ? { status, body: { detail: 'Internal server error (fake)' } } : { status, body: { detail: 'Request was throttled.' } }),
    crashReply: () => jsonReply({ status: 500, body: { detail: 'fake crashed' } }),
    onReply: (call, reply) => {
      call.status = reply.status;
    },
  });
  const { origin, port, controls } = fake;
  return {
    baseUrl: `${origin}/api/v1/`,
    origin,
    port,
    ...controls,
    endpoints: state.endpoints,
    profiles: state.profiles,
    foreignMacs: state.foreignMacs,
  };
}
