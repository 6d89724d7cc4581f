import { dirname, join } from 'node:path';
import { answerEdit, reactionOfRedaction } from './afterwards.ts';
import { accessOf, audienceOf, ChannelMembers } from './audience.ts';
import { mayCarry, newcomerNotice, refuseConfidentialHere } from './audience-rules.ts';
import { type Clock, systemClock } from './clock.ts';
import type { ChannelInfo, CommandSpec } from './command.ts';
import type { Config, Member } from './config.ts';
import { ReactionRunContext, RunContext } from './context.ts';
import { isUserError, StoreWriteError, UserError } from './errors.ts';
import type {
  ChatEvent,
  CommandEvent,
  MembershipEvent,
  MessageRef,
  Platform,
  ReactionEvent,
} from './events.ts';
import { parseRef, refToString } from './events.ts';
import { commandHelp } from './help.ts';
import { messages } from './i18n/messages.ts';
import { notRunAnswer, tooLate } from './late-events.ts';
import { consoleLogger, type Logger } from './log.ts';
import { buildArgs, type ValueKind } from './options.ts';
import { parseDate } from './parse/dates.ts';
import { cleanInput, tokenize } from './parse/tokens.ts';
import { parseAmount } from './parse/values.ts';
import { panelChannelName, refusal } from './permissions.ts';
import type { ChatAdapter } from './port.ts';
import { shownIn } from './posted-messages.ts';
import { recordingPort } from './posted-port.ts';
import { CommandRegistry, chooseSubcommand, describeCommand } from './registry.ts';
import { errorMessage, type RichMessage } from './rich-message.ts';
import type { AuditEntry } from './store/audit.ts';
import { wasHandled } from './store/handled-events.ts';
import { PostedLog } from './store/posted.ts';
import type { Db } from './store/schema.ts';
import type { Store } from './store/store.ts';
import { localDate, localYear } from './time.ts';
import { Turns } from './turns.ts';

const REMEMBERED_EVENTS = 2_000;
const COMMAND_START = /^\s*[/!]([a-zA-Z][\w-]*)/;

export interface BotOptions {
  readonly config: Config;
  readonly store: Store;
  readonly commands: readonly CommandSpec[];
  readonly clock?: Clock;
  readonly logger?: Logger;
}

/**
 * The core. Every adapter and every test feeds it through `receive`, the one way in; it finds
 * the command, checks who may run it, runs it, and answers through the adapter of the
 * event's platform. Events are handled one at a time, in order of arrival.
 */
export class Bot {
  readonly config: Config;
  readonly store: Store;
  readonly clock: Clock;
  readonly registry: CommandRegistry;
  readonly logger: Logger;
  readonly #adapters = new Map<Platform, ChatAdapter>();
  /** Who is in each channel, asked once and kept current from join and leave events. */
  readonly members = new ChannelMembers(
    () => this.config,
    () => this.clock,
  );
  readonly #seen = new Set<string>();
  readonly #turns = new Turns();

  constructor(options: BotOptions) {
    this.config = options.config;
    this.store = options.store;
    this.clock = options.clock ?? systemClock;
    this.logger = options.logger ?? consoleLogger;
    this.registry = new CommandRegistry(options.commands);
  }

  #posted: PostedLog | undefined;

  /** The messages the bot posted that show an item or a member: `posted.jsonl` beside db.json. */
  get posted(): PostedLog {
    this.#posted ??= new PostedLog(join(dirname(this.store.path), 'posted.jsonl'));
    return this.#posted;
  }

  /** Takes an adapter; the messages the bot posts through it are kept (see store/posted.ts). */
  attach(adapter: ChatAdapter): void {
    this.#adapters.set(
      adapter.platform,
      recordingPort(adapter, (ref, message) => this.#keep(ref, message)),
    );
  }

  /** Keeps a message the bot posted or edited when it shows an item or a member; never fails the send. */
  async #keep(ref: MessageRef, message: RichMessage): Promise<void> {
    const shown = shownIn(message, this.config.members);
    if (shown.items.length === 0 && shown.members.length === 0) return;
    try {
      await this.posted.record({
        at: this.clock.now().toISOString(),
        ref: refToString(ref),
        ...shown,
        message,
      });
    } catch (error) {
      this.logger.error(`Could not keep message ${refToString(ref)} in posted.jsonl`, error);
    }
  }

  adapter(platform: Platform): ChatAdapter | undefined {
    return this.#adapters.get(platform);
  }

  /** Takes one event from an adapter. Resolves when it has been handled. */
  receive(event: ChatEvent): Promise<void> {
    return this.#turns.run(() => this.#handle(event));
  }

  /** Runs work in turn with the events, so it never interleaves with a command. */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    return this.#turns.run(work);
  }

  /**
   * Applies a command's change and waits until it is on disk. Meanwhile the events behind
   * it may apply theirs (they are then written together); the command goes on in its turn.
   */
  transact<T>(change: (db: Db) => T, audit: (result: T) => AuditEntry[]): Promise<T> {
    return this.#turns.outside(this.store.transact(change, audit));
  }

  adapters(): ChatAdapter[] {
    return [...this.#adapters.values()];
  }

  /** Resolves when every event received so far has been handled. */
  async idle(): Promise<void> {
    await this.#turns.idle();
  }

  /** Whether a text is a command for this bot (`/advies …` or `!advies …`). */
  isCommand(text: string): boolean {
    const match = COMMAND_START.exec(text);
    return match !== null && this.registry.find(match[1]!) !== undefined;
  }

  memberFor(platform: Platform, userId: string): Member | undefined {
    const members = this.config.members;
    if (platform === 'slack') return members.find((member) => member.slack === userId);
    if (platform === 'matrix') return members.find((member) => member.matrix === userId);
    const wanted = userId.toLowerCase();
    return (
      members.find((member) => member.id === wanted) ?? members.find((m) => m.name.toLowerCase() === wanted)
    );
  }

  /** A channel as the config describes it (public or not), without asking who is in it. */
  channelInfo(platform: Platform, channelId: string): ChannelInfo {
    const entry = Object.entries(this.config.channels).find(([key, channel]) =>
      platform === 'shell' ? key === channelId : channel[platform] === channelId,
    );
    const open = entry ? entry[1].public === true : true;
    return { id: channelId, key: entry?.[0], public: open, open, outsiders: [] };
  }

  /** Who the core counts in a channel now (joined, invited, knocking), without asking; undefined when not known. */
  counted(platform: Platform, channelId: string): ReadonlySet<string> | undefined {
    return this.members.present(platform, channelId);
  }

  /** What is known of who is in a channel may be out of date: asked again, between two events. */
  recount(platform: Platform, channelId: string): void {
    void this.exclusive(async () => this.members.forget(platform, channelId));
  }

  /** A channel with who is in it: public too when someone there, or the asker, may not read confidential content. */
  async audience(platform: Platform, channelId: string, asker?: string): Promise<ChannelInfo> {
    const base = this.channelInfo(platform, channelId);
    if (base.open) return base;
    const adapter = this.#adapters.get(platform);
    const access = await accessOf(adapter, channelId);
    const humans = await this.members.of(adapter, platform, channelId);
    const today = localDate(this.clock.now(), this.config.timezone);
    return audienceOf(base, access, humans, asker, (userId) => this.memberFor(platform, userId), today);
  }

  /** The platform's channel id of a configured channel (the shell uses the key itself). */
  platformChannel(platform: Platform, key: string): string | undefined {
    const channel = this.config.channels[key];
    if (!channel) return undefined;
    return platform === 'shell' ? key : channel[platform];
  }

  async #handle(event: ChatEvent): Promise<void> {
    const key = `${event.actor.platform}:${event.eventId}`;
    if (this.#seen.has(key) || wasHandled(this.store.db, key)) return;
    this.#remember(key);
    try {
      if (event.kind === 'command') await this.#command(event, key);
      else if (tooLate(event, this.clock.now())) return;
      else if (event.kind === 'reaction') await this.#reaction(event, key);
      else if (event.kind === 'membership') await this.#membership(event);
      else if (event.kind === 'edit') await answerEdit(this, event, key);
      else if (event.kind === 'redaction') {
        const reaction = reactionOfRedaction(this, event);
        if (reaction) await this.#reaction(reaction, key);
      }
    } catch (error) {
      this.logger.error(`Event ${key} could not be handled`, error);
    }
  }

  #remember(key: string): void {
    this.#seen.add(key);
    if (this.#seen.size > REMEMBERED_EVENTS) this.#seen.delete(this.#seen.values().next().value!);
  }

  async #command(event: CommandEvent, eventKey: string): Promise<void> {
    const lang = this.config.language;
    const t = messages[lang];
    if (tooLate(event, this.clock.now())) {
      const { where, answer } = notRunAnswer(event, this.config);
      const adapter = this.#adapters.get(event.actor.platform);
      if (where && adapter) await this.sendSafely(() => adapter.reply(where, answer));
      else await this.respondTo(event, answer);
      return;
    }
    const member = this.memberFor(event.actor.platform, event.actor.userId);
    const channel = await this.audience(event.actor.platform, event.channel, event.actor.userId);
    try {
      const text = cleanInput(event.text);
      const match = COMMAND_START.exec(text);
      if (!match) throw new UserError(t.unknownCommand(text.trim().split(/\s+/)[0] ?? '', undefined));
      const command = this.registry.find(match[1]!);
      if (!command)
        throw new UserError(t.unknownCommand(`/${match[1]}`, this.registry.suggest(match[1]!, lang)));
      const tokenized = tokenize(text.slice(match[0].length));
      if (!tokenized.ok) throw new UserError(t.unclosedQuote);
      const offset = match[0].length;
      const tokens = tokenized.tokens.map((token) => ({
        ...token,
        start: token.start + offset,
        end: token.end + offset,
      }));
      const chosen = chooseSubcommand(command, tokens, lang);
      if (!chosen) {
        await this.respondTo(event, commandHelp(command, lang));
        return;
      }
      const { sub, rest } = chosen;
      const refused = refusal(sub, member, channel, this.config, t);
      if (refused) throw new UserError(refused);
      const context = new RunContext({ bot: this, event, eventKey, member, channel, command, sub, lang });
      const reads = (kind: ValueKind, value: string) =>
        kind === 'date' ? parseDate(value, context.today).ok : parseAmount(value, lang).ok;
      const args = buildArgs({ sub, tokens: rest, source: text, t, reads, usage: context.usage });
      refuseConfidentialHere(context, text, args);
      await sub.run(context, args);
    } catch (error) {
      await this.#fail(event, error);
    }
  }

  /** Routes a reaction on an item's message to the command that owns that kind of item. */
  async #reaction(event: ReactionEvent, eventKey: string): Promise<void> {
    const item = this.store.itemByMessage(refToString(event.target));
    if (!item) return;
    const prefix = item.id.split('-')[0];
    const owner = this.registry.commands.find((command) => command.reactions?.prefix === prefix);
    if (!owner?.reactions) return;
    const lang = this.config.language;
    const context = new ReactionRunContext({
      bot: this,
      event,
      eventKey,
      member: this.memberFor(event.actor.platform, event.actor.userId),
      channel: await this.audience(event.actor.platform, event.channel, event.actor.userId),
      lang,
    });
    try {
      await owner.reactions.handle(context, item.id);
    } catch (error) {
      await context.replyTo(
        item.message,
        errorMessage(this.#explain(error, `reaction ${event.emoji} on ${item.id}`)),
      );
    }
  }

  /** Keeps channel membership current; a newcomer who may not read confidential content is told to the chair. */
  async #membership(event: MembershipEvent): Promise<void> {
    const { platform, userId } = event.actor;
    this.members.change(platform, event.channel, userId, event.joined);
    if (!event.joined) return;
    const notice = await newcomerNotice(this, platform, event.channel, userId);
    const panel = notice ? this.platformChannel(platform, panelChannelName(this.config)) : undefined;
    const adapter = this.#adapters.get(platform);
    if (notice && panel && adapter) await this.sendSafely(() => adapter.post(panel, notice));
  }

  /** The sentence to show for a failure; faults of ours are logged with their cause. */
  #explain(error: unknown, what: string): string {
    const t = messages[this.config.language];
    if (isUserError(error)) return error.message;
    if (error instanceof StoreWriteError) {
      this.logger.error(`Could not save ${what}`, error.cause);
      return t.storeWriteFailed;
    }
    this.logger.error(`${what} failed`, error);
    return t.internalError;
  }

  async #fail(event: CommandEvent, error: unknown): Promise<void> {
    const year = localYear(this.clock.now(), this.config.timezone);
    const text = this.#explain(error, describeCommand(this.registry, event.text, year));
    const adapter = this.#adapters.get(event.actor.platform);
    if (adapter?.notice) {
      await this.sendSafely(() =>
        adapter.notice!(event.channel, event.actor.userId, errorMessage(text), event.thread),
      );
    } else {
      await this.respondTo(event, errorMessage(text));
    }
  }

  /** Answers in the thread the command was typed in, or else in its channel. */
  respondTo(event: CommandEvent, content: RichMessage): Promise<MessageRef | undefined> {
    const adapter = this.#adapters.get(event.actor.platform);
    if (!adapter) return Promise.resolve(undefined);
    return this.sendSafely(() =>
      event.thread ? adapter.reply(event.thread, content) : adapter.post(event.channel, content),
    );
  }

  /** Replies in the thread of a message the bot posted before (`slack:C0PANEL:1700…`), on its platform. */
  async replyTo(message: string | undefined, content: RichMessage): Promise<void> {
    await this.replyInThread(message, content);
  }

  /** The same, giving the reply's own reference (an action point's line). */
  async replyInThread(message: string | undefined, content: RichMessage): Promise<MessageRef | undefined> {
    const earlier = await this.#earlier(message, content);
    return earlier && (await this.sendSafely(() => earlier.adapter.reply(earlier.ref, content)));
  }

  /** Replaces a message the bot posted before, on its platform. */
  async update(message: string | undefined, content: RichMessage): Promise<void> {
    const earlier = await this.#earlier(message, content);
    if (earlier) await this.sendSafely(() => earlier.adapter.update(earlier.ref, content));
  }

  /**
   * A message the bot posted before and its platform's adapter, when this content may go
   * there. Confidential content, in a channel where someone may not read it, is held back
   * (see mayCarry).
   */
  async #earlier(
    message: string | undefined,
    content: RichMessage,
  ): Promise<{ ref: MessageRef; adapter: ChatAdapter } | undefined> {
    const ref = message ? parseRef(message) : undefined;
    const adapter = ref ? this.#adapters.get(ref.platform) : undefined;
    if (!ref || !adapter) return undefined;
    if (await mayCarry(this, ref, content)) return { ref, adapter };
    this.logger.info(
      `A message for ${refToString(ref)} was held back: someone there may not read confidential content`,
    );
    return undefined;
  }

  /** Runs a send; a failure is logged and never undoes the stored change it reports. */
  async sendSafely<T>(send: () => Promise<T>): Promise<T | undefined> {
    try {
      // Nothing is said about a change (even another command's) before it is on disk.
      await this.store.written();
      return await send();
    } catch (error) {
      this.logger.error('A message could not be sent', error);
      return undefined;
    }
  }
}
