// @ts-nocheck
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { Bot } from '../../src/core/bot.ts';
import { parseDate } from '../../src/parse/dates.ts';
import { tokenize } from '../../src/parse/tokens.ts';
import { parseAmount } from '../../src/parse/values.ts';
import { Store } from '../../src/store/store.ts';
import { SettableClock } from '../../src/time/clock.ts';
import { tempDir, testConfig } from '../support/harness.ts';
import { RecordingAdapter } from '../support/recording-adapter.ts';

const prefixes = commands.flatMap((command) =>
  command.subcommands.map((sub) => `/${command.name}${sub.name ? ` ${sub.name}` : ''}`),
);

const HOSTILE = [
  '/advies nieuw',
  '/advies toon ADV-2019-001',
  '/advies toon ADV-99999',
  '/advies stap ADV-1 in-overweging',
  '/uitgave 99999999999999999999 reis x',
  '/uitgave 1e308 reis x',
  '/uitgave -5 reis x',
  '/uitgave NaN reis x',
  '/uitgave 12,345,67 reis x',
  '/overleg plan 31-02-2027',
  '/overleg plan 0-0-0000',
  '/advies reactie ADV-1 opgevolgd hoe:"x" termijn:31-02-2027',
  '/besluit ADV-2025-001 iets',
  '/notitie teken GN-2027-4',
  '/advies nieuw "niet gesloten',
  `/advies nieuw ${'a'.repeat(100_000)}`,
  `/besluit ${'🦄'.repeat(20_000)}`,
  '/advies nieuw \u0000\u0007\u001b[31m rood \u202e omgekeerd',
  '/ontwikkeling nieuw x fase:',
  '/ontwikkeling nieuw x fase:verkenning thema:',
  '/jaarverslag 99999',
  '/budget -1',
  '/privacy vergeet',
  '/help onbestaand',
  '/ADVIES LIJST ALLE',
  '!advies lijst open open open',
  '/uitgave 10 constructor taart',
  '/uitgave 10 __proto__ taart',
  '/advies reactie ADV-1 opgevolgd hoe:x termijn:__proto__',
  '/overleg plan constructor',
  '/acties __proto__',
  '/acties constructor',
  '/advies lijst thema:privacy thema:ethiek',
];

let bot: Bot;
let store: Store;
let adapter: RecordingAdapter;
const faults: unknown[] = [];
let counter = 0;

beforeAll(async () => {
  store = await Store.open(await tempDir());
  bot = new Bot({
    config: testConfig(),
    store,
    clock: new SettableClock(new Date('2026-11-28T10:00:00Z')),
    commands,
    logger: { info: () => {}, warn: () => {}, error: (text, cause) => faults.push([text, cause]) },
  });
  adapter = new RecordingAdapter('shell', () => bot.config.channels);
  bot.attach(adapter);
  await bot.receive({
    kind: 'command',
    eventId: 'seed',
    actor: { platform: 'shell', userId: 'gemeente' },
    channel: 'panel',
    text: '/advies nieuw Bestaand',
  });
});
afterAll(async () => {
  await store.close();
});

/** Sends a line as a member with every role; returns whether the answer was a refusal, and the store before and after. */
async function send(text: string, member = 'voorzitter') {
  const before = JSON.stringify(store.db);
  adapter.clear();
  await bot.receive({
    kind: 'command',
    eventId: `fuzz-${++counter}`,
    actor: { platform: 'shell', userId: member },
    channel: 'panel',
    text,
  });
  const reply = adapter.sent.at(-1);
  return { reply, before, after: JSON.stringify(store.db) };
}

describe('bad and hostile input', () => {
  it.each(HOSTILE)('%#: refused in Dutch, nothing changed', async (line) => {
    const { reply, before, after } = await send(line, 'gemeente');
    expect(reply, 'there is always an answer').toBeDefined();
    if (reply!.message.tone === 'error') expect(after).toBe(before);
    expect(reply!.text.length).toBeGreaterThan(10);
    expect(reply!.text).not.toMatch(/TypeError|undefined|NaN|\n\s+at .+:\d+:\d+|\[object Object\]/);
    expect(faults).toEqual([]);
  });

  it('never crashes and never half-changes on random input after any command', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...prefixes),
        fc.string({ unit: 'binary', maxLength: 200 }),
        fc.constantFrom('voorzitter', 'gemeente', 'panellid', 'programmamanager', 'vreemde'),
        async (prefix, tail, member) => {
          const { reply, before, after } = await send(`${prefix} ${tail}`, member);
          expect(reply).toBeDefined();
          if (reply!.message.tone === 'error') expect(after).toBe(before);
          expect(reply!.text).not.toMatch(/TypeError|\n\s+at .+:\d+:\d+|\[object Object\]/);
          expect(faults).toEqual([]);
        },
      ),
      { numRuns: 400 },
    );
  }, 60_000);

  it('parsers never throw', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        tokenize(text);
        parseAmount(text);
        parseDate(text, '2026-11-28');
      }),
      { numRuns: 2_000 },
    );
  });
});
