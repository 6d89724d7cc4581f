import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { terminalIdentity } from '../adapters/shell/identity.ts';
import { type Running, start } from '../app/start.ts';
import { silentLogger } from '../src/ops/log.ts';
import type { ChatEvent, MessageRef } from '../src/port/events.ts';
import type { ChatAdapter } from '../src/port/port.ts';
import { type RichMessage, renderText } from '../src/port/rich-message.ts';
import { oneYear, type Shape, TEN_YEARS, writeStore } from './generate.ts';

/** The moment every benchmark store is read at, so runs compare. */
export const NOW = '2026-11-28T10:00';

/** An adapter that renders every message to text, as the shell would, and keeps nothing. */
export class RenderingAdapter implements ChatAdapter {
  readonly platform = 'shell';
  readonly memberOf = terminalIdentity.memberOf;
  readonly channelOf = terminalIdentity.channelOf;
  #next = 1_000_000;
  async post(channel: string, message: RichMessage): Promise<MessageRef> {
    renderText(message);
    return { platform: 'shell', channel, id: String(++this.#next) };
  }
  async reply(thread: MessageRef, message: RichMessage): Promise<MessageRef> {
    return this.post(thread.channel, message);
  }
  async update(_ref: MessageRef, message: RichMessage): Promise<void> {
    renderText(message);
  }
}

const folders: string[] = [];

export async function folder(name: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `stadspanel-bench-${name}-`));
  folders.push(dir);
  return dir;
}

export async function removeFolders(): Promise<void> {
  for (const dir of folders.splice(0)) await rm(dir, { recursive: true, force: true });
}

/** A busy panel of `years` years: the ten-year shape scaled, or a tenth of it for one year. */
export function scaled(years: number): Shape {
  const shape = (years === 1 ? oneYear() : { ...TEN_YEARS }) as Shape;
  if (years > 10) for (const key of Object.keys(shape) as Array<keyof Shape>) shape[key] *= years / 10;
  shape.years = years;
  return shape;
}

export async function storeOf(years: number): Promise<string> {
  const dir = await folder(`${years}y`);
  await writeStore(dir, scaled(years));
  return dir;
}

export async function openBot(dir: string): Promise<Running> {
  const running = await start({ STADSPANEL_DATA_DIR: dir, STADSPANEL_NOW: NOW }, { logger: silentLogger });
  running.bot.attach(new RenderingAdapter());
  return running;
}

let eventCounter = 0;
export function command(member: string, text: string): ChatEvent {
  return {
    kind: 'command',
    eventId: `bench-${++eventCounter}`,
    actor: { platform: 'shell', userId: member },
    channel: 'panel',
    text,
  };
}

export function reaction(member: string, message: string, emoji: string): ChatEvent {
  const [, channel, id] = message.split(':') as [string, string, string];
  return {
    kind: 'reaction',
    eventId: `bench-${++eventCounter}`,
    actor: { platform: 'shell', userId: member },
    channel,
    emoji,
    added: true,
    target: { platform: 'shell', channel, id },
  };
}

/** A file to measure the disk on: one ~1 KB append plus fdatasync, what one durable change costs at the least. */
export async function floorFile(): Promise<{ sample(): Promise<number>; close(): Promise<void> }> {
  const handle = await open(join(await folder('floor'), 'floor.jsonl'), 'a');
  const line = `${'x'.repeat(1_023)}\n`;
  return {
    async sample() {
      const started = performance.now();
      await handle.write(line);
      await handle.datasync();
      return performance.now() - started;
    },
    close: () => handle.close(),
  };
}

/** `rounds` timings of one ~1 KB append plus fdatasync. */
export async function fsyncFloor(rounds: number): Promise<number[]> {
  const file = await floorFile();
  const timings: number[] = [];
  for (let round = 0; round < rounds; round++) timings.push(await file.sample());
  await file.close();
  return timings;
}
