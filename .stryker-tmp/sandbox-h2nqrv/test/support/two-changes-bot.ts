/**
 * A real bot process (shell adapter, real store, no store verification) with one extra
 * command, `/dubbel`, whose change alters two items while naming only one as its target:
 * the store must find both changes itself. Used by the crash test of the journal.
 */
// @ts-nocheck


import { runShell } from '../../adapters/shell/run-shell.ts';
import { commands } from '../../commands/index.ts';
import { Bot } from '../../src/core/bot.ts';
import type { CommandSpec } from '../../src/core/command.ts';
import { message, paragraph } from '../../src/port/rich-message.ts';
import { loadConfig } from '../../src/setup/config.ts';
import { Store } from '../../src/store/store.ts';
import { SettableClock } from '../../src/time/clock.ts';

const dubbel: CommandSpec = {
  name: 'dubbel',
  en: 'double',
  summary: { nl: 'Test: twee wijzigingen.', en: 'Test: two changes.' },
  subcommands: [
    {
      name: '',
      usage: { nl: '/dubbel <ID>', en: '/dubbel <ID>' },
      summary: { nl: 'Test.', en: 'Test.' },
      allowed: 'everyone',
      changes: true,
      run: async (context, args) => {
        const id = args.word(0)!;
        const request = context.db.adviceRequests.find((candidate) => candidate.id === id)!;
        const decision = await context.transact(
          'dubbel',
          (db) => {
            request.title = 'Gewijzigd door dubbel';
            const created = {
              id: `BES-${context.year}-001`,
              text: 'Besluit door dubbel',
              confidentiality: 'openbaar' as const,
              by: context.actor.id,
              at: context.now.toISOString(),
            };
            db.decisions.push(created);
            return created;
          },
          (created) => created.id,
        );
        await context.respond(message(paragraph(`dubbel klaar: ${decision.id}`)));
      },
    },
  ],
};

const dataDir = process.env.STADSPANEL_DATA_DIR!;
const { config } = await loadConfig(dataDir);
const clock = new SettableClock(new Date('2026-11-28T10:00:00Z'));
const store = await Store.open(dataDir);
const bot = new Bot({ config, store, clock, commands: [...commands, dubbel] });
await runShell({ bot, clock, input: process.stdin, output: process.stdout, interactive: false, demo: true });
await store.close();
