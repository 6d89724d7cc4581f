// @ts-nocheck
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { Bot } from '../../src/core/bot.ts';
import type { CommandSpec, ReplyContext } from '../../src/core/command.ts';
import type { Logger } from '../../src/ops/log.ts';
import type { MessageEvent, MessageRef } from '../../src/port/events.ts';
import { message, paragraph } from '../../src/port/rich-message.ts';
import { Store } from '../../src/store/store.ts';
import { SettableClock } from '../../src/time/clock.ts';
import { tempDir, testConfig } from '../support/harness.ts';
import { RecordingAdapter } from '../support/recording-adapter.ts';

/** A command whose items' threads take replies: `ja` and `nee` count, anything else is talk. */
const replies: string[] = [];
const echo: CommandSpec = {
  ...commands.find((command) => command.name === 'advies')!,
  name: 'advies',
  replies: {
    accepts: (text) => /^(ja|nee)$/i.test(text),
    async handle(context: ReplyContext, itemId: string) {
      replies.push(`${context.actor.id} ${context.text} ${itemId}${context.event.direct ? ' direct' : ''}`);
      await context.transact(
        'advies.antwoord',
        () => undefined,
        () => itemId,
      );
      await context.replyTo(context.item('adviceRequests', itemId)?.message, message(paragraph('geteld')));
    },
  },
};

let store: Store;
let bot: Bot;
let adapter: RecordingAdapter;
let logged: string[];
let number = 0;

async function start(list: readonly CommandSpec[]) {
  const dir = await tempDir();
  store = await Store.open(dir);
  logged = [];
  const logger: Logger = {
    info: (text) => logged.push(text),
    warn: (text) => logged.push(text),
    error: (text) => logged.push(text),
  };
  bot = new Bot({
    config: testConfig(),
    store,
    clock: new SettableClock(new Date('2026-11-28T09:00:00Z')),
    commands: list,
    logger,
  });
  adapter = new RecordingAdapter('shell', () => bot.config.channels);
  bot.attach(adapter);
  return dir;
}

afterEach(async () => {
  replies.length = 0;
  await bot.idle();
  await store.close();
});

function said(
  member: string,
  text: string,
  more: Partial<Pick<MessageEvent, 'thread' | 'addressed' | 'direct' | 'eventId'>> = {},
): MessageEvent {
  return {
    kind: 'message',
    eventId: more.eventId ?? `m${++number}`,
    actor: { platform: 'shell', userId: member },
    channel: more.thread?.channel ?? 'panel',
    text,
    message: { platform: 'shell', channel: 'panel', id: `in.${number}` },
    ...more,
  };
}

async function announce(): Promise<MessageRef> {
  await bot.receive(said('gemeente', '/advies nieuw "Bodycams"'));
  const ref = store.db.adviceRequests.at(-1)!.message!;
  const [, channel, id] = ref.split(':');
  return { platform: 'shell', channel: channel!, id: id! };
}

describe('messages reach the core, which decides what they are', () => {
  it('runs a message that is a command, once also when it is delivered twice', async () => {
    await start(commands);
    const event = said('gemeente', '/advies nieuw "Bodycams"');
    await bot.receive(event);
    await bot.receive(event);
    expect(store.db.adviceRequests).toHaveLength(1);
    expect(adapter.sent).toHaveLength(1);
  });

  it('reads words addressed to the bot (a mention, taken out by the adapter) as a command', async () => {
    await start(commands);
    await bot.receive(said('gemeente', 'advies nieuw "Bodycams"', { addressed: true }));
    expect(store.db.adviceRequests).toHaveLength(1);
  });

  it('answers a near miss with a suggestion, and lets anything else starting with a slash pass', async () => {
    await start(commands);
    await bot.receive(said('gemeente', '/adviez lijst'));
    expect(adapter.last().text).toContain('Bedoel je /advies?');
    adapter.clear();
    await bot.receive(said('gemeente', '/shrug'));
    expect(adapter.sent).toEqual([]);
  });

  it("drops the members' own talk at once: nothing said, stored, written or logged, not even its id", async () => {
    const dir = await start(commands);
    const thread = await announce();
    await store.idle();
    const journal = await readFile(join(dir, 'db.journal.jsonl'), 'utf8');
    const handled = store.db.handledEvents.length;
    adapter.clear();
    for (const event of [
      said('gemeente', 'Goedemorgen allemaal, besluit nog even niks'),
      said('voorzitter', 'advies nieuw "zonder schuine streep"'),
      said('voorzitter', 'Ik lees het vanavond', { thread }),
      said('voorzitter', 'ja', { thread }), // no command handles replies in an advice request's thread
      said('voorzitter', 'privé', { direct: true }),
    ])
      await bot.receive(event);
    await store.idle();
    expect(adapter.sent).toEqual([]);
    expect(store.db.handledEvents).toHaveLength(handled);
    expect(await readFile(join(dir, 'db.journal.jsonl'), 'utf8')).toBe(journal);
    expect(logged).toEqual([]);
  });

  it('a message dropped once is still read when it arrives again (its id was never kept)', async () => {
    await start([echo, ...commands.filter((command) => command.name !== 'advies')]);
    const thread = await announce();
    await bot.receive(said('voorzitter', 'misschien', { thread, eventId: 'same' }));
    expect(replies).toEqual([]);
    expect(store.db.handledEvents.some((event) => event.key.endsWith(':same'))).toBe(false);
  });

  it('hands a reply in the thread of an item to the command that declared it handles replies, once', async () => {
    await start([echo, ...commands.filter((command) => command.name !== 'advies')]);
    const thread = await announce();
    adapter.clear();
    const vote = said('voorzitter', ' ja ', { thread });
    await bot.receive(vote);
    await bot.receive(vote); // redelivered
    await bot.receive(said('voorzitter', 'Mooi, ja', { thread }));
    expect(replies).toEqual(['voorzitter ja ADV-2026-001']);
    expect(adapter.texts()).toEqual(['geteld']);
    expect(store.db.handledEvents.at(-1)!.key).toBe(`shell:${vote.eventId}`);
  });

  it('takes a direct conversation with the bot as no public channel: changes there are allowed', async () => {
    await start(commands);
    await bot.receive(said('voorzitter', '/besluit Direct genomen', { direct: true }));
    expect(store.db.decisions.map((decision) => decision.text)).toEqual(['Direct genomen']);
    await bot.receive(said('voorzitter', '/besluit Niet direct'));
    expect(store.db.decisions).toHaveLength(2);
    await bot.receive({ ...said('voorzitter', '/besluit In een onbekend kanaal'), channel: 'ergens' });
    expect(store.db.decisions).toHaveLength(2);
  });

  it('tells a command whether a message came from a direct conversation with the bot', async () => {
    await start([echo, ...commands.filter((command) => command.name !== 'advies')]);
    const thread = await announce();
    await bot.receive(said('voorzitter', 'nee', { thread, direct: true }));
    expect(replies).toEqual(['voorzitter nee ADV-2026-001 direct']);
  });
});
