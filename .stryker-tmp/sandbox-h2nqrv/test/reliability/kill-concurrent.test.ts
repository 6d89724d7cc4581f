// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { Store } from '../../src/store/store.ts';
import { FakeSlackApi } from '../fakes/slack-api.ts';
import { BotProcess } from '../support/bot-process.ts';
import { tempDir, writeConfig } from '../support/harness.ts';
import { freePort } from '../support/ports.ts';
import { SIGNING_SECRET, sendToSlackEndpoint, slashCommand } from '../support/slack-requests.ts';

const RUNS = 10;
const BURST = 30;

async function listening(port: number, bot: BotProcess): Promise<void> {
  const until = Date.now() + 20_000;
  while (Date.now() < until) {
    if (!bot.running) throw new Error(`The bot stopped: ${bot.output}`);
    const up = await fetch(`http://127.0.0.1:${port}/`).then(
      () => true,
      () => false,
    );
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`The bot did not listen on ${port}: ${bot.output}`);
}

async function killAfterFirstConfirmation(confirmed: Set<string>, bot: BotProcess, delayMs: number) {
  const before = confirmed.size;
  const until = Date.now() + 20_000;
  while (confirmed.size === before && bot.running && Date.now() < until)
    await new Promise((resolve) => setTimeout(resolve, 2));
  setTimeout(() => bot.kill(), delayMs);
}

/**
 * The kill test of the shell types one command at a time. Slack delivers many at once,
 * so their changes share journal writes (group commit): here a burst of concurrent slash
 * commands is cut off by SIGKILL at a random moment, again and again on the same folder.
 */
describe('durable acknowledgements under SIGKILL, with commands arriving at once', () => {
  it(`keeps every change Slack was told about, across ${RUNS} kills in a burst of ${BURST}`, async () => {
    const api = new FakeSlackApi();
    const apiUrl = await api.start();
    const dir = await tempDir();
    await writeConfig(dir, {
      members: [
        { id: 'anna', name: 'Anna de Vries', roles: ['voorzitter'], slack: 'U0ANNA' },
        { id: 'dewi', name: 'Dewi Jansen', roles: ['gemeente'], slack: 'U0DEWI' },
        { id: 'chris', name: 'Chris Bakker', roles: ['panel'], slack: 'U0CHRIS' },
      ],
      channels: { panel: { slack: 'C0PANEL' } },
    });
    const confirmed = new Set<string>();
    api.onCall = (call) => {
      if (call.method !== 'chat.postMessage') return;
      const text = String(call.args.text);
      for (const match of text.matchAll(/vastgelegd: (Besluit-\d+-\d+)/g)) confirmed.add(match[1]!);
      for (const match of text.matchAll(/Adviesverzoek ADV-\d{4}-\d+: (Verzoek-\d+-\d+)/g))
        confirmed.add(match[1]!);
    };
    let seed = 11;
    const random = () => {
      seed = (seed * 48271) % 2147483647;
      return seed / 2147483647;
    };
    try {
      for (let run = 0; run < RUNS; run++) {
        const port = await freePort();
        const bot = new BotProcess({
          STADSPANEL_DATA_DIR: dir,
          STADSPANEL_NOW: '2026-11-28T10:00',
          SLACK_BOT_TOKEN: 'xoxb-kill-token',
          SLACK_SIGNING_SECRET: SIGNING_SECRET,
          SLACK_API_URL: apiUrl,
          PORT: String(port),
        });
        try {
          await listening(port, bot);
          // Killed at a random moment once this run's first change is confirmed, so every run
          // has something to keep, however slowly a loaded machine starts the bot's work.
          void killAfterFirstConfirmation(confirmed, bot, Math.floor(random() * 60));
          await Promise.all(
            Array.from({ length: BURST }, (_, index) => {
              const request = index % 3 === 0;
              const body = slashCommand({
                command: request ? '/advies' : '/besluit',
                text: request ? `nieuw "Verzoek-${run}-${index}"` : `Besluit-${run}-${index}`,
                user: request ? 'U0DEWI' : 'U0ANNA',
                channel: 'C0PANEL',
              });
              return sendToSlackEndpoint(port, body, 'application/x-www-form-urlencoded').catch(
                () => undefined,
              );
            }),
          );
          await bot.exited;
        } finally {
          bot.kill();
        }
        const store = await Store.open(dir);
        try {
          const kept = new Set([
            ...store.db.decisions.map((decision) => decision.text),
            ...store.db.adviceRequests.map((request) => request.title),
          ]);
          for (const text of confirmed) expect(kept.has(text), `${text} was confirmed but lost`).toBe(true);
          const ids = [
            ...store.db.decisions.map((decision) => decision.id),
            ...store.db.adviceRequests.map((request) => request.id),
          ];
          expect(new Set(ids).size).toBe(ids.length);
        } finally {
          await store.close();
        }
      }
      expect(confirmed.size).toBeGreaterThan(RUNS);
    } finally {
      await api.stop();
    }
  }, 180_000);
});
