// @ts-nocheck
import type { ServerResponse } from 'node:http';

/**
 * The media repository of the fake homeserver: `POST /_matrix/media/v3/upload` and the
 * authenticated `GET /_matrix/client/v1/media/download/{serverName}/{mediaId}` (and the
 * older `/_matrix/media/v3/download/…`), bytes kept in memory.
 */
export class MediaRepository {
  readonly #files = new Map<string, { bytes: Buffer; type: string }>();
  readonly #serverName: string;
  #counter = 0;

  constructor(serverName: string) {
    this.#serverName = serverName;
  }

  /** The bytes behind an `mxc://` URI, for tests to check what the homeserver was given. */
  bytes(mxc: string): Buffer | undefined {
    return this.#files.get(mxc)?.bytes;
  }

  /** Answers a media request; false when the path is not one of the media endpoints. */
  handle(
    method: string,
    path: string,
    raw: Buffer,
    type: string | undefined,
    response: ServerResponse,
  ): boolean {
    if (method === 'POST' && path === '/_matrix/media/v3/upload') {
      const mxc = `mxc://${this.#serverName}/media${++this.#counter}`;
      this.#files.set(mxc, { bytes: raw, type: type ?? 'application/octet-stream' });
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ content_uri: mxc }));
      return true;
    }
    const download =
      /^\/_matrix\/(?:client\/v1|media\/v3)\/media\/download\/([^/]+)\/([^/]+)|^\/_matrix\/media\/v3\/download\/([^/]+)\/([^/]+)/.exec(
        path,
      );
    if (method === 'GET' && download) {
      const server = download[1] ?? download[3];
      const id = download[2] ?? download[4];
      const file = this.#files.get(`mxc://${server}/${id}`);
      if (!file) {
        response.writeHead(404, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ errcode: 'M_NOT_FOUND', error: 'No such media' }));
      } else {
        response.writeHead(200, { 'content-type': file.type });
        response.end(file.bytes);
      }
      return true;
    }
    return false;
  }
}
