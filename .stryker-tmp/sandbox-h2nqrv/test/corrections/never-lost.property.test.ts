// @ts-nocheck
import { readFile } from 'node:fs/promises';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decisionVersions } from '../../src/domain/decisions.ts';
import { noteVersions } from '../../src/domain/notes.ts';
import type { MessageRef } from '../../src/port/events.ts';
import { Harness } from '../support/harness.ts';

/** One step a panel could take: a command, or a reaction added or taken away. */
type Step =
  | { readonly kind: 'command'; readonly member: string; readonly line: string }
  | {
      readonly kind: 'react';
      readonly member: string;
      readonly on: 'notes' | 'expenses';
      readonly number: number;
      readonly emoji: string;
      readonly added: boolean;
    };

const member = fc.constantFrom('voorzitter', 'secretaris', 'panellid', 'gemeente', 'programmamanager');
const number = fc.integer({ min: 1, max: 2 });
const words = fc.constantFrom('Eerste', 'Tweede', 'wijzig', '"intrekken"', 'Derde tekst');

const command = (template: fc.Arbitrary<string>) =>
  fc.record({ kind: fc.constant('command' as const), member, line: template });

const step: fc.Arbitrary<Step> = fc.oneof(
  command(words.map((word) => `/notitie nieuw ${word}`)),
  command(fc.tuple(number, words).map(([n, word]) => `/notitie tekst GN-${n} ${word}`)),
  command(number.map((n) => `/notitie teken GN-${n}`)),
  command(fc.tuple(number, words).map(([n, word]) => `/notitie herzien GN-${n} ${word}`)),
  command(words.map((word) => `/besluit ${word}`)),
  command(fc.tuple(number, words).map(([n, word]) => `/besluit wijzig BES-${n} ${word}`)),
  command(fc.tuple(number, words).map(([n, word]) => `/besluit intrekken BES-${n} reden:${word}`)),
  command(words.map((word) => `/uitgave 900 reis ${word}`)),
  command(
    fc
      .tuple(number, fc.constantFrom('', 'bedrag:50 ', 'bedrag:2400 '))
      .map(([n, amount]) => `/uitgave bewijs UIT-${n} ${amount}bon.pdf`),
  ),
  command(fc.tuple(number, words).map(([n, word]) => `/uitgave omschrijving UIT-${n} ${word}`)),
  command(fc.tuple(number, words).map(([n, word]) => `/uitgave afwijzen UIT-${n} ${word}`)),
  command(number.map((n) => `/uitgave intrekken UIT-${n}`)),
  command(number.map((n) => `/uitgave betaald UIT-${n}`)),
  fc.record({
    kind: fc.constant('react' as const),
    member,
    on: fc.constantFrom('notes' as const, 'expenses' as const),
    number,
    emoji: fc.constantFrom('✅', '❌', '👍'),
    added: fc.boolean(),
  }),
);

function anchor(harness: Harness, on: 'notes' | 'expenses', n: number): MessageRef | undefined {
  const item = (harness.store.db[on] as Array<{ message?: string }>)[n - 1];
  const [, channel, id] = item?.message?.split(':') ?? [];
  return channel && id ? { platform: 'shell', channel, id } : undefined;
}

/** A panel with something of each kind: an agreed note, a draft, two decisions, an approved expense with a receipt. */
async function prologue(harness: Harness): Promise<void> {
  await harness.command('voorzitter', '/notitie nieuw Bodycams');
  await harness.command('voorzitter', '/notitie tekst GN-1 Alleen bij dreiging');
  await harness.command('voorzitter', '/notitie teken GN-1');
  await harness.command('gemeente', '/notitie teken GN-1');
  await harness.command('voorzitter', '/notitie nieuw Druktemeter');
  await harness.command('secretaris', '/besluit Eerste besluit');
  await harness.command('secretaris', '/besluit Tweede besluit');
  await harness.command('panellid', '/uitgave 900 reis Treinreizen');
  await harness.command('panellid', '/uitgave 900 reis Onderzoek');
  await harness.react('programmamanager', '✅', anchor(harness, 'expenses', 1)!);
  await harness.command('panellid', '/uitgave bewijs UIT-1 bon.pdf');
}

/** Everything that must never be lost, as strings: each earlier one must still be there later. */
async function kept(harness: Harness): Promise<{ records: Set<string>; audit: string[] }> {
  const db = harness.store.db;
  const records = new Set<string>();
  for (const note of db.notes) {
    for (const version of noteVersions(note)) {
      if (!version.endorsedAt) continue;
      records.add(`${note.id} v${version.number} ${version.endorsedAt} ${version.text}`);
      for (const signature of version.signatures)
        records.add(`${note.id} v${version.number} ${signature.by}`);
    }
  }
  for (const decision of db.decisions) {
    records.add(decision.id);
    for (const version of decisionVersions(decision)) records.add(`${decision.id} ${version.text}`);
  }
  for (const expense of db.expenses) {
    for (const receipt of expense.receipts) records.add(`${expense.id} ${receipt.at} ${receipt.text}`);
  }
  await harness.bot.idle();
  const text = await readFile(`${harness.dir}/audit.jsonl`, 'utf8').catch(() => '');
  return { records, audit: text.split('\n').filter(Boolean) };
}

describe('corrections never lose anything', () => {
  it('no sequence of commands deletes a signed note version, a decision, a receipt or an audit entry', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 5, maxLength: 30 }), async (steps) => {
        const harness = await Harness.create({ now: '2026-11-28T10:00:00Z' });
        await prologue(harness);
        let before = await kept(harness);
        expect(before.records.size).toBeGreaterThanOrEqual(8);
        let minute = 0;
        for (const next of steps) {
          harness.clock.set(new Date(Date.parse('2026-11-28T10:00:00Z') + ++minute * 60_000));
          if (next.kind === 'command') {
            await harness.command(next.member, next.line);
          } else {
            const target = anchor(harness, next.on, next.number);
            if (target) await harness.react(next.member, next.emoji, target, next.added);
          }
          const after = await kept(harness);
          for (const record of before.records)
            expect(after.records, `${next.member}: ${JSON.stringify(next)}`).toContain(record);
          expect(after.audit.slice(0, before.audit.length)).toEqual(before.audit);
          before = after;
        }
        await harness.close();
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
