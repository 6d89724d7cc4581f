import type { MatrixClient, Room } from 'matrix-js-sdk';
import type { Logger } from '../../src/ops/log.ts';
import type { Core } from '../../src/port/port.ts';

/**
 * Answers an invite: the bot joins a room a rostered member invited it to and leaves one
 * anyone else invited it to.
 */
export async function answerInvite(
  client: MatrixClient,
  me: string,
  bot: Core,
  logger: Logger,
  room: Room,
): Promise<void> {
  const inviter =
    room.currentState.getStateEvents('m.room.member', me)?.getSender() ??
    room.getMember(me)?.events.member?.getSender();
  const known = inviter !== undefined && bot.isRostered('matrix', inviter);
  try {
    if (known) {
      await client.joinRoom(room.roomId);
      logger.info(`Matrix: joined room ${room.roomId} on the invite of ${inviter}.`);
    } else {
      await client.leave(room.roomId);
      logger.warn(
        `Matrix: refused the invite to ${room.roomId} from ${inviter ?? 'unknown'}: not on the roster.`,
      );
    }
  } catch (error) {
    logger.error(`Matrix: could not answer the invite to ${room.roomId}`, error);
  }
}

/** Says once per room that the bot cannot read or write in an encrypted room without MATRIX_STORE_KEY. */
export function encryptedRoomWarning(logger: Logger): (roomId: string) => void {
  const warned = new Set<string>();
  return (roomId) => {
    if (warned.has(roomId)) return;
    warned.add(roomId);
    logger.warn(
      `Matrix: the room ${roomId} is encrypted. Without MATRIX_STORE_KEY the bot cannot read or write there; set MATRIX_STORE_KEY or use an unencrypted room (see the README).`,
    );
  };
}
