// @ts-nocheck
import { EventType, type MatrixClient, Preset } from 'matrix-js-sdk';

/**
 * The bot's direct room with a person, as the spec describes direct chats: a room created
 * with `is_direct` and the person invited, listed under their id in the bot's `m.direct`
 * account data, so the same room is found again after a restart. A room the person left
 * is not used again; a new one is made.
 */
export async function directRoom(client: MatrixClient, userId: string): Promise<string> {
  const direct = (client.getAccountData(EventType.Direct)?.getContent() ?? {}) as Record<string, string[]>;
  const usable = (roomId: string) => {
    const room = client.getRoom(roomId);
    const membership = room?.getMember(userId)?.membership;
    return room?.getMyMembership() === 'join' && (membership === 'join' || membership === 'invite');
  };
  const existing = (direct[userId] ?? []).find(usable);
  if (existing) return existing;
  // Encrypted when the bot can encrypt: a direct conversation is private by nature.
  const encrypted = client.getCrypto() !== undefined;
  const { room_id: roomId } = await client.createRoom({
    is_direct: true,
    invite: [userId],
    preset: Preset.TrustedPrivateChat,
    ...(encrypted
      ? {
          initial_state: [
            { type: 'm.room.encryption', state_key: '', content: { algorithm: 'm.megolm.v1.aes-sha2' } },
          ],
        }
      : {}),
  });
  // Not waiting for the echo over /sync: this run keeps the room itself; the next run reads it back.
  await client.setAccountDataRaw(EventType.Direct, {
    ...direct,
    [userId]: [...(direct[userId] ?? []), roomId],
  });
  return roomId;
}
