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
}

/** Says once per room that the bot cannot read or write in an encrypted room without MATRIX_STORE_KEY. */
export function encryptedRoomWarning(logger: Logger): (roomId: string) => void {
  const warned = new Set<string>();
  return (roomId) => {
    if (warned.has(roomId)) return;
    warned.add(roomId);
    logger.warn(
      `Matrix: de kamer ${roomId} is versleuteld. Zonder MATRIX_STORE_KEY kan de bot daar niet lezen of schrijven; zet MATRIX_STORE_KEY of gebruik een onversleutelde kamer (zie de README).`,
    );
  };
}
