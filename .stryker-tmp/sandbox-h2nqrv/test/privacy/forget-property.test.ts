// @ts-nocheck
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEMO_MEMBERS, type Member } from '../../src/setup/config.ts';
import { Harness, testConfig } from '../support/harness.ts';
import { currentMessages, type Sent } from '../support/recording-adapter.ts';

/*
 * Issue 25's property: after /privacy vergeet, no byte sequence of the former member's
 * name or id remains anywhere in the data folder (journal, audit, kept messages, backups)
 * or in the messages the bot posted, as they read now. The steps name the member only as
 * the roster does (they act, or others name them by id); they never type the name in free
 * text, which would stay (README, "Privacy").
 */

/** One thing that happens while the member is on the panel; `who` is their id. */
type Step = (harness: Harness, who: string) => Promise<void>;

const steps: Record<string, Step> = {
  expense: async (h, who) => {
    await h.command(who, '/uitgave 12,50 reis Trein naar de avond');
  },
  decision: async (h, who) => {
    await h.command(who, '/besluit We kijken eerst naar de DPIA');
  },
  note: async (h, who) => {
    await h.command(who, '/notitie nieuw Gesprek over de camera');
    const id = h.store.db.notes.at(-1)!.id;
    await h.command(who, `/notitie tekst ${id} Een tekst van het panel`);
    await h.command(who, `/notitie teken ${id}`);
  },
  meeting: async (h, who) => {
    await h.command('secretaris', '/overleg plan 28-11-2026 Avond');
    const id = h.store.db.meetings.at(-1)!.id;
    await h.command('secretaris', `/overleg aanwezig ${id} voorzitter ${who}`);
    await h.command('secretaris', `/overleg actie ${id} ${who} Verslag rondsturen`);
  },
  absent: async (h, who) => {
    const meeting = h.store.db.meetings.find((candidate) => candidate.attendees.includes(who));
    if (meeting) await h.command('secretaris', `/overleg afwezig ${meeting.id} ${who}`);
  },
  publish: async (h) => {
    const meeting = h.store.db.meetings.at(-1);
    if (meeting) await h.command('secretaris', `/overleg samenvatting ${meeting.id} publiceer`);
  },
  advice: async (h, who) => {
    await h.command('gemeente', '/advies nieuw Druktemeter');
    const id = h.store.db.adviceRequests.at(-1)!.id;
    await h.command(who, `/advies stap ${id} in-overweging`);
  },
  compact: async (h) => {
    await h.store.idle();
  },
};

const person = fc
  .tuple(fc.stringMatching(/^[a-z]{4,7}$/), fc.stringMatching(/^[a-z]{4,7}$/))
  .map(([first, last]) => ({ id: `zq${first}`, name: `Qv${first} Wx${last}` }));

async function filesNaming(dir: string, words: readonly string[]): Promise<string[]> {
  const naming: string[] = [];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    // Never open the lock file from inside the bot's process: closing it would drop the lock.
    if (!entry.isFile() || entry.name.startsWith('db.lock')) continue;
    const bytes = await readFile(join(entry.parentPath, entry.name));
    for (const word of words) if (bytes.includes(Buffer.from(word))) naming.push(`${entry.name}: ${word}`);
  }
  return naming;
}

describe('after /privacy vergeet nothing names the former member', () => {
  it('not in any file of the data folder, nor in any message the bot posted', async () => {
    await fc.assert(
      fc.asyncProperty(
        person,
        fc.array(fc.constantFrom(...Object.keys(steps)), { minLength: 1, maxLength: 6 }),
        async (who, chosen) => {
          const member: Member = {
            id: who.id,
            name: who.name,
            roles: ['panel', 'secretaris'],
            geheimhouding: '2025-01-15',
          };
          let harness = await Harness.create({ config: testConfig({ members: [...DEMO_MEMBERS, member] }) });
          let sent: Sent[] = [];
          try {
            for (const name of chosen) await steps[name]!(harness, who.id);
            sent = [...harness.adapter.sent];
            const words = [who.id, who.name, ...who.name.split(' ')];
            // The steps did name the member (in the data, or in the bot's messages), so there is something to forget.
            const acted = chosen.some((name) => !['absent', 'publish', 'compact'].includes(name));
            if (acted) expect(await filesNaming(harness.dir, words)).not.toEqual([]);
            const last = Math.max(0, ...sent.map((entry) => Number((entry.own ?? entry.ref).id)));
            await harness.close();
            harness = await Harness.create({
              dir: harness.dir,
              config: testConfig({ members: DEMO_MEMBERS }),
            });
            harness.adapter.continueAfter(last);
            await harness.command('voorzitter', `/privacy vergeet ${who.id}`);
            await harness.store.idle();
            expect(await filesNaming(harness.dir, words)).toEqual([]);
            // The messages posted while the member was on the panel, as they read now (the answer to vergeet itself aside).
            const edits = harness.adapter.sent.filter((entry) => entry.kind === 'update');
            const messages = currentMessages(sent, edits);
            const naming = [...messages].filter(([, text]) => words.some((word) => text.includes(word)));
            expect(naming).toEqual([]);
          } finally {
            await harness.close();
          }
        },
      ),
      { numRuns: 10 },
    );
  }, 300_000);
});
