// @ts-nocheck
import { BadRequest, type KeyDirectory } from './homeserver-keys.ts';

type Json = Record<string, unknown>;

/** Who asks, and what: the path after `/_matrix/client/v3`, the method and the JSON body. */
export interface KeyRequest {
  readonly route: string;
  readonly method: string;
  readonly user: string;
  readonly device: string;
  readonly body: Json;
  /** The user's account password, for the user-interactive auth of cross-signing uploads. */
  readonly password: string | undefined;
}

/**
 * The crypto endpoints of the fake homeserver, answered from the key directory.
 * `undefined` from the handler asks for user-interactive auth; undefined instead of a
 * handler means the route is none of them.
 */
export function keyRoute(keys: KeyDirectory, request: KeyRequest): (() => Json | undefined) | undefined {
  const { route, method, user, device, body } = request;
  if (method === 'POST' && route === '/keys/upload') return () => keys.upload(user, device, body);
  if (method === 'POST' && route === '/keys/query') return () => keys.query(user, body);
  if (method === 'POST' && route === '/keys/claim') return () => keys.claim(body);
  if (method === 'POST' && route === '/keys/signatures/upload')
    return () => keys.uploadSignatures(user, body);
  if (method === 'POST' && route === '/keys/device_signing/upload') {
    return () => {
      const auth = body.auth as { type?: string; password?: string } | undefined;
      const password = request.password;
      if (auth?.type !== 'm.login.password' || !password || auth.password !== password) return undefined;
      keys.uploadCrossSigning(user, body);
      return {};
    };
  }
  const toDevice = /^\/sendToDevice\/([^/]+)\/([^/]+)$/.exec(route);
  if (method === 'PUT' && toDevice) {
    return () => {
      keys.sendToDevice(user, device, toDevice[1]!, toDevice[2]!, body);
      return {};
    };
  }
  if (route === '/room_keys/version' || /^\/user\/[^/]+\/account_data\//.test(route)) {
    if (method === 'GET') return () => raise(404, { errcode: 'M_NOT_FOUND', error: 'Not found' });
    // Account data is accepted (m.direct of a new direct room); this fake does not echo it in /sync.
    if (method === 'PUT') return () => ({});
  }
  return undefined;
}

function raise(status: number, body: Json): never {
  throw new BadRequest(status, body);
}
