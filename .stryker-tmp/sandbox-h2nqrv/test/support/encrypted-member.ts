// @ts-nocheck
import { ClientEvent, createClient, type MatrixClient, type MatrixEvent, SyncState } from 'matrix-js-sdk';
import { quietSdk } from '../../adapters/matrix/matrix-app.ts';

const quiet = {
  trace: () => {},
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
  getChild: () => quiet,
};

/**
 * A member as Element runs one: matrix-js-sdk with the Rust crypto (in memory), synced,
 * so it encrypts what it sends and decrypts what the bot answers.
 */
export async function encryptedMember(
  baseUrl: string,
  userId: string,
  token: string,
  deviceId: string,
  /** With a password the member sets up cross-signing, as Element does at the first login. */
  password?: string,
): Promise<MatrixClient> {
  quietSdk();
  const client = createClient({ baseUrl, accessToken: token, userId, deviceId, logger: quiet });
  await client.initRustCrypto({ useIndexedDB: false });
  await new Promise<void>((resolve) => {
    const onSync = (state: SyncState) => {
      if (state !== SyncState.Prepared) return;
      client.off(ClientEvent.Sync, onSync);
      resolve();
    };
    client.on(ClientEvent.Sync, onSync);
    void client.startClient({ initialSyncLimit: 0 });
  });
  if (password) {
    await client.getCrypto()!.bootstrapCrossSigning({
      authUploadDeviceSigningKeys: async (makeRequest) => {
        await makeRequest({
          type: 'm.login.password',
          identifier: { type: 'm.id.user', user: userId },
          password,
        } as never);
      },
    });
  }
  return client;
}

/** Sends a text message as the member (the SDK encrypts it in an encrypted room). */
export async function sendText(
  client: MatrixClient,
  roomId: string,
  body: string,
  thread?: string,
): Promise<string> {
  const relation = thread
    ? {
        'm.relates_to': {
          rel_type: 'm.thread',
          event_id: thread,
          is_falling_back: true,
          'm.in_reply_to': { event_id: thread },
        },
      }
    : {};
  const { event_id } = await client.sendEvent(
    roomId,
    'm.room.message' as never,
    { msgtype: 'm.text', body, ...relation } as never,
  );
  return event_id;
}

/** Waits until the member can read an event from `sender` whose body matches. */
export async function waitForReadable(
  client: MatrixClient,
  roomId: string,
  sender: string,
  match: (body: string) => boolean,
  timeoutMs = 10_000,
): Promise<MatrixEvent> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const events = client.getRoom(roomId)?.getLiveTimeline().getEvents() ?? [];
    const found = events.find(
      (event) =>
        event.getSender() === sender &&
        event.getType() === 'm.room.message' &&
        match(String(event.getContent().body ?? '')),
    );
    if (found) return found;
    if (Date.now() > until) {
      throw new Error(
        `Nothing readable from ${sender}: ${JSON.stringify(events.map((e) => [e.getSender(), e.getType(), e.getContent().body]))}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
