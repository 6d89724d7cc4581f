// @ts-nocheck
import type { WebClient } from '@slack/web-api';
import type { MessageRef } from '../../src/port/events.ts';
import type { ChannelAccess, ChatAdapter, ChatFile } from '../../src/port/port.ts';
import { type RichMessage, renderText } from '../../src/port/rich-message.ts';
import type { ChannelConfig, Member } from '../../src/setup/config.ts';
import { nameOfEmoji } from '../emoji-names.ts';
import { escapeMrkdwn, LIMITS, type SlackBlock, toSlackMessage } from './blocks.ts';
import { slackIdentity } from './identity.ts';

/** Answers a slash command through its response_url (Bolt's `respond`). */
type Respond = (message: {
  response_type: 'ephemeral';
  text: string;
  blocks?: unknown[];
}) => Promise<unknown>;

const context = (text: string): SlackBlock => ({ type: 'context', elements: [{ type: 'mrkdwn', text }] });

/** Slack's answer when the bot may not post in a channel: not invited, or a direct message. */
/** How long a channel's `conversations.info` answer is kept (a channel can be made private or public). */
const ACCESS_KEPT_MS = 5 * 60_000;
const OUTSIDE = new Set(['not_in_channel', 'channel_not_found', 'cannot_dm_bot', 'restricted_action']);

function isOutside(error: unknown): boolean {
  const code = (error as { data?: { error?: string } } | null)?.data?.error;
  return code !== undefined && OUTSIDE.has(code);
}

/**
 * The adapter port on Slack's Web API: posts, thread replies, in-place updates, ephemeral
 * notices, and who is in a channel. A slash command in a channel the bot cannot post in is
 * answered through its response_url.
 */
export class SlackAdapter implements ChatAdapter {
  readonly platform = 'slack';
  readonly #client: WebClient;
  readonly #shortened: string;
  readonly #isRostered: (userId: string) => boolean;
  readonly #humans = new Map<string, boolean>();
  readonly #access = new Map<string, { readonly at: number; readonly access: ChannelAccess }>();
  readonly #invite: string;
  /** Slash commands being handled, by channel: their way to answer when the bot is not in the channel. */
  readonly #responders = new Map<string, Respond>();

  constructor(
    client: WebClient,
    shortened: string,
    isRostered: (userId: string) => boolean = () => false,
    invite = '',
  ) {
    this.#client = client;
    this.#shortened = shortened;
    this.#isRostered = isRostered;
    this.#invite = invite;
  }

  memberOf(userId: string, roster: readonly Member[]): Member | undefined {
    return slackIdentity.memberOf(userId, roster);
  }

  channelOf(key: string, channels: Readonly<Record<string, ChannelConfig>>): string | undefined {
    return slackIdentity.channelOf(key, channels);
  }

  /** Handles a slash command with its response_url at hand, for a channel the bot cannot post in. */
  async answeringVia<T>(channel: string, respond: Respond, work: () => Promise<T>): Promise<T> {
    this.#responders.set(channel, respond);
    try {
      return await work();
    } finally {
      if (this.#responders.get(channel) === respond) this.#responders.delete(channel);
    }
  }

  /** Sends; where Slack refuses the channel, answers the slash command instead and says how to invite the bot. */
  async #send<T>(channel: string, message: RichMessage, send: () => Promise<T>): Promise<T> {
    try {
      return await send();
    } catch (error) {
      const respond = this.#responders.get(channel);
      if (!respond || !isOutside(error)) throw error;
      // The invitation comes last, within Slack's 50 blocks: a long answer is shortened for it.
      const slack = toSlackMessage(message, this.#shortened, LIMITS.blocks - 1);
      await respond({
        response_type: 'ephemeral',
        text: `${slack.text}\n\n${this.#invite}`,
        blocks: [...slack.blocks, context(this.#invite)],
      });
      this.#responders.delete(channel);
      throw error;
    }
  }

  post(channel: string, message: RichMessage): Promise<MessageRef> {
    return this.#send(channel, message, async () => {
      const result = await this.#client.chat.postMessage({
        channel,
        ...toSlackMessage(message, this.#shortened),
      });
      return { platform: 'slack', channel: result.channel ?? channel, id: result.ts ?? '' };
    });
  }

  reply(thread: MessageRef, message: RichMessage): Promise<MessageRef> {
    return this.#send(thread.channel, message, async () => {
      const result = await this.#client.chat.postMessage({
        channel: thread.channel,
        thread_ts: thread.id,
        ...toSlackMessage(message, this.#shortened),
      });
      return { platform: 'slack', channel: result.channel ?? thread.channel, id: result.ts ?? '' };
    });
  }

  async update(ref: MessageRef, message: RichMessage): Promise<void> {
    await this.#client.chat.update({
      channel: ref.channel,
      ts: ref.id,
      ...toSlackMessage(message, this.#shortened),
    });
  }

  /** The member's IM with the bot (`conversations.open`, scope `im:write`); none without a Slack id. */
  async direct(member: Member): Promise<string | undefined> {
    if (!member.slack) return undefined;
    const opened = await this.#client.conversations.open({ users: member.slack });
    return opened.channel?.id;
  }

  /** `reactions.add` by the emoji's Slack name (`1️⃣` → `one`); one already there is fine. */
  async react(ref: MessageRef, emoji: string): Promise<void> {
    const name = nameOfEmoji(emoji);
    if (!name) return;
    try {
      await this.#client.reactions.add({ channel: ref.channel, timestamp: ref.id, name });
    } catch (error) {
      if ((error as { data?: { error?: string } } | null)?.data?.error !== 'already_reacted') throw error;
    }
  }

  /** The humans in a channel (`conversations.members`, page by page), bots and the bot itself left out. */
  async members(channel: string): Promise<readonly string[]> {
    const ids: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.#client.conversations.members({
        channel,
        limit: 200,
        ...(cursor ? { cursor } : {}),
      });
      ids.push(...(page.members ?? []));
      cursor = page.response_metadata?.next_cursor || undefined;
    } while (cursor);
    const humans: string[] = [];
    for (const id of ids) if (await this.isHuman(id)) humans.push(id);
    return humans;
  }

  /**
   * A public channel (`conversations.info` says `is_private: false`) is one anyone in the
   * workspace can find, join and read back: open to anyone, whatever the config says. In
   * every Slack channel someone who joins later reads the history. The answer is kept
   * for a few minutes.
   */
  async access(channel: string): Promise<ChannelAccess> {
    const kept = this.#access.get(channel);
    if (kept && Date.now() - kept.at < ACCESS_KEPT_MS) return kept.access;
    const info = await this.#client.conversations.info({ channel });
    if (!info.channel) throw new Error(`Slack: conversations.info gave no channel for ${channel}`);
    const access = { openToAnyone: info.channel.is_private !== true, historyVisibleToLaterJoiners: true };
    this.#access.set(channel, { at: Date.now(), access });
    return access;
  }

  /** Whether a Slack user is a person: rostered members are; others are asked once (`users.info`). */
  async isHuman(userId: string): Promise<boolean> {
    if (this.#isRostered(userId)) return true;
    if (userId === 'USLACKBOT') return false;
    let known = this.#humans.get(userId);
    if (known === undefined) {
      const { user } = await this.#client.users.info({ user: userId });
      known = !(user?.is_bot || user?.is_app_user || user?.deleted);
      this.#humans.set(userId, known);
    }
    return known;
  }

  /** files.uploadV2: an upload URL, the bytes, then sharing it in the channel (or thread) with a comment. */
  async upload(
    channel: string,
    file: ChatFile,
    comment: RichMessage,
    thread?: MessageRef,
  ): Promise<MessageRef> {
    const document = { content: file.text, filename: file.name, title: file.title };
    // Read as mrkdwn like every text the bot sends: escaped, so it never pings or disguises a link.
    const initial_comment = escapeMrkdwn(renderText(comment));
    const result = thread
      ? await this.#client.files.uploadV2({
          ...document,
          channel_id: channel,
          thread_ts: thread.id,
          initial_comment,
        })
      : await this.#client.files.uploadV2({ ...document, channel_id: channel, initial_comment });
    const uploaded = (result as { files?: Array<{ files?: Array<{ id?: string }> }> }).files?.[0]?.files?.[0];
    return { platform: 'slack', channel, id: uploaded?.id ?? file.name };
  }

  async notice(channel: string, userId: string, message: RichMessage, thread?: MessageRef): Promise<void> {
    await this.#send(channel, message, () =>
      this.#client.chat.postEphemeral({
        channel,
        user: userId,
        ...(thread ? { thread_ts: thread.id } : {}),
        ...toSlackMessage(message, this.#shortened),
      }),
    );
  }
}
