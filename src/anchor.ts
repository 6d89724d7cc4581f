import type { CommandContext } from './command.ts';
import { refToString } from './events.ts';
import type { RichMessage } from './rich-message.ts';

/**
 * Posts an item's announcement in the channel and records that message as the item's
 * thread, so replies and reactions there find the item.
 */
export async function announceItem(
  context: CommandContext,
  item: { readonly id: string; message?: string | undefined },
  content: RichMessage,
): Promise<void> {
  const posted = await context.announce(content);
  if (!posted) return;
  await context.transact(
    `${item.id.split('-')[0]!.toLowerCase()}.bericht`,
    () => {
      item.message = refToString(posted);
    },
    () => item.id,
  );
}
