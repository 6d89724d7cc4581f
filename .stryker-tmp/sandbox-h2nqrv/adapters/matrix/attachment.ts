// @ts-nocheck
import { createCipheriv, createHash, randomBytes } from 'node:crypto';
import type { MatrixClient } from 'matrix-js-sdk';

/** A file the bot sends, such as the Markdown yearly report. */
export interface OutgoingFile {
  readonly name: string;
  readonly mimetype: string;
  readonly bytes: Uint8Array;
}

/** `EncryptedFile` of the Client-Server spec (§ "Sending encrypted attachments"), without its `url`. */
interface EncryptedFileKeys {
  readonly v: 'v2';
  readonly key: {
    readonly kty: 'oct';
    readonly key_ops: ['encrypt', 'decrypt'];
    readonly alg: 'A256CTR';
    readonly k: string;
    readonly ext: true;
  };
  readonly iv: string;
  readonly hashes: { readonly sha256: string };
}

const unpadded = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64').replace(/=+$/, '');
const urlSafe = (bytes: Uint8Array) => unpadded(bytes).replace(/\+/g, '-').replace(/\//g, '_');

/**
 * Encrypts a file for an encrypted room: AES-256-CTR with a fresh key, a 16-byte IV whose
 * last 8 bytes (the counter) are zero, and the SHA-256 of the ciphertext, as the spec says.
 */
function encryptAttachment(bytes: Uint8Array): { data: Uint8Array; keys: EncryptedFileKeys } {
  const key = randomBytes(32);
  const iv = Buffer.concat([randomBytes(8), Buffer.alloc(8)]);
  const cipher = createCipheriv('aes-256-ctr', key, iv);
  const data = Buffer.concat([cipher.update(bytes), cipher.final()]);
  return {
    data,
    keys: {
      v: 'v2',
      key: { kty: 'oct', key_ops: ['encrypt', 'decrypt'], alg: 'A256CTR', k: urlSafe(key), ext: true },
      iv: unpadded(iv),
      hashes: { sha256: unpadded(createHash('sha256').update(data).digest()) },
    },
  };
}

/**
 * Uploads a file to the media repository and returns the `m.file` content to send. In an
 * encrypted room the homeserver only ever sees ciphertext: the file is encrypted first and
 * its key travels in the (encrypted) event as `file`, instead of a plain `url`.
 */
export async function uploadFile(
  client: MatrixClient,
  roomId: string,
  file: OutgoingFile,
): Promise<Record<string, unknown>> {
  const encrypted = client.getRoom(roomId)?.hasEncryptionStateEvent() === true;
  const base = { msgtype: 'm.file', body: file.name, filename: file.name };
  const info = { mimetype: file.mimetype, size: file.bytes.length };
  if (!encrypted) {
    const { content_uri } = await client.uploadContent(
      new Blob([new Uint8Array(file.bytes)], { type: file.mimetype }),
      {
        name: file.name,
        type: file.mimetype,
      },
    );
    return { ...base, info, url: content_uri };
  }
  const { data, keys } = encryptAttachment(file.bytes);
  const { content_uri } = await client.uploadContent(
    new Blob([new Uint8Array(data)], { type: 'application/octet-stream' }),
    {
      type: 'application/octet-stream',
      includeFilename: false,
    },
  );
  return { ...base, info, file: { ...keys, url: content_uri } };
}
