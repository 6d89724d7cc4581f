// @ts-nocheck
import {
  ClientEvent,
  createClient,
  EventType,
  Filter,
  type MatrixClient,
  type MatrixEvent,
  type Room,
  RoomEvent,
  RoomStateEvent,
  SyncState,
} from 'matrix-js-sdk';
import { logger as sdkLogger } from 'matrix-js-sdk/lib/logger.js';
import { messages } from '../../src/i18n/messages.ts';
import type { Logger } from '../../src/ops/log.ts';
import { within } from '../../src/ops/stop-signals.ts';
import type { MessageRef } from '../../src/port/events.ts';
import type { Core } from '../../src/port/port.ts';
import { Arrivals, TIMELINE_LIMIT } from './arrivals.ts';
import { BoundedMap } from './bounded-map.ts';
import { SyncPosition } from './catch-up.ts';
import { editOf } from './edits.ts';
import { crossSign, type Encryption, openEncryption, startCrypto } from './encryption.ts';
import { encryptOnlyForCounted } from './encryption-targets.ts';
import { matrixIdentity } from './identity.ts';
import { MatrixAdapter } from './matrix-adapter.ts';
import { followMembership, membershipOf } from './membership.ts';
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

interface Relation {
  readonly rel_type?: string;
  readonly event_id?: string;
  readonly key?: string;
}

interface KnownReaction {
  readonly target: MessageRef;
  readonly key: string;
  readonly sender: string;
}

/** The SDK logs every request; the bot keeps its own log clean and says what matters itself. */
export function quietSdk(): void {
  silence(sdkLogger as unknown as Leveled);
}

interface Leveled {
  setLevel?: (level: string) => void;
  getChild?: (name: string) => Leveled;
}

/** The SDK's child loggers (the crypto's, the call sessions') start at debug level; they are silenced too. */
const silenced = new WeakSet<Leveled>();

function silence(log: Leveled): Leveled {
  log.setLevel?.('silent');
  if (silenced.has(log)) return log;
  silenced.add(log);
  const getChild = log.getChild?.bind(log);
  if (getChild) log.getChild = (name: string) => silence(getChild(name));
  return log;
}

const quietLogger = {
  trace: () => {},
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
  getChild: () => quietLogger,
};

/**
 * Whether a room is a direct conversation between the bot and one person: listed as
 * theirs in the bot's `m.direct` account data (the spec's direct chats), or a room that is
 * no configured channel where only the two of them are joined.
 */
export function isDirect(client: MatrixClient, roomId: string, sender: string, configured: boolean): boolean {
  const direct = client.getAccountData(EventType.Direct)?.getContent() as Record<string, unknown> | undefined;
  const rooms = direct?.[sender];
  if (Array.isArray(rooms) && rooms.includes(roomId)) return true;
  const room = client.getRoom(roomId);
  if (!room || configured) return false;
  const joined = room.getJoinedMembers().map((member) => member.userId);
  return joined.length === 2 && joined.includes(sender) && joined.includes(client.getUserId() ?? '');
}

/** A reply's fallback quote (`> <@user> …`) is not part of what the person typed. */
export function withoutReplyFallback(body: string): string {
  const lines = body.split('\n');
  let index = 0;
  while (index < lines.length && lines[index]!.startsWith('>')) index++;
  return lines.slice(index).join('\n').trim() || body.trim();
}

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
      'Matrix: versleuteling staat uit. In versleutelde kamers kan de bot alleen werken met MATRIX_STORE_KEY (zie de README).',
    );
  const adapter = new MatrixAdapter(client, logger, messages[lang].shortened);
  bot.attach(adapter);
  const encrypted = new EncryptedEvents(client, bot, adapter, logger, options.undecryptableGraceMs ?? 15_000);
  const reactions = new BoundedMap<string, KnownReaction>(REMEMBERED_REACTIONS);
  const warnedEncrypted = new Set<string>();
  let prepared = false;
  const position = options.dataDir ? new SyncPosition(options.dataDir, me) : undefined;
  const saved = await position?.read();

  const configured = (roomId: string) => {
    const channels = bot.config.channels;
    return Object.keys(channels).some((key) => matrixIdentity.channelOf(key, channels) === roomId);
  };

  const warnEncrypted = (roomId: string) => {
    if (warnedEncrypted.has(roomId)) return;
    warnedEncrypted.add(roomId);
    logger.warn(
      `Matrix: de kamer ${roomId} is versleuteld. Zonder MATRIX_STORE_KEY kan de bot daar niet lezen of schrijven; zet MATRIX_STORE_KEY of gebruik een onversleutelde kamer (zie de README).`,
    );
  };

  const handleInvite = async (room: Room) => {
    const inviter =
      room.currentState.getStateEvents('m.room.member', me)?.getSender() ??
      room.getMember(me)?.events.member?.getSender();
    const known = inviter !== undefined && bot.isRostered('matrix', inviter);
    try {
      if (known) {
        await client.joinRoom(room.roomId);
        logger.info(`Matrix: kamer ${room.roomId} binnengegaan op uitnodiging van ${inviter}.`);
      } else {
        await client.leave(room.roomId);
        logger.warn(
          `Matrix: uitnodiging voor ${room.roomId} van ${inviter ?? 'onbekend'} geweigerd: die staat niet in de ledenlijst.`,
        );
      }
    } catch (error) {
      logger.error(`Matrix: could not answer the invite to ${room.roomId}`, error);
    }
  };

  const onEvent = async (event: MatrixEvent) => {
    const sender = event.getSender();
    const roomId = event.getRoomId();
    const eventId = event.getId();
    if (!sender || !roomId || !eventId || sender === me) return;
    const sentAt = new Date(event.getTs());
    const content = event.getContent() as Record<string, unknown>;
    const relation = (content['m.relates_to'] ?? {}) as Relation;
    const here: MessageRef = { platform: 'matrix', channel: roomId, id: eventId };
    switch (event.getType()) {
      case 'm.room.message': {
        // People type m.text; bots post m.notice, which the spec says never to answer (no loops).
        if (content.msgtype !== 'm.text') return;
        if (relation.rel_type === 'm.replace') {
          const edit = editOf(client, roomId, content, relation.event_id, (text) =>
            matrixIdentity.read(text, bot.config.members, me),
          );
          if (edit)
            await bot.receive({
              ...edit,
              actor: { platform: 'matrix', userId: sender },
              message: here,
              sentAt,
            });
          return;
        }
        if (typeof content.body !== 'string') return;
        const { text, addressed } = matrixIdentity.read(
          withoutReplyFallback(content.body),
          bot.config.members,
          me,
        );
        const thread = relation.rel_type === 'm.thread' && relation.event_id ? relation.event_id : undefined;
        // Every message reaches the core, which drops what is not for the bot at once.
        await bot.receive({
          kind: 'message',
          eventId,
          actor: { platform: 'matrix', userId: sender },
          channel: roomId,
          text,
          message: here,
          sentAt,
          ...(addressed ? { addressed } : {}),
          ...(isDirect(client, roomId, sender, configured(roomId)) ? { direct: true } : {}),
          ...(thread ? { thread: { platform: 'matrix', channel: roomId, id: thread } } : {}),
        });
        return;
      }
      case 'm.reaction': {
        if (relation.rel_type !== 'm.annotation' || !relation.event_id || !relation.key) return;
        const target: MessageRef = { platform: 'matrix', channel: roomId, id: relation.event_id };
        reactions.set(eventId, { target, key: relation.key, sender });
        await bot.receive({
          kind: 'reaction',
          eventId,
          actor: { platform: 'matrix', userId: sender },
          channel: roomId,
          emoji: relation.key,
          added: true,
          target,
          message: here,
          sentAt,
        });
        return;
      }
      case 'm.room.redaction': {
        const redacted = event.event.redacts ?? (content.redacts as string | undefined);
        if (!redacted) return;
        const reaction = reactions.get(redacted);
        reactions.delete(redacted);
        // A reaction is taken away only by whoever gave it, not by a moderator's redaction.
        if (reaction && reaction.sender !== sender) return;
        const actor = { platform: 'matrix', userId: sender } as const;
        await bot.receive(
          reaction
            ? {
                kind: 'reaction',
                eventId,
                actor,
                channel: roomId,
                emoji: reaction.key,
                added: false,
                target: reaction.target,
                message: here,
                sentAt,
              }
            : {
                kind: 'redaction',
                eventId,
                actor,
                channel: roomId,
                redacts: { platform: 'matrix', channel: roomId, id: redacted },
                message: here,
                sentAt,
              },
        );
        return;
      }
      case 'm.room.member': {
        // Who is in the room decides whether confidential content may be shown (afspraak 7c).
        const change = membershipOf(event, me);
        if (change) await bot.receive(change);
        return;
      }
      case 'm.room.encrypted':
        warnEncrypted(roomId);
        return;
    }
  };

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
        'Matrix: kruislings ondertekenen lukte niet; kijk MATRIX_PASSWORD na. De bot werkt verder, maar leden die alleen naar geverifieerde apparaten sturen bereiken hem niet.',
        error instanceof Error ? error.message : error,
      ),
    );
  }
  logger.info(`Matrix: verbonden als ${me} met ${settings.homeserverUrl}.`);
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
