// @ts-nocheck
import { dirname, join } from 'node:path';
import { currentRoster } from '../domain/roster-changes.ts';
import { messages } from '../i18n/messages.ts';
import { Connections } from '../ops/health/connections.ts';
import { consoleLogger, type Logger } from '../ops/log.ts';
import { parseDate } from '../parse/dates.ts';
import { buildArgs, type ValueKind } from '../parse/options.ts';
import { cleanInput, tokenize } from '../parse/tokens.ts';
import { parseAmount } from '../parse/values.ts';
import type {
  ChatEvent,
  CommandEvent,
  EditEvent,
  MembershipEvent,
  MessageEvent,
  MessageRef,
  Platform,
  ReactionEvent,
} from '../port/events.ts';
import { parseRef, refToString } from '../port/events.ts';
import type { ChatAdapter, CommandEntry, Core } from '../port/port.ts';
import { shownIn } from '../port/posted-messages.ts';
import { recordingPort } from '../port/posted-port.ts';
import { errorMessage, type RichMessage } from '../port/rich-message.ts';
import type { Config, Member } from '../setup/config.ts';
import type { AuditEntry } from '../store/audit.ts';
import { wasHandled } from '../store/handled-events.ts';
import { PostedLog } from '../store/posted.ts';
import type { Db } from '../store/schema.ts';
import type { Store } from '../store/store.ts';
import { type Clock, systemClock } from '../time/clock.ts';
import { localDate, localYear } from '../time/time.ts';
import { answerEdit, reactionOfRedaction } from './afterwards.ts';
import { accessOf, audienceOf, ChannelMembers } from './audience.ts';
import { mayCarry, newcomerNotice, refuseConfidentialHere } from './audience-rules.ts';
import type { ChannelInfo, CommandSpec } from './command.ts';
import { ReactionRunContext, ReplyRunContext, RunContext } from './context.ts';
import { isUserError, StoreWriteError, UserError } from './errors.ts';
import { commandHelp } from './help.ts';
import { notRunAnswer, tooLate } from './late-events.ts';
import { panelChannelName, refusal } from './permissions.ts';
import { CommandRegistry, chooseSubcommand, describeCommand } from './registry.ts';
import { Turns } from './turns.ts';

const REMEMBERED_EVENTS = 2_000;

/** Whether a failure refuses the person for who they are (it carries the refusal marker). */
const isRefusal = (error: unknown): boolean => isUserError(error) && error.refusal;
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
export class Bot implements Core {
  readonly store: Store;
  readonly clock: Clock;
  readonly registry: CommandRegistry;
  readonly logger: Logger;
  readonly #adapters = new Map<Platform, ChatAdapter>();
  /** Who is in each channel, asked once and kept current from join and leave events. */
  readonly members = new ChannelMembers(() => this.clock);
  /** Whether each platform is connected, as its adapter reports it (for /healthz). */
  readonly connections = new Connections(() => this.clock.now());
  readonly #seen = new Set<string>();
  readonly #turns = new Turns();
  /** config.json as read at start or at the last reload: the starting roster. */
  #starting: Config;
  #current: { readonly key: string; readonly config: Config } | undefined;

  constructor(options: BotOptions) {
    this.#starting = options.config;
    this.store = options.store;
    this.clock = options.clock ?? systemClock;
    this.logger = options.logger ?? consoleLogger;
    this.registry = new CommandRegistry(options.commands);
  }

  /**
   * The configuration in force: config.json with the roster as changed in chat (`/lid`).
   * Worked out again only when either changed.
   */
  get config(): Config {
    const key = JSON.stringify(this.store.db.roster);
    if (this.#current?.key !== key) {
      const members = currentRoster(this.#starting.members, this.store.db.roster);
      this.#current = { key, config: { ...this.#starting, members } };
    }
    return this.#current.config;
  }

  /** config.json as read at start or at the last reload, before the chat's roster changes. */
  get startingConfig(): Config {
    return this.#starting;
  }

  /** The adapter's connection to its platform came or went (for /healthz). */
  connection(platform: Platform, connected: boolean): void {
    this.connections.mark(platform, connected);
  }

  /** Takes a checked config.json in use (SIGHUP); the chat's roster changes stay before it. */
  reloadConfig(config: Config): void {
    this.#starting = config;
    this.#current = undefined;
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

  /** The commands' state that lives as long as this bot and is never stored (see `ActionContext.memory`). */
  readonly memory = new Map<string, unknown>();

  /** A message to one member in a direct conversation, on every platform that can; how many were sent. */
  async sendDirect(member: Member, content: RichMessage): Promise<number> {
    let sent = 0;
    for (const adapter of this.#adapters.values()) {
      const channel = await adapter.direct?.(member).catch((error: unknown) => {
        this.logger.error('A direct conversation could not be opened', error);
        return undefined;
      });
      if (channel && (await this.sendSafely(() => adapter.post(channel, content)))) sent++;
    }
    return sent;
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

  /** The roster member a platform user is: the platform's adapter knows how it names people. */
  memberFor(platform: Platform, userId: string): Member | undefined {
    return this.#adapters.get(platform)?.memberOf(userId, this.config.members);
  }

  /** A channel as the config describes it (public or not), without asking who is in it. */
  channelInfo(platform: Platform, channelId: string): ChannelInfo {
    const adapter = this.#adapters.get(platform);
    const channels = this.config.channels;
    const key =
      adapter && Object.keys(channels).find((name) => adapter.channelOf(name, channels) === channelId);
    const open = key ? channels[key]!.public === true : true;
    return { id: channelId, key, public: open, open, outsiders: [] };
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

  /**
   * Where an event happened, as a command sees it. A direct conversation with the bot is no
   * public channel: only the person and the bot are in it, so it shows what that person may read.
   */
  #whereOf(event: ChatEvent): Promise<ChannelInfo> {
    const { platform, userId } = event.actor;
    if (!event.direct) return this.audience(platform, event.channel, userId);
    const today = localDate(this.clock.now(), this.config.timezone);
    const base: ChannelInfo = {
      id: event.channel,
      key: undefined,
      public: false,
      open: false,
      outsiders: [],
    };
    return Promise.resolve(
      audienceOf(base, undefined, new Set([userId]), userId, (id) => this.memberFor(platform, id), today),
    );
  }

  /** The platform's channel id of a configured channel, as its adapter names it. */
  platformChannel(platform: Platform, key: string): string | undefined {
    return this.#adapters.get(platform)?.channelOf(key, this.config.channels);
  }

  /** The commands' names and forms, for adapters that register commands (Slack's slash commands). */
  commandEntries(): readonly CommandEntry[] {
    return this.registry.commands.map((command) => ({
      name: command.name,
      names: [...new Set([command.name, command.en, ...(command.aliases ?? [])])],
      ...(command.form ? { form: command.form } : {}),
    }));
  }

  isRostered(platform: Platform, userId: string): boolean {
    return this.memberFor(platform, userId) !== undefined;
  }

  isPublic(platform: Platform, channel: string): boolean {
    return this.channelInfo(platform, channel).public;
  }

  admitted(platform: Platform, channel: string): void {
    this.members.admitted(platform, channel);
  }

  knownMessages(): readonly string[] {
    return this.store.knownMessages();
  }

  async #handle(received: ChatEvent): Promise<void> {
    const key = `${received.actor.platform}:${received.eventId}`;
    if (this.#seen.has(key) || wasHandled(this.store.db, key)) return;
    // A message that is neither a command nor a reply a command handles is dropped here:
    // not remembered, not stored, not logged.
    const event =
      received.kind === 'message'
        ? this.#meaningOf(received)
        : received.kind === 'edit'
          ? this.#editOfCommand(received)
          : received;
    if (!event) return;
    this.#remember(key);
    try {
      if (event.kind === 'command') await this.#command(event, key);
      else if (tooLate(event, this.clock.now())) return;
      else if (event.kind === 'message') await this.#reply(event, key);
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

  /**
   * What a message is for the bot: a command (`/advies …`, `!advies …`, a mention of the
   * bot followed by a command; a near miss too, so the typo is answered), a reply in the
   * thread of an item whose command handles it, or nothing (undefined).
   */
  #meaningOf(event: MessageEvent): CommandEvent | MessageEvent | undefined {
    const line = this.#commandLine(event.text, event.addressed, true);
    if (line) {
      const { addressed: _, kind: __, ...rest } = event;
      return { ...rest, kind: 'command', text: line };
    }
    if (!event.thread || event.addressed) return undefined;
    const owner = this.#replyOwner(event.thread);
    return owner?.replies?.accepts(event.text.trim()) ? event : undefined;
  }

  /** An edit of a command (before or after the edit) is answered; any other edit is dropped like a message. */
  #editOfCommand(event: EditEvent): EditEvent | undefined {
    const texts = [event.text, ...(event.previous !== undefined ? [event.previous] : [])];
    return texts.some((text) => this.#commandLine(text, event.addressed, false)) ? event : undefined;
  }

  /**
   * The command line a text is (`/advies …`, `!advies …`, or words after a mention of the
   * bot), when it names a command; with `nearMiss`, also when it comes close (the typo is answered).
   */
  #commandLine(text: string, addressed: boolean | undefined, nearMiss: boolean): string | undefined {
    const clean = cleanInput(text).trim();
    const line = /^[/!]/.test(clean) ? clean : addressed ? `/${clean}` : undefined;
    const word = line ? COMMAND_START.exec(line)?.[1] : undefined;
    if (!line || !word) return undefined;
    const known = this.registry.find(word) ?? (nearMiss && this.registry.suggest(word, this.config.language));
    return known ? line : undefined;
  }

  /** The command that handles replies in the thread of an item's message, if any. */
  #replyOwner(thread: MessageRef): CommandSpec | undefined {
    const item = this.store.itemByMessage(refToString(thread));
    return item ? this.registry.ownerOf(item.id) : undefined;
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
    const channel = await this.#whereOf(event);
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
      if (refused) throw new UserError(refused.text, { refusal: refused.who });
      const context = new RunContext({ bot: this, event, eventKey, member, channel, command, sub, lang });
      const reads = (kind: ValueKind, value: string) =>
        kind === 'date' ? parseDate(value, context.today).ok : parseAmount(value, lang).ok;
      const args = buildArgs({ sub, tokens: rest, source: text, t, reads, usage: context.usage });
      refuseConfidentialHere(context, text, args, sub.flags?.includes('vertrouwelijk') === true);
      await sub.run(context, args);
    } catch (error) {
      await this.#fail(event, error);
    }
  }

  /** Routes a reaction on an item's message to the command that owns that kind of item. */
  async #reaction(event: ReactionEvent, eventKey: string): Promise<void> {
    const item = this.store.itemByMessage(refToString(event.target));
    if (!item) return;
    const owner = this.registry.ownerOf(item.id);
    if (!owner?.reactions) return;
    const lang = this.config.language;
    const context = new ReactionRunContext({
      bot: this,
      event,
      eventKey,
      member: this.memberFor(event.actor.platform, event.actor.userId),
      channel: await this.#whereOf(event),
      lang,
    });
    try {
      await owner.reactions.handle(context, item.id);
    } catch (error) {
      await context.replyTo(
        item.message,
        errorMessage(this.#explain(error, `reaction ${event.emoji} on ${item.id}`), isRefusal(error)),
      );
    }
  }

  /** Hands a reply in an item's thread to the command that owns that kind of item. */
  async #reply(event: MessageEvent, eventKey: string): Promise<void> {
    const item = this.store.itemByMessage(refToString(event.thread!));
    const owner = this.#replyOwner(event.thread!);
    if (!item || !owner?.replies) return;
    const context = new ReplyRunContext({
      bot: this,
      event,
      eventKey,
      member: this.memberFor(event.actor.platform, event.actor.userId),
      channel: await this.#whereOf(event),
      lang: this.config.language,
    });
    try {
      await owner.replies.handle(context, item.id);
    } catch (error) {
      await context.respondPrivately(
        errorMessage(this.#explain(error, `reply on ${item.id}`), isRefusal(error)),
      );
    }
  }

  /** Keeps channel membership current; a newcomer who may not read confidential content is told to the chair. */
  async #membership(event: MembershipEvent): Promise<void> {
    const { platform, userId } = event.actor;
    await this.members.change(this.#adapters.get(platform), platform, event.channel, userId, event.joined);
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
    const answer = errorMessage(text, isRefusal(error));
    const adapter = this.#adapters.get(event.actor.platform);
    if (adapter?.notice) {
      await this.sendSafely(() => adapter.notice!(event.channel, event.actor.userId, answer, event.thread));
    } else {
      await this.respondTo(event, answer);
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

  /** Puts reactions under a message the bot posted before, on its platform, where it can. */
  async react(message: string | undefined, emojis: readonly string[]): Promise<void> {
    const ref = message ? parseRef(message) : undefined;
    const adapter = ref ? this.#adapters.get(ref.platform) : undefined;
    if (!ref || !adapter?.react) return;
    for (const emoji of emojis) await this.sendSafely(() => adapter.react!(ref, emoji));
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
