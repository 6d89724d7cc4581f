// @ts-nocheck
import { createHash } from 'node:crypto';
import { messages } from '../i18n/messages.ts';
import { guardFor, isConfidential } from '../kit/confidentiality.ts';
import { findItem } from '../kit/items.ts';
import type { MessageRef, Platform } from '../port/events.ts';
import { message, paragraph, type RichMessage, renderText } from '../port/rich-message.ts';
import { localDate } from '../time/time.ts';
import { accessOf, maySeeConfidential } from './audience.ts';
import type { Bot } from './bot.ts';
import type { Args, CommandContext } from './command.ts';

/**
 * A command about a confidential item (it names one, runs in one's thread, or makes
 * something confidential) in a channel where someone may not read it, or by someone who
 * may not: refused, with a sentence only the asker sees (Slack ephemeral). Public
 * channels keep their own rules (counts only; nothing is changed there).
 */
export function refuseConfidentialHere(
  context: CommandContext,
  text: string,
  args: Args,
  /** The sub-command can make something confidential (`vertrouwelijk`, and `tot:` with it). */
  protects: boolean,
): void {
  const channel = context.channel;
  if (channel.open || !channel.public) return;
  const named = new Set(guardFor(context.db, context.today, true)!.named(text));
  const thread = context.threadItemId ? findItem(context.db, context.threadItemId) : undefined;
  if (thread && isConfidential(thread, context.today)) named.add(thread.id);
  // `confidential` and `until:` arrive as `vertrouwelijk` and `tot` (see options.ts).
  // A `tot:` of a sub-command that cannot protect anything is just a date (an evaluation's end).
  const marks = protects && (args.flags.has('vertrouwelijk') || args.options.has('tot'));
  if (named.size === 0 && !marks) return;
  const t = context.t;
  const ids = named.size > 0 ? t.joinAnd([...named]) : t.thisOne;
  if (!maySeeConfidential(context.member, context.today)) {
    context.fail(t.confidentialNotForYou(ids, context.member !== undefined));
  }
  const who = channel.openToAnyone
    ? t.anyoneMayEnter
    : channel.membersUnknown
      ? t.membersUnknown
      : t.joinAnd(channel.outsiders.map((person) => person.member?.name ?? person.userId));
  context.fail(t.confidentialNotHere(ids, who));
}

/** The newcomer as the store remembers them: a digest, so no name or platform id is kept. */
function newcomerKey(platform: Platform, channel: string, userId: string): string {
  return createHash('sha256').update(`${platform}\n${channel}\n${userId}`).digest('base64url').slice(0, 22);
}

/**
 * The chair's notice (in the panel channel) when someone who may not read confidential
 * content joins a channel that is not public (by the config or by its own settings), and
 * whether they can read what was said before they came: once per newcomer per channel, also across
 * restarts. It is stored before it is sent, so a crash never sends it twice.
 */
export async function newcomerNotice(
  bot: Bot,
  platform: Platform,
  channel: string,
  userId: string,
): Promise<RichMessage | undefined> {
  const info = bot.channelInfo(platform, channel);
  const member = bot.memberFor(platform, userId);
  const now = bot.clock.now();
  const today = localDate(now, bot.config.timezone);
  if (info.open || maySeeConfidential(member, today)) return undefined;
  const access = await accessOf(bot.adapter(platform), channel);
  if (access !== 'unknown' && access?.openToAnyone) return undefined;
  const key = newcomerKey(platform, channel, userId);
  if (bot.store.db.noticedNewcomers.some((entry) => entry.key === key)) return undefined;
  const at = now.toISOString();
  await bot.transact(
    (db) => {
      db.noticedNewcomers = [...db.noticedNewcomers, { key, at }];
    },
    () => [{ at, actor: 'bot', action: 'newcomer.noticed' }],
  );
  const t = messages[bot.config.language];
  const chairs = bot.config.members.filter((candidate) => candidate.roles.includes('voorzitter'));
  const chair = chairs.length ? t.joinAnd(chairs.map((candidate) => candidate.name)) : t.chairFallback;
  const notice = t.newcomer(chair, member?.name ?? userId, info.key ?? channel, member !== undefined);
  // Where a newcomer can scroll back, what was said before they came is theirs to read too.
  const history = access !== 'unknown' && access?.historyVisibleToLaterJoiners === true;
  return message(paragraph(history ? `${notice} ${t.newcomerReadsHistory}` : notice));
}

/**
 * Whether content may go to a message the bot posted earlier (an edit, or a reply in its
 * thread), which may sit in another channel than the one the command was typed in. Who
 * is there now counts: an item's announcement stays as it was, and its thread gets no
 * reply, when the text names a confidential item and someone there may not read it.
 */
export async function mayCarry(bot: Bot, ref: MessageRef, content: RichMessage): Promise<boolean> {
  const audience = await bot.audience(ref.platform, ref.channel);
  if (!audience.public) return true;
  const today = localDate(bot.clock.now(), bot.config.timezone);
  return !guardFor(bot.store.db, today, true)!.names(renderText(content));
}
