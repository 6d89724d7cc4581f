// @ts-nocheck
import type { CommandContext } from '../core/command.ts';
import { refToString } from '../port/events.ts';
import type { RichMessage } from '../port/rich-message.ts';

/**
 * Posts an item's announcement in the channel and records that message as the item's
 * thread, so replies and reactions there find the item. The item itself is on disk
 * before its announcement is posted; the line naming the message joins the next write
 * (the command does not wait for a second fdatasync).
 */
export async function announceItem(
  context: CommandContext,
  item: { readonly id: string; message?: string | undefined },
  content: RichMessage,
): Promise<void> {
  const posted = await context.announce(content);
  if (!posted) return;
  context.recordAfterReply(
    `${item.id.split('-')[0]!.toLowerCase()}.bericht`,
    () => {
      item.message = refToString(posted);
    },
    item.id,
  );
}
