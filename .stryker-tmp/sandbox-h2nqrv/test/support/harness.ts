// @ts-nocheck
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commands } from '../../commands/index.ts';
import { Bot } from '../../src/core/bot.ts';
import { termsOf } from '../../src/domain/agreements.ts';
import { type Logger, silentLogger } from '../../src/ops/log.ts';
import type { ChatEvent, MessageRef } from '../../src/port/events.ts';
import { type Config, configSchema, DEMO_MEMBERS } from '../../src/setup/config.ts';
import { Store } from '../../src/store/store.ts';
import { SettableClock } from '../../src/time/clock.ts';
import { diskState } from './disk.ts';
import { RecordingAdapter, type Sent } from './recording-adapter.ts';

export async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'stadspanel-test-'));
}

let sites = 0;

/** The demo roster; `/website` writes to a fresh folder under the system's temp folder, never into the repository. */
export function testConfig(overrides: Record<string, unknown> = {}): Config {
  const site = { dir: join(tmpdir(), `stadspanel-test-site-${process.pid}-${++sites}`) };
  return configSchema.parse({ members: DEMO_MEMBERS, site, ...overrides });
}

/** A bot on a fresh data folder with a recording adapter and a clock that stands still. */
export class Harness {
  readonly bot: Bot;
  readonly store: Store;
  readonly adapter: RecordingAdapter;
  readonly clock: SettableClock;
  readonly dir: string;
  #event = 0;
  /** Event ids differ per harness, so a restarted bot does not take them for redeliveries. */
  readonly #run = Math.random().toString(36).slice(2, 8);

  private constructor(dir: string, bot: Bot, store: Store, adapter: RecordingAdapter, clock: SettableClock) {
    this.dir = dir;
    this.bot = bot;
    this.store = store;
    this.adapter = adapter;
    this.clock = clock;
  }

  static async create(
    options: { config?: Config; now?: string; dir?: string; logger?: Logger } = {},
  ): Promise<Harness> {
    const dir = options.dir ?? (await tempDir());
    const config = options.config ?? testConfig();
    const store = await Store.open(dir, { firstTerms: termsOf(config) });
    const clock = new SettableClock(new Date(options.now ?? '2026-11-28T09:00:00Z'));
    const bot = new Bot({
      config,
      store,
      clock,
      commands,
      logger: options.logger ?? silentLogger,
    });
    const adapter = new RecordingAdapter('shell', () => bot.config.channels);
    bot.attach(adapter);
    return new Harness(dir, bot, store, adapter, clock);
  }

  /** Types a command as a member, in a channel (default `panel`), optionally in a thread. */
  async command(
    member: string,
    text: string,
    options: { channel?: string; thread?: MessageRef } = {},
  ): Promise<string> {
    const channel = options.thread?.channel ?? options.channel ?? 'panel';
    const before = this.adapter.sent.length;
    await this.receive({
      kind: 'command',
      eventId: `${this.#run}-e${++this.#event}`,
      actor: { platform: 'shell', userId: member },
      channel,
      text,
      ...(options.thread ? { thread: options.thread } : {}),
    });
    assertOneAnswer(this.adapter.sent.slice(before), channel, text);
    return this.adapter.last().text;
  }

  /** Adds (or removes) a reaction on a message, as a member. */
  async react(
    member: string,
    emoji: string,
    target: MessageRef,
    added = true,
    eventId?: string,
  ): Promise<void> {
    await this.receive({
      kind: 'reaction',
      eventId: eventId ?? `${this.#run}-r${++this.#event}`,
      actor: { platform: 'shell', userId: member },
      channel: target.channel,
      emoji,
      added,
      target,
    });
  }

  async receive(event: ChatEvent): Promise<void> {
    await this.bot.receive(event);
  }

  /** The ref of the message that announced an item. */
  anchorOf(id: string): MessageRef {
    const request = this.store.db.adviceRequests.find((item) => item.id === id);
    const [platform, channel, number] = (request?.message ?? '').split(':');
    if (!platform || !channel || !number) throw new Error(`${id} has no message`);
    return { platform: 'shell', channel, id: number };
  }

  /** The store as it is on disk (snapshot and journal), as JSON. */
  async diskText(): Promise<string> {
    await this.store.idle();
    return diskState(this.dir);
  }

  async close(): Promise<void> {
    await this.bot.idle();
    await this.store.close();
  }
}

/**
 * One answer per action, checked on every command of every test: at most one new message
 * in the channel where it was typed (a reply there, or a new item's message), besides
 * updates of messages. A publication in another channel is not an answer.
 */
function assertOneAnswer(sent: readonly Sent[], channel: string, text: string): void {
  const answers = sent.filter(
    (entry) => entry.kind !== 'update' && entry.kind !== 'react' && entry.ref.channel === channel,
  );
  if (answers.length > 1) {
    throw new Error(
      `'${text}' gave ${answers.length} answers instead of one:\n${answers.map((a) => a.text).join('\n---\n')}`,
    );
  }
}

export async function writeConfig(dir: string, config: unknown): Promise<void> {
  await writeFile(join(dir, 'config.json'), JSON.stringify(config, null, 2));
}
