// @ts-nocheck
import { randomUUID } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { ChatEvent, MessageRef } from '../../src/port/events.ts';
import type { Core } from '../../src/port/port.ts';
import type { SettableClock } from '../../src/time/clock.ts';
import { formatDateTime, parseInstant } from '../../src/time/time.ts';
import { emojiOfName } from '../emoji-names.ts';
import { terminalIdentity } from './identity.ts';
import { parseShellLine } from './line.ts';
import { ShellAdapter } from './shell-adapter.ts';
import { shellTexts } from './texts.ts';

export interface ShellOptions {
  readonly bot: Core;
  readonly clock: SettableClock;
  readonly input: Readable;
  readonly output: Writable;
  /** Show a prompt and a welcome (an interactive terminal). */
  readonly interactive: boolean;
  readonly demo: boolean;
  /** Where shared files (the Markdown yearly report) are written: the data folder. */
  readonly fileDir?: string;
  /** A file that keeps the last message number between sessions (beside the data). */
  readonly numberFile?: string;
  /** Called once the shell is connected to the bot, before the first line (starts the scheduler). */
  readonly onReady?: () => Promise<void>;
  /** Runs scheduled work that is due; called after the clock moves. */
  readonly onClockMoved?: () => Promise<void>;
}

/**
 * Reads lines, turns each into one event for `bot.receive`, and waits for it before
 * reading the next. Resolves at end of input, when all work is done.
 */
export async function runShell(options: ShellOptions): Promise<void> {
  const { bot, clock, output } = options;
  const texts = shellTexts[bot.config.language];
  const adapter = new ShellAdapter(output, options.fileDir, () => bot.config.channels);
  adapter.remember(bot.knownMessages());
  if (options.numberFile)
    adapter.continueAfter(Number(await readFile(options.numberFile, 'utf8').catch(() => '0')));
  bot.attach(adapter);
  const run = randomUUID().slice(0, 8);
  let member = bot.config.members[0]!.id;
  let channel = Object.keys(bot.config.channels).find((key) => !bot.config.channels[key]!.public) ?? 'panel';
  /** In a direct conversation with the bot (`:dm`): its channel is `@<member>`. */
  let direct = false;
  let lineNumber = 0;
  const here = () => (direct ? `@${member}` : channel);

  adapter.currentChannel = channel;
  if (options.interactive) adapter.say(texts.welcome(member, channel, options.demo));
  // Before the line reader exists: lines read while it is not being iterated would be lost.
  await options.onReady?.();
  // In a terminal readline edits the line and keeps a history (arrow keys); piped input is read as is.
  const lines = createInterface({
    input: options.input,
    ...(options.interactive ? { output, terminal: true, historySize: 200 } : { terminal: false }),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  // Ctrl+C in the terminal ends the session like Ctrl+D: pending work is finished first.
  lines.on('SIGINT', () => lines.close());
  const prompt = () => {
    if (!options.interactive) return;
    lines.setPrompt(`${direct ? 'dm' : channel} · ${member}> `);
    lines.prompt();
  };
  prompt();

  for await (const text of lines) {
    lineNumber += 1;
    const parsed = parseShellLine(text);
    const base = { eventId: `${run}.${lineNumber}`, channel: here(), ...(direct ? { direct: true } : {}) };
    const source: MessageRef = { platform: adapter.platform, channel: here(), id: `in.${run}.${lineNumber}` };
    let event: ChatEvent | undefined;
    switch (parsed.kind) {
      case 'empty':
        break;
      case 'help':
        adapter.say(texts.help);
        break;
      case 'as': {
        const found = terminalIdentity.memberOf(parsed.member, bot.config.members);
        member = found?.id ?? parsed.member;
        adapter.currentChannel = here();
        adapter.say(texts.nowMember(found?.name ?? '', member, found !== undefined));
        break;
      }
      case 'channel':
        channel = parsed.channel;
        direct = false;
        adapter.currentChannel = channel;
        adapter.say(texts.nowChannel(channel, bot.isPublic(adapter.platform, channel)));
        break;
      case 'direct':
        direct = true;
        adapter.currentChannel = here();
        adapter.say(texts.nowDirect);
        break;
      case 'time': {
        const when = parseInstant(parsed.time, bot.config.timezone);
        if (!when) {
          adapter.say(texts.badTime(parsed.time));
          break;
        }
        clock.set(when);
        adapter.say(texts.nowTime(formatDateTime(when, bot.config.timezone, bot.config.language)));
        await options.onClockMoved?.();
        break;
      }
      case 'invalid':
        adapter.say(
          parsed.problem === 'reaction'
            ? texts.badReaction
            : parsed.problem === 'meta'
              ? texts.badMeta
              : texts.emptyMessage,
        );
        break;
      case 'reaction': {
        const target = adapter.messageRef(parsed.target, here());
        if (!target) {
          adapter.say(texts.unknownMessage(parsed.target));
          break;
        }
        const actor = { platform: adapter.platform, userId: parsed.member ?? member };
        event = {
          kind: 'reaction',
          ...base,
          actor,
          emoji: emojiOfName(parsed.emoji),
          added: parsed.added,
          target,
          message: source,
        };
        break;
      }
      case 'message': {
        const thread = parsed.thread !== undefined ? adapter.refFor(parsed.thread, here()) : undefined;
        if (parsed.thread !== undefined && !thread) {
          adapter.say(texts.unknownMessage(parsed.thread));
          break;
        }
        // Every message goes to the bot, which decides what it is (a command, a vote, or the members' own talk).
        event = {
          kind: 'message',
          ...base,
          channel: thread?.channel ?? here(),
          actor: { platform: adapter.platform, userId: parsed.member ?? member },
          text: parsed.text,
          message: source,
          ...(thread ? { thread } : {}),
        };
        if (!thread && !/^[/!]/.test(parsed.text) && bot.isCommand(`/${parsed.text}`)) {
          adapter.say(texts.notACommand(`/${parsed.text.split(/\s+/).slice(0, 2).join(' ')}`));
        }
        break;
      }
    }
    if (event) await bot.receive(event);
    prompt();
  }
  await bot.idle();
  if (options.numberFile)
    await writeFile(options.numberFile, String(adapter.lastNumber)).catch(() => undefined);
  if (options.interactive) output.write('\n');
}
