import {
  ClientEvent,
  createClient,
  Filter,
  type MatrixClient,
  type MatrixEvent,
  type Room,
  RoomEvent,
  RoomStateEvent,
  SyncState,
} from 'matrix-js-sdk';
import { messages } from '../../src/i18n/messages.ts';
import type { Logger } from '../../src/ops/log.ts';
import { within } from '../../src/ops/stop-signals.ts';
import type { Core } from '../../src/port/port.ts';
import { Arrivals, TIMELINE_LIMIT } from './arrivals.ts';
import { BoundedMap } from './bounded-map.ts';
import { SyncPosition } from './catch-up.ts';
import { crossSign, type Encryption, openEncryption, startCrypto } from './encryption.ts';
import { encryptOnlyForCounted } from './encryption-targets.ts';
import { MatrixAdapter } from './matrix-adapter.ts';
import { followMembership } from './membership.ts';
import { quietLogger, quietSdk } from './quiet-sdk.ts';
import { type KnownReaction, roomEvents } from './room-events.ts';
import { answerInvite, encryptedRoomWarning } from './rooms.ts';
import type { MatrixSettings } from './settings.ts';
import { matrixStartError, otherUserError } from './start-errors.ts';
import { EncryptedEvents } from './unreadable.ts';

export interface MatrixOptions {
  /** The data folder; the crypto store (with MATRIX_STORE_KEY) lives in it. */
  readonly dataDir?: string;
  /** How long an encrypted message may wait for its key before the bot says it cannot read it. */
  readonly undecryptableGraceMs?: number;
}

export interface RunningMatrix {
  readonly client: MatrixClient;
  /** How many reactions the bot remembers (to undo one when it is redacted); never more than `REMEMBERED_REACTIONS`. */
  rememberedReactions(): number;
  stop(): Promise<void>;
}

/**
 * Reactions remembered so that a redaction can undo one. A reaction older than the last
 * few thousand is still undone after a restart, through the item's stored approvals.
 */
export const REMEMBERED_REACTIONS = 2_000;

/**
 * The bot on a Matrix homeserver (matrix-js-sdk): every message people type (`m.text`,
 * in threads with `m.thread`; the core decides what is a command), reactions
 * (`m.annotation`) and their redaction. Events reach the bot in order, each once
 * (`arrivals.ts`): what was typed while it was down, the events a sync left out, then the
 * live ones; its own events are ignored.
 */
export async function startMatrix(
  bot: Core,
  settings: MatrixSettings,
  logger: Logger,
  options: MatrixOptions = {},
): Promise<RunningMatrix> {
  quietSdk();
  let encryption: Encryption | undefined;
  if (settings.storeKey) {
    if (!options.dataDir) throw new Error('Matrix encryption needs the data folder for its crypto store');
    encryption = await openEncryption(settings, options.dataDir, quietLogger, bot.config.language, logger);
  }
  const client = createClient({
    baseUrl: settings.homeserverUrl,
    accessToken: settings.accessToken,
    userId: settings.userId,
    logger: quietLogger,
    ...(encryption ? { deviceId: encryption.deviceId, fetchFn: encryption.fetchFn } : {}),
  });
  const me = settings.userId;
  const lang = bot.config.language;
  // Asked once before syncing: a wrong token, a failing or unreachable server is named
  // right away instead of leaving the SDK retrying for ever.
  const whoami = await client.whoami().catch((error: unknown) => {
    throw matrixStartError(error, lang, settings.homeserverUrl, me);
  });
  if (whoami.user_id !== me) throw otherUserError(lang, whoami.user_id, me);
  if (encryption) await startCrypto(client, encryption, settings.storeKey!, lang);
  else
    logger.info(
      'Matrix: encryption is off. In encrypted rooms the bot can only work with MATRIX_STORE_KEY (see the README).',
    );
  const adapter = new MatrixAdapter(client, logger, messages[lang].shortened);
  bot.attach(adapter);
  const encrypted = new EncryptedEvents(client, bot, adapter, logger, options.undecryptableGraceMs ?? 15_000);
  const reactions = new BoundedMap<string, KnownReaction>(REMEMBERED_REACTIONS);
  let prepared = false;
  const position = options.dataDir ? new SyncPosition(options.dataDir, me) : undefined;
  const saved = await position?.read();

  const warnEncrypted = encryptedRoomWarning(logger);
  const handleInvite = (room: Room) => answerInvite(client, me, bot, logger, room);
  const onEvent = roomEvents({ client, bot, me, reactions, warnEncrypted });

  const handle = (readable: MatrixEvent) =>
    void onEvent(readable).catch((error: unknown) =>
      logger.error('Matrix: an event could not be handled', error),
    );
  /** Resolves once the event is handed to the bot (an encrypted one once it can be read). */
  const route = (event: MatrixEvent) =>
    new Promise<void>((resolve) => {
      const hand = (readable: MatrixEvent) => {
        handle(readable);
        resolve();
      };
      if (encryption) encrypted.whenReadable(event, hand);
      else hand(event);
    });
  if (encryption) encryptOnlyForCounted(client, me, (roomId) => bot.counted('matrix', roomId));
  const arrivals = new Arrivals({
    client,
    me,
    saved,
    position,
    logger,
    deliver: route,
    idle: () => bot.idle(),
    // Who is in the room is read again (between two events): the gap may have hidden a join that only the state shows.
    gapped: (roomId) => bot.recount('matrix', roomId),
  });
  // Connected while the sync works; `Error` and `Reconnecting` count as away (for /healthz).
  client.on(ClientEvent.Sync, (state) => {
    const connected =
      state === SyncState.Prepared || state === SyncState.Syncing || state === SyncState.Catchup;
    if (connected || state === SyncState.Error || state === SyncState.Reconnecting)
      bot.connection('matrix', connected);
  });
  // A room can become known after the start (the server may start the bot from a cached, older sync).
  client.on(RoomStateEvent.Events, (event) => {
    const roomId = event.getRoomId();
    if (prepared && !encryption && roomId && event.getType() === 'm.room.encryption') warnEncrypted(roomId);
  });

  followMembership(
    client,
    me,
    () => prepared,
    (change) =>
      void bot
        .receive(change)
        .catch((error: unknown) => logger.error('Matrix: a membership change could not be handled', error)),
  );

  client.on(RoomEvent.MyMembership, (room, membership) => {
    if (prepared && membership === 'invite') void handleInvite(room);
  });

  await new Promise<void>((resolve, reject) => {
    const onSync = (state: SyncState, _previous: SyncState | null, data?: { error?: Error }) => {
      if (state === SyncState.Prepared) {
        client.off(ClientEvent.Sync, onSync);
        resolve();
      } else if (state === SyncState.Error && !prepared) {
        client.off(ClientEvent.Sync, onSync);
        client.stopClient();
        reject(matrixStartError(data?.error, lang, settings.homeserverUrl, me));
      }
    };
    client.on(ClientEvent.Sync, onSync);
    // A timeline limit of our own: without one Synapse sends at most 10 events per room per sync.
    const filter = new Filter(me);
    filter.setDefinition({ room: { timeline: { limit: TIMELINE_LIMIT } } });
    void client.startClient({ initialSyncLimit: 0, filter });
  });
  prepared = true;
  await arrivals.settled();

  for (const room of client.getRooms()) {
    if (room.getMyMembership() === 'invite') await handleInvite(room);
    else if (room.hasEncryptionStateEvent() && !encryption) warnEncrypted(room.roomId);
  }
  if (encryption) {
    await crossSign(client, settings, logger).catch((error: unknown) =>
      logger.error(
        'Matrix: cross-signing failed; check MATRIX_PASSWORD. The bot carries on, but members who only send to verified devices do not reach it.',
        error instanceof Error ? error.message : error,
      ),
    );
  }
  logger.info(`Matrix: connected as ${me} to ${settings.homeserverUrl}.`);
  return {
    client,
    rememberedReactions: () => reactions.size,
    stop: async () => {
      encrypted.stop();
      client.stopClient();
      await within(arrivals.settled(), 3_000);
      position?.stop();
      // Where the sync stood, once the events before it are handled (a hung reply does not hold up the stop).
      if (position)
        await within(
          position.save(() => bot.idle()),
          3_000,
        );
      await encryption?.store.save();
    },
  };
}
