// @ts-nocheck
import { ClientEvent, type MatrixClient, type Room } from 'matrix-js-sdk';

/**
 * Narrows whom the Rust crypto shares a room's keys with to the people the core has
 * counted in that room. The SDK learns of a join or an invitation when it syncs; the core
 * counts the newcomer (and stops showing confidential content) only when it handles that
 * event, in order. A message the core wrote before then is never encrypted for the
 * newcomer's devices, so someone who may not read it cannot decrypt it. When the core
 * does not know who is in a room it shows nothing confidential there, and the SDK's own
 * list stands.
 */
export function encryptOnlyForCounted(
  client: MatrixClient,
  me: string,
  counted: (roomId: string) => ReadonlySet<string> | undefined,
): void {
  const narrowed = new WeakSet<Room>();
  const narrow = (room: Room) => {
    if (narrowed.has(room)) return;
    narrowed.add(room);
    const targets = room.getEncryptionTargetMembers.bind(room);
    room.getEncryptionTargetMembers = async () => {
      const members = await targets();
      const known = counted(room.roomId);
      return known ? members.filter((member) => member.userId === me || known.has(member.userId)) : members;
    };
  };
  for (const room of client.getRooms()) narrow(room);
  client.on(ClientEvent.Room, narrow);
}
