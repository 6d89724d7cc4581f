// @ts-nocheck
import { afterEach, describe, expect, it } from 'vitest';
import { BotProcess } from '../support/bot-process.ts';
import { tempDir } from '../support/harness.ts';

/** Runs the bot as PID 1 of a new PID namespace, as a container does. */
const OWN_NAMESPACE = ['unshare', '--pid', '--fork', '--mount-proc', '--kill-child'];

const bots: BotProcess[] = [];
afterEach(() => {
  for (const bot of bots.splice(0)) bot.kill();
});

function start(dir: string, wrapper?: readonly string[]): BotProcess {
  const bot = new BotProcess({ STADSPANEL_DATA_DIR: dir }, wrapper ? { wrapper } : {});
  bots.push(bot);
  bot.type('/help');
  return bot;
}

async function refused(bot: BotProcess): Promise<void> {
  expect(await bot.exited, bot.output).toBe(1);
  expect(bot.output).toContain('Er draait al een bot op de gegevensmap');
}

describe('one bot per data folder, also across PID namespaces', () => {
  it('leaves exactly one of 12 simultaneous starts running, half of them in their own namespace', async () => {
    const dir = await tempDir();
    const started = Array.from({ length: 12 }, (_, index) =>
      start(dir, index % 2 ? OWN_NAMESPACE : undefined),
    );
    const until = Date.now() + 150_000;
    while (started.filter((bot) => bot.running).length > 1 && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const running = started.filter((bot) => bot.running);
    expect(running).toHaveLength(1);
    await running[0]!.waitFor('Wat ik kan');
    for (const bot of started.filter((other) => other !== running[0])) await refused(bot);
  }, 180_000);

  it('refuses a second bot when both are PID 1 of their own namespace', async () => {
    const dir = await tempDir();
    const first = start(dir, OWN_NAMESPACE);
    await first.waitFor('Wat ik kan');
    await refused(start(dir, OWN_NAMESPACE));
    expect(first.running).toBe(true);
  }, 30_000);

  it('starts at once after a bot in another namespace was killed', async () => {
    const dir = await tempDir();
    const first = start(dir, OWN_NAMESPACE);
    await first.waitFor('Wat ik kan', 60_000);
    first.kill();
    await first.exited;
    // Beside it, the same start on a fresh folder: the machine's load slows both alike.
    const second = start(dir);
    const control = start(await tempDir());
    const ready = async (bot: BotProcess) => {
      await bot.waitFor('Wat ik kan', 60_000);
      return Date.now();
    };
    const [secondAt, controlAt] = await Promise.all([ready(second), ready(control)]);
    // The previous release waited 10 s for a lock from another namespace to go stale.
    expect(secondAt - controlAt).toBeLessThan(6_000);
  }, 150_000);
});
