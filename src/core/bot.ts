import { messages } from '../i18n/messages.ts';
import { Connections } from '../ops/health/connections.ts';
import { parseDate } from '../parse/dates.ts';
import { buildArgs, type ValueKind } from '../parse/options.ts';
import { cleanInput, tokenize } from '../parse/tokens.ts';
import { parseAmount } from '../parse/values.ts';
import type {
  ChatEvent,
  CommandEvent,
  MembershipEvent,
  MessageEvent,
  Platform,
  ReactionEvent,
} from '../port/events.ts';
import { refToString } from '../port/events.ts';
import type { CommandEntry, Core } from '../port/port.ts';
import { errorMessage } from '../port/rich-message.ts';
import type { AuditEntry } from '../store/audit.ts';
import { wasHandled } from '../store/handled-events.ts';
import type { Db } from '../store/schema.ts';
import { localYear } from '../time/time.ts';
import { answerEdit, reactionOfRedaction } from './afterwards.ts';
import { newcomerNotice, refuseConfidentialHere } from './audience-rules.ts';
import type { CommandSpec } from './command.ts';
import { isUserError, StoreWriteError, UserError } from './errors.ts';
import { commandHelp } from './help.ts';
import { notRunAnswer, tooLate } from './late-events.ts';
import { COMMAND_START, editOfCommand, meaningOf, replyOwner } from './meaning.ts';
import { Messenger, type MessengerOptions } from './messenger.ts';
import { panelChannelName, refusal } from './permissions.ts';
import { CommandRegistry, chooseSubcommand, describeCommand } from './registry.ts';
import { ReactionRunContext, ReplyRunContext, RunContext } from './run-context.ts';
import { Turns } from './turns.ts';

const REMEMBERED_EVENTS = 2_000;

/** Whether a failure refuses the person for who they are (it carries the refusal marker). */
const isRefusal = (error: unknown): boolean => isUserError(error) && error.refusal;

export interface BotOptions extends MessengerOptions {
  readonly commands: readonly CommandSpec[];
}

/**
 * The core. Every adapter and every test feeds it through `receive`, the one way in; it finds
 * the command, checks who may run it, runs it, and answers through the adapter of the
 * event's platform. Events are handled one at a time, in order of arrival.
 */
export class Bot extends Messenger implements Core {
  readonly registry: CommandRegistry;
  /** Whether each platform is connected, as its adapter reports it (for /healthz). */
  readonly connections = new Connections(() => this.clock.now());
  readonly #seen = new Set<string>();
  readonly #turns = new Turns();

  constructor(options: BotOptions) {
    super(options);
    this.registry = new CommandRegistry(options.commands);
  }

  /** The adapter's connection to its platform came or went (for /healthz). */
  connection(platform: Platform, connected: boolean): void {
    this.connections.mark(platform, connected);
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

  /** The commands' state that lives as long as this bot and is never stored (see `ActionContext.memory`). */
  readonly memory = new Map<string, unknown>();

  /** Resolves when every event received so far has been handled. */
  async idle(): Promise<void> {
    await this.#turns.idle();
  }

  /** Whether a text is a command for this bot (`/advies …` or `!advies …`). */
  isCommand(text: string): boolean {
    const match = COMMAND_START.exec(text);
    return match !== null && this.registry.find(match[1]!) !== undefined;
  }

  /** Who the core counts in a channel now (joined, invited, knocking), without asking; undefined when not known. */
  counted(platform: Platform, channelId: string): ReadonlySet<string> | undefined {
    return this.members.present(platform, channelId);
  }

  /** What is known of who is in a channel may be out of date: asked again, between two events. */
  recount(platform: Platform, channelId: string): void {
    void this.exclusive(async () => this.members.forget(platform, channelId));
  }

  /** The commands' names and forms, for adapters that register commands (Slack's slash commands). */
  commandEntries(): readonly CommandEntry[] {
    return this.registry.commands.map((command) => ({
      name: command.name,
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
        ? meaningOf(this, received)
        : received.kind === 'edit'
          ? editOfCommand(this, received)
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

  #remember(key: string): void {
    this.#seen.add(key);
    if (this.#seen.size > REMEMBERED_EVENTS) this.#seen.delete(this.#seen.values().next().value!);
  }

  async #command(event: CommandEvent, eventKey: string): Promise<void> {
    const lang = this.config.language;
    const t = messages[lang];
    if (tooLate(event, this.clock.now())) {
      const { where, answer } = notRunAnswer(event, this.config);
      const adapter = this.adapter(event.actor.platform);
      if (where && adapter) await this.sendSafely(() => adapter.reply(where, answer));
      else await this.respondTo(event, answer);
      return;
    }
    const member = this.memberFor(event.actor.platform, event.actor.userId);
    const channel = await this.whereOf(event);
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
      channel: await this.whereOf(event),
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
    const owner = replyOwner(this, event.thread!);
    if (!item || !owner?.replies) return;
    const context = new ReplyRunContext({
      bot: this,
      event,
      eventKey,
      member: this.memberFor(event.actor.platform, event.actor.userId),
      channel: await this.whereOf(event),
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
    await this.members.change(this.adapter(platform), platform, event.channel, userId, event.joined);
    if (!event.joined) return;
    const notice = await newcomerNotice(this, platform, event.channel, userId);
    const panel = notice ? this.platformChannel(platform, panelChannelName(this.config)) : undefined;
    const adapter = this.adapter(platform);
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
    const adapter = this.adapter(event.actor.platform);
    if (adapter?.notice) {
      await this.sendSafely(() => adapter.notice!(event.channel, event.actor.userId, answer, event.thread));
    } else {
      await this.respondTo(event, answer);
    }
  }
}
