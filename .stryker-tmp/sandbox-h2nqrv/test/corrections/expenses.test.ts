// @ts-nocheck
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MessageRef } from '../../src/port/events.ts';
import { Harness, testConfig } from '../support/harness.ts';

const members = [
  { id: 'chris', name: 'Chris Bakker', roles: ['panel'] },
  { id: 'anna', name: 'Anna de Vries', roles: ['panel', 'voorzitter'] },
  { id: 'fleur', name: 'Fleur Smit', roles: ['gemeente', 'programmamanager'] },
  { id: 'dewi', name: 'Dewi Jansen', roles: ['gemeente'] },
];

let harness: Harness;
beforeEach(async () => {
  harness = await Harness.create({ config: testConfig({ members }), now: '2026-11-28T09:00:00Z' });
});
afterEach(async () => {
  await harness.close();
});

function anchor(id: string): MessageRef {
  const [, channel, number] = harness.store.db.expenses.find((item) => item.id === id)!.message!.split(':');
  return { platform: 'shell', channel: channel!, id: number! };
}

async function announce(text = '/uitgave 45,20 reis Treinkaartjes Utrecht'): Promise<string> {
  await harness.command('chris', text);
  return harness.store.db.expenses.at(-1)!.id;
}

const expense = (id: string) => harness.store.db.expenses.find((item) => item.id === id)!;

describe('rejecting an expense', () => {
  it('/uitgave afwijzen records the reason and addresses the requester by name', async () => {
    const id = await announce();
    const reply = await harness.command('fleur', `/uitgave afwijzen ${id} Dit past niet bij het jaarplan`);
    expect(reply).toContain('Chris Bakker');
    expect(reply).toContain('Dit past niet bij het jaarplan');
    expect(expense(id)).toMatchObject({
      step: 'afgewezen',
      rejection: { by: 'fleur', reason: 'Dit past niet bij het jaarplan' },
    });
    expect(await harness.command('chris', `/uitgave afwijzen ${id} Zelf`)).toMatch(
      /alleen de programmamanager/i,
    );
  });

  it('a ❌ rejects at once and asks the approver in the thread for a reason, which can follow', async () => {
    const id = await announce();
    await harness.react('fleur', '❌', anchor(id));
    expect(expense(id).step).toBe('afgewezen');
    const asked = harness.adapter.sent.filter((sent) => sent.kind === 'reply').at(-1)!;
    expect(asked.ref).toEqual(anchor(id));
    expect(asked.text).toContain('Chris Bakker');
    expect(asked.text).toContain(
      `Fleur Smit, wil je zeggen waarom? Typ hier: /uitgave afwijzen ${id} <reden>`,
    );
    const reply = await harness.command('fleur', '/uitgave afwijzen Te duur', { thread: anchor(id) });
    expect(reply).toContain('Te duur');
    expect(expense(id).rejection).toMatchObject({ by: 'fleur', reason: 'Te duur' });
    expect(await harness.command('fleur', `/uitgave afwijzen ${id} Nog een reden`)).toContain('al afgewezen');
    expect(expense(id).rejection!.reason).toBe('Te duur');
  });
});

describe('a receipt above the cap', () => {
  it('is kept, and the expense waits for the approver with what fits', async () => {
    const id = await announce('/uitgave 2400 reis Groot onderzoek');
    await harness.react('fleur', '✅', anchor(id));
    const reply = await harness.command('chris', `/uitgave bewijs ${id} bedrag:2.600,00 factuur.pdf`);
    expect(reply).toContain('bewaard');
    expect(reply).toContain('€ 2.600,00');
    expect(reply).toContain('€ 2.500,00');
    expect(reply).toContain('goedkeuren');
    expect(reply).toContain('afwijzen');
    expect(reply).not.toContain('Er is niets vastgelegd');
    expect(expense(id)).toMatchObject({
      amount: 250_000,
      step: 'aangevraagd',
      receipts: [{ text: 'factuur.pdf', amount: 260_000 }],
    });
    expect(expense(id).approval).toBeUndefined();
    await harness.react('fleur', '✅', anchor(id));
    expect(expense(id)).toMatchObject({ amount: 250_000, step: 'bewijs-ingediend' });
  });
});

describe('removing a ✅', () => {
  it('after the receipt was sent is refused with a sentence, and the approval stays', async () => {
    const id = await announce();
    await harness.react('fleur', '✅', anchor(id));
    await harness.command('chris', `/uitgave bewijs ${id} bon.pdf`);
    await harness.react('fleur', '✅', anchor(id), false);
    expect(expense(id)).toMatchObject({ step: 'bewijs-ingediend', approval: { by: 'fleur' } });
    expect(harness.adapter.last().text).toContain('blijft staan');
    expect(harness.adapter.last().text).toContain('bewijs');
  });

  it('after payment is refused with a sentence', async () => {
    const id = await announce();
    await harness.react('fleur', '✅', anchor(id));
    await harness.command('chris', `/uitgave bewijs ${id} bon.pdf`);
    await harness.command('fleur', `/uitgave betaald ${id}`);
    await harness.react('fleur', '✅', anchor(id), false);
    expect(expense(id).step).toBe('vergoed');
    expect(harness.adapter.last().text).toContain('vergoed');
    expect(harness.adapter.last().text).toContain('blijft staan');
  });
});

describe('other reactions on an expense', () => {
  it('are ignored without a word, from anyone', async () => {
    const id = await announce();
    harness.adapter.clear();
    await harness.react('fleur', '👍', anchor(id));
    await harness.react('dewi', '🎉', anchor(id));
    await harness.react('chris', '👀', anchor(id), false);
    expect(harness.adapter.sent).toHaveLength(0);
    expect(expense(id).step).toBe('aangevraagd');
  });
});
