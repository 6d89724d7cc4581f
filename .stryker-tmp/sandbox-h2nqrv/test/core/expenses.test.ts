// @ts-nocheck
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MessageRef } from '../../src/port/events.ts';
import { Harness, testConfig } from '../support/harness.ts';

const members = [
  { id: 'chris', name: 'Chris Bakker', roles: ['panel'] },
  { id: 'anna', name: 'Anna de Vries', roles: ['panel', 'voorzitter'] },
  { id: 'fleur', name: 'Fleur Smit', roles: ['gemeente', 'programmamanager'] },
  { id: 'sanne', name: 'Sanne Bos', roles: ['gemeente'], approver: true },
  { id: 'dewi', name: 'Dewi Jansen', roles: ['gemeente'] },
  { id: 'pm-lid', name: 'Pim Meijer', roles: ['panel', 'programmamanager'] },
];

let harness: Harness;
beforeEach(async () => {
  harness = await Harness.create({ config: testConfig({ members }), now: '2026-11-28T09:00:00Z' });
});
afterEach(async () => {
  await harness.close();
});

function anchor(id: string): MessageRef {
  const expense = harness.store.db.expenses.find((item) => item.id === id)!;
  const [, channel, number] = expense.message!.split(':');
  return { platform: 'shell', channel: channel!, id: number! };
}

function react(
  member: string,
  emoji: string,
  target: MessageRef,
  added = true,
  eventId?: string,
): Promise<void> {
  return harness.react(member, emoji, target, added, eventId);
}

async function announce(text = '/uitgave 45,20 reis Treinkaartjes Utrecht', by = 'chris'): Promise<string> {
  await harness.command(by, text);
  return harness.store.db.expenses.at(-1)!.id;
}

const step = (id: string) => harness.store.db.expenses.find((expense) => expense.id === id)!.step;

describe('/uitgave announces', () => {
  it('an expense with amount, category, who, what, step and what is left', async () => {
    const id = await announce();
    expect(id).toBe('UIT-2026-001');
    expect(harness.store.db.expenses[0]).toMatchObject({
      amount: 4520,
      category: 'kosten',
      description: 'Treinkaartjes Utrecht',
      step: 'aangevraagd',
      announcedBy: 'chris',
      year: 2026,
      message: 'shell:panel:1',
    });
    const text = harness.adapter.sent[0]!.text;
    expect(text).toContain('€ 45,20');
    expect(text).toContain('reis- en onderzoekskosten');
    expect(text).toContain('Chris Bakker');
    expect(text).toContain('aangevraagd');
    expect(text).toContain('€ 2.454,80 van € 2.500,00');
  });

  it('reads amounts and categories the forgiving way', async () => {
    await announce('/uitgave € 1.234,56 expert Jurist voor DPIA');
    await announce('/uitgave opslag 12 Nextcloud januari');
    await announce('/uitgave 30 euro hosting Webhosting');
    expect(
      harness.store.db.expenses.map((expense) => [expense.amount, expense.category, expense.description]),
    ).toEqual([
      [123456, 'expertise', 'Jurist voor DPIA'],
      [1200, 'bestanden', 'Nextcloud januari'],
      [3000, 'website', 'Webhosting'],
    ]);
  });

  it('lists the categories for an unknown one, and refuses bad amounts', async () => {
    const reply = await harness.command('chris', '/uitgave 10 feest Taart');
    expect(reply).toContain("De categorie 'feest' ken ik niet");
    expect(reply).toContain('kosten (reizen en onderzoek, € 2.500,00 per jaar)');
    expect(reply).toContain('website (website, hosting en onderhoud, zonder eigen plafond)');
    expect(await harness.command('chris', '/uitgave 1,234 reis x')).toContain('op twee manieren');
    expect(await harness.command('chris', '/uitgave reis')).toContain("'reis' is geen bedrag");
    expect(await harness.command('chris', '/uitgave 12 reis')).toContain(
      'Er mist nog waarvoor de uitgave is',
    );
    expect(harness.store.db.expenses).toHaveLength(0);
  });

  it('allows a cap reached exactly and refuses one cent over, naming what is left', async () => {
    await announce('/uitgave 2.000,00 reis Onderzoek deel 1');
    await announce('/uitgave 500,00 reis Onderzoek deel 2');
    const before = await harness.diskText();
    const reply = await harness.command('chris', '/uitgave 0,01 reis Nog een kaartje');
    expect(reply).toContain('er is nog € 0,00 over (plafond € 2.500,00)');
    expect(await harness.diskText()).toBe(before);
  });

  it('frees the reservation of a withdrawn expense', async () => {
    const id = await announce('/uitgave 2.500,00 reis Alles');
    expect(await harness.command('chris', '/uitgave 1 reis x')).toContain('€ 0,00 over');
    expect(await harness.command('anna', `/uitgave intrekken ${id}`)).toContain('Alleen Chris Bakker');
    await harness.command('chris', `/uitgave intrekken ${id}`);
    expect(step(id)).toBe('ingetrokken');
    await announce('/uitgave 2.500,00 reis Opnieuw');
    expect(harness.store.db.expenses).toHaveLength(2);
  });

  it('counts 23:30 on 31 December in Amsterdam in that year, and 00:30 on 1 January in the next', async () => {
    harness.clock.set(new Date('2026-12-31T22:30:00Z'));
    await announce('/uitgave 2.500,00 reis Oudjaar');
    harness.clock.set(new Date('2026-12-31T23:30:00Z'));
    await announce('/uitgave 2.500,00 reis Nieuwjaar');
    expect(harness.store.db.expenses.map((expense) => [expense.id, expense.year])).toEqual([
      ['UIT-2026-001', 2026],
      ['UIT-2027-001', 2027],
    ]);
  });

  it('uses the year across the DST change weeks', async () => {
    harness.clock.set(new Date('2026-03-29T00:59:00Z')); // 01:59 CET, just before the clocks go forward
    await announce('/uitgave 1 reis Maart');
    harness.clock.set(new Date('2026-10-25T00:30:00Z')); // 02:30 CEST, the hour that happens twice
    await announce('/uitgave 1 reis Oktober');
    expect(harness.store.db.expenses.map((expense) => expense.year)).toEqual([2026, 2026]);
  });
});

describe('approval by reaction', () => {
  it('✅ by the programme manager approves, updates the message and logs in the thread', async () => {
    const id = await announce();
    const target = anchor(id);
    harness.adapter.clear();
    await react('fleur', '✅', target);
    expect(step(id)).toBe('goedgekeurd');
    expect(harness.store.db.expenses[0]!.approval?.by).toBe('fleur');
    const [update, log] = harness.adapter.sent;
    expect(update).toMatchObject({ kind: 'update', ref: target });
    expect(update!.text).toContain('Goedgekeurd door: Fleur Smit');
    expect(log).toMatchObject({ kind: 'reply', ref: target });
    expect(log!.text).toContain('goedgekeurd door Fleur Smit. Chris Bakker, je kunt de kosten maken');
  });

  it('accepts an emoji that looks like ✅ and a municipal approver', async () => {
    const id = await announce();
    await react('sanne', '✔️', anchor(id));
    expect(step(id)).toBe('goedgekeurd');
  });

  it('changes nothing for a non-approver or the announcer, and explains why', async () => {
    const id = await announce('/uitgave 10 reis Eigen', 'pm-lid');
    const target = anchor(id);
    const before = await harness.diskText();
    for (const [member, emoji, explanation] of [
      ['chris', '✅', 'Alleen de programmamanager'],
      ['dewi', '✅', 'Alleen de programmamanager'],
      ['vreemde', '✅', 'Alleen de programmamanager'],
      ['pm-lid', '✅', 'niet goedkeuren'],
    ] as const) {
      harness.adapter.clear();
      await react(member, emoji, target);
      expect(harness.adapter.last().text, `${member} ${emoji}`).toContain(explanation);
      expect(harness.adapter.last().ref).toEqual(target);
    }
    expect(await harness.diskText()).toBe(before);
    expect(step(id)).toBe('aangevraagd');
  });

  it('❌ rejects and frees the reservation; removing the ❌ brings it back', async () => {
    const id = await announce('/uitgave 2.500,00 reis Alles');
    await react('fleur', '❌', anchor(id));
    expect(step(id)).toBe('afgewezen');
    expect(await harness.command('chris', '/uitgave 1 reis Nog iets')).not.toContain('past niet');
    await harness.command('chris', '/uitgave intrekken UIT-2');
    await react('fleur', '❌', anchor(id), false);
    expect(step(id)).toBe('aangevraagd');
  });

  it('removing the ✅ before payment undoes the approval; only for the one who gave it', async () => {
    const id = await announce();
    await react('fleur', '✅', anchor(id));
    await react('sanne', '✅', anchor(id));
    await react('sanne', '✅', anchor(id), false);
    expect(step(id)).toBe('goedgekeurd');
    await react('fleur', '✅', anchor(id), false);
    expect(step(id)).toBe('aangevraagd');
    expect(harness.adapter.last().text).toContain('goedkeuring van UIT-2026-001 weggehaald');
  });

  it('keeps the approval when the approver removes a second, refused mark (✔️) and not her ✅', async () => {
    const id = await announce();
    await react('fleur', '✅', anchor(id));
    await react('fleur', '✔️', anchor(id));
    expect(harness.adapter.last().text).toContain('al goedgekeurd');
    await react('fleur', '✔️', anchor(id), false);
    expect(step(id)).toBe('goedgekeurd');
    // Slack's names for the two marks.
    await react('fleur', 'heavy_check_mark', anchor(id));
    await react('fleur', 'heavy_check_mark', anchor(id), false);
    expect(step(id)).toBe('goedgekeurd');
    await react('fleur', '✅', anchor(id), false);
    expect(step(id)).toBe('aangevraagd');
  });

  it('keeps the rejection when the approver removes a second, refused ✖️ and not her ❌', async () => {
    const id = await announce();
    await react('fleur', '❌', anchor(id));
    await react('fleur', '✖️', anchor(id));
    await react('fleur', '✖️', anchor(id), false);
    expect(step(id)).toBe('afgewezen');
    await react('fleur', '❌', anchor(id), false);
    expect(step(id)).toBe('aangevraagd');
  });

  it('keeps the approval when the ✅ is removed after payment', async () => {
    const id = await announce();
    await react('fleur', '✅', anchor(id));
    await harness.command('chris', `/uitgave bewijs ${id} bon.pdf`);
    await harness.command('fleur', `/uitgave betaald ${id}`);
    await react('fleur', '✅', anchor(id), false);
    expect(step(id)).toBe('vergoed');
  });

  it('ignores a redelivered reaction and reactions on other messages', async () => {
    const id = await announce();
    await react('fleur', '✅', anchor(id), true, 'once');
    await react('fleur', '✅', anchor(id), false, 'off');
    await react('fleur', '✅', anchor(id), true, 'once');
    expect(step(id)).toBe('aangevraagd');
    await harness.command('dewi', '/advies nieuw Druktemeter');
    const advice = harness.anchorOf('ADV-2026-001');
    harness.adapter.clear();
    await react('fleur', '✅', advice);
    expect(harness.adapter.sent).toHaveLength(0);
  });
});

describe('receipts and payment', () => {
  it('need approval and a receipt, in that order', async () => {
    const id = await announce();
    expect(await harness.command('fleur', `/uitgave betaald ${id}`)).toContain('nog niet goedgekeurd');
    await react('fleur', '✅', anchor(id));
    expect(await harness.command('fleur', `/uitgave betaald ${id}`)).toContain('nog geen bewijs');
    expect(await harness.command('anna', `/uitgave bewijs ${id}`)).toContain('Er mist nog');
    expect(await harness.command('dewi', `/uitgave bewijs ${id} x`)).toContain('Dit mag alleen');
    await harness.command('anna', `/uitgave bewijs ${id} https://example.org/bon.pdf`);
    expect(step(id)).toBe('bewijs-ingediend');
    expect(await harness.command('dewi', `/uitgave betaald ${id}`)).toContain('Alleen de programmamanager');
    expect(await harness.command('sanne', `/uitgave betaald ${id}`)).toContain('vergoed: € 45,20');
    expect(step(id)).toBe('vergoed');
    expect(await harness.command('chris', `/uitgave intrekken ${id}`)).toContain("staat op 'vergoed'");
  });

  it('a lower receipt amount updates it; a higher one sends it back for approval', async () => {
    const id = await announce('/uitgave 100 reis Treinreis');
    await react('fleur', '✅', anchor(id));
    const thread = anchor(id);
    expect(await harness.command('chris', '/uitgave bewijs bedrag:80,50 kaartje.pdf', { thread })).toContain(
      'aangepast naar € 80,50',
    );
    expect(harness.store.db.expenses[0]).toMatchObject({ amount: 8050, step: 'bewijs-ingediend' });
    expect(await harness.command('chris', '/uitgave bewijs bedrag:120 tweede-bon.pdf', { thread })).toContain(
      'opnieuw worden goedgekeurd',
    );
    expect(harness.store.db.expenses[0]).toMatchObject({ amount: 12000, step: 'aangevraagd' });
    expect(harness.store.db.expenses[0]!.approval).toBeUndefined();
    await react('fleur', '✅', anchor(id));
    expect(step(id)).toBe('bewijs-ingediend');
  });
});

describe('/uitgave lijst and /budget', () => {
  it('list the year and show the figures', async () => {
    await announce('/uitgave 2000 reis Onderzoek');
    await react('fleur', '✅', anchor('UIT-2026-001'));
    await announce('/uitgave 100 bestanden Opslag');
    expect(await harness.command('dewi', '/uitgave lijst')).toMatch(
      /Uitgaven 2026: 2[\s\S]*UIT-2026-002 € 100,00 bestanden/,
    );
    expect(await harness.command('dewi', '/uitgave lijst 2025')).toContain(
      'Er zijn nog geen uitgaven in 2025',
    );
    const budget = await harness.command('dewi', '/budget');
    expect(budget).toContain('reis- en onderzoekskosten  ████████░░ 80%');
    expect(budget).toContain('vergoed € 0,00 · goedgekeurd € 2.000,00 · aangevraagd € 0,00');
    expect(budget).toContain('⚠️ Let op: reis- en onderzoekskosten zit op 80% van het plafond.');
    expect(await harness.command('dewi', '/budget vorig')).toContain("'vorig' is geen jaar");
  });

  it('work in the expense thread without the id', async () => {
    const id = await announce();
    const thread = anchor(id);
    await harness.command('chris', '/uitgave intrekken', { thread });
    expect(step(id)).toBe('ingetrokken');
  });
});
