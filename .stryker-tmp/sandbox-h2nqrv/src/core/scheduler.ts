// @ts-nocheck
import { messages } from '../i18n/messages.ts';
import type { RichMessage } from '../port/rich-message.ts';
import type { Db } from '../store/schema.ts';
import { localDate, localYear } from '../time/time.ts';
import type { Bot } from './bot.ts';
import type { ScheduledContext, ScheduledJob } from './command.ts';
import { digestParts } from './context.ts';

const TICK_MS = 60_000;

/**
 * Runs the commands' scheduled jobs (weekly digest, reminders) on every tick. Time comes
 * from the bot's clock, so tests and the shell's `:tijd` drive it without waiting. Each
 * job catches its own errors; one failing job never stops the others or the loop.
 */
export class Scheduler {
  readonly #bot: Bot;
  readonly #jobs: readonly ScheduledJob[];
  #timer: NodeJS.Timeout | undefined;

  /** `extra`: jobs of the running bot itself, not of a command (the daily snapshot). */
  constructor(bot: Bot, extra: readonly ScheduledJob[] = []) {
    this.#bot = bot;
    this.#jobs = [...bot.registry.commands.flatMap((command) => command.scheduled ?? []), ...extra];
  }

  /** Records when this store first had a scheduler, then catches up on what is due now. */
  async start(options: { timer?: boolean } = {}): Promise<void> {
    if (!this.#bot.store.db.scheduler.since) {
      const since = this.#bot.clock.now().toISOString();
      await this.#bot.store.transact(
        (db) => {
          db.scheduler.since = since;
        },
        () => [{ at: since, actor: 'bot', action: 'planner.start' }],
      );
    }
    await this.tick();
    if (options.timer !== false) {
      this.#timer = setInterval(() => void this.tick(), TICK_MS);
      this.#timer.unref();
    }
  }

  stop(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }

  /** Runs every job once, in turn with the bot's events. */
  tick(): Promise<void> {
    return this.#bot.exclusive(async () => {
      for (const job of this.#jobs) {
        try {
          await job.run(this.#context());
        } catch (error) {
          this.#bot.logger.error(`Scheduled job '${job.name}' failed`, error);
        }
      }
    });
  }

  #context(): ScheduledContext {
    const bot = this.#bot;
    const config = bot.config;
    const now = bot.clock.now();
    const at = now.toISOString();
    const context: ScheduledContext = {
      lang: config.language,
      t: messages[config.language],
      config,
      get db(): Db {
        return bot.store.db;
      },
      now,
      today: localDate(now, config.timezone),
      year: localYear(now, config.timezone),
      nameOf: (id) => config.members.find((member) => member.id === id)?.name ?? id,
      transact: (action, change, target) =>
        bot.store.transact(change, (result) => {
          const named = target?.(result);
          const id = typeof named === 'string' ? named : named?.join(',');
          return [{ at, actor: 'bot', action, ...(id ? { target: id } : {}) }];
        }),
      memory: bot.memory,
      sendDirect: (member, content) => bot.sendDirect(member, content),
      replaceCopies: () => bot.store.replaceBackups(),
      eraseAuditValues: async (targets, erased) => {
        await bot.store.rewriteAudit(
          (entry) =>
            entry.target && targets.includes(entry.target) && (entry.before || entry.after)
              ? { ...entry, before: erased, after: erased }
              : entry,
          (damaged) => damaged,
        );
        // The bot's own messages about them showed the text too: they are no longer kept.
        await bot.posted.rewrite((posted) =>
          posted.items.some((item) => targets.includes(item)) ? undefined : posted,
        );
      },
      broadcast: async (channelKey, content) => {
        for (const adapter of bot.adapters()) {
          const channel = bot.platformChannel(adapter.platform, channelKey);
          if (!channel) continue;
          // Public, or with someone who may not read confidential content: counts only.
          const audience = await bot.audience(adapter.platform, channel);
          await bot.sendSafely(() => adapter.post(channel, content(audience.public)));
        }
      },
      replyTo: (message: string | undefined, content: RichMessage) => bot.replyTo(message, content),
      update: (message: string | undefined, content: RichMessage) => bot.update(message, content),
      digestParts: (forPublic) => digestParts(bot.registry.commands, context, forPublic),
    };
    return context;
  }
}
