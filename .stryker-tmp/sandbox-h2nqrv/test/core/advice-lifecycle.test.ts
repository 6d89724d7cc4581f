// @ts-nocheck
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Harness } from '../support/harness.ts';

let harness: Harness;
beforeEach(async () => {
  harness = await Harness.create({ now: '2026-11-28T09:00:00Z' });
});
afterEach(async () => {
  await harness.close();
});

async function openRequest(title = '"Bodycams voor handhavers"'): Promise<string> {
  await harness.command('gemeente', `/advies nieuw ${title} thema:privacy`);
  return harness.store.db.adviceRequests.at(-1)!.id;
}

describe('/advies nieuw', () => {
  it('records the request and announces it as its thread', async () => {
    const id = await openRequest();
    expect(id).toBe('ADV-2026-001');
    const [request] = harness.store.db.adviceRequests;
    expect(request).toMatchObject({
      title: 'Bodycams voor handhavers',
      themes: ['privacy'],
      step: 'ontvangen',
      confidentiality: 'openbaar',
      openedBy: 'gemeente',
      message: 'shell:panel:1',
    });
    const announcement = harness.adapter.sent[0]!;
    expect(announcement.kind).toBe('post');
    expect(announcement.text).toContain('ADV-2026-001: Bodycams voor handhavers');
    expect(JSON.parse(await harness.diskText()).adviceRequests[0].message).toBe('shell:panel:1');
  });

  it('numbers per year and accepts the short form', async () => {
    await openRequest('Eerste');
    await openRequest('Tweede');
    harness.clock.set(new Date('2026-12-31T23:30:00Z')); // 00:30 on 1 January in Amsterdam
    await openRequest('Derde');
    expect(harness.store.db.adviceRequests.map((request) => request.id)).toEqual([
      'ADV-2026-001',
      'ADV-2026-002',
      'ADV-2027-001',
    ]);
    expect(await harness.command('voorzitter', '/advies toon adv-1')).toContain('ADV-2027-001: Derde');
    expect(await harness.command('voorzitter', '/advies toon ADV-2026-2')).toContain('ADV-2026-002: Tweede');
  });

  it('marks a confidential request and refuses an unknown theme', async () => {
    await harness.command('gemeente', '/advies nieuw "ANPR-camera\'s" vertrouwelijk');
    expect(harness.store.db.adviceRequests[0]!.confidentiality).toBe('vertrouwelijk');
    const reply = await harness.command('gemeente', '/advies nieuw Druktemeter thema:veiligheid');
    expect(reply).toContain("Het thema 'veiligheid' ken ik niet");
    expect(harness.store.db.adviceRequests).toHaveLength(1);
  });

  it('refuses a link to a development that does not exist', async () => {
    const reply = await harness.command('gemeente', '/advies nieuw Druktemeter ontwikkeling:ONT-4');
    expect(reply).toContain('ONT-2026-004 bestaat niet');
    expect(harness.store.db.adviceRequests).toHaveLength(0);
  });

  it('asks for a title when there is none', async () => {
    expect(await harness.command('gemeente', '/advies nieuw thema:privacy')).toContain(
      'Er mist nog de titel',
    );
  });
});

describe('a whole lifecycle', () => {
  it('walks every step, in the thread without ids, with a refused incomplete answer', async () => {
    const id = await openRequest();
    const thread = harness.anchorOf(id);
    expect(await harness.command('voorzitter', '/advies stap in-overweging', { thread })).toContain(
      "'in overweging'",
    );
    expect(await harness.command('secretaris', '/advies stap in gesprek eerst bellen', { thread })).toContain(
      "'in gesprek'",
    );
    const issued = await harness.command('voorzitter', '/advies uitbrengen "Alleen opnemen bij dreiging"', {
      thread,
    });
    expect(issued).toContain('uiterlijk 9-1-2027');
    expect(harness.store.db.adviceRequests[0]!.advice?.dueDate).toBe('2027-01-09');

    const incomplete = await harness.command(
      'gemeente',
      '/advies reactie opgevolgd hoe:"via de privacyverklaring"',
      {
        thread,
      },
    );
    expect(incomplete).toContain('Er mist: op welke termijn');
    expect(harness.store.db.adviceRequests[0]).toMatchObject({
      step: 'advies-uitgebracht',
      answerRefusals: 1,
    });
    expect(harness.store.db.adviceRequests[0]!.answer).toBeUndefined();
    const nothing = await harness.command('gemeente', '/advies reactie termijn:1-3-2027', { thread });
    expect(nothing).toContain('of het advies wordt opgevolgd');
    expect(nothing).toContain('hoe');

    const answered = await harness.command(
      'gemeente',
      '/advies reactie opgevolgd hoe:"via de privacyverklaring" termijn:1-3-2027',
      { thread },
    );
    expect(answered).toContain('Op tijd');
    expect(await harness.command('voorzitter', '/advies afronden', { thread })).toContain('afgerond');

    const request = harness.store.db.adviceRequests[0]!;
    expect(request.step).toBe('afgerond');
    expect(request.answer).toMatchObject({
      decision: 'opgevolgd',
      how: 'via de privacyverklaring',
      deadline: '2027-03-01',
      daysLate: 0,
    });
    expect(request.history.map((change) => change.step)).toEqual([
      'ontvangen',
      'in-overweging',
      'in-gesprek',
      'advies-uitgebracht',
      'reactie-ontvangen',
      'afgerond',
    ]);
    expect(request.history[2]!.note).toBe('eerst bellen');
    const updates = harness.adapter.sent.filter((sent) => sent.kind === 'update');
    expect(updates.at(-1)!.text).toContain('Stap: afgerond');
    expect(updates.every((sent) => sent.ref.id === thread.id)).toBe(true);

    const shown = await harness.command('panellid', `/advies toon ${id}`);
    expect(shown).toContain('Tijdlijn');
    expect(shown).toContain('in gesprek — Bram Visser: eerst bellen');
    expect(shown).toContain('Hoe: via de privacyverklaring');
  });

  it('marks a late answer as late with the number of days', async () => {
    const id = await openRequest();
    await harness.command('voorzitter', `/advies stap ${id} in-overweging`);
    await harness.command('voorzitter', `/advies stap ${id} in-gesprek`);
    await harness.command('voorzitter', `/advies uitbrengen ${id} https://example.org/advies.pdf`);
    harness.clock.set(new Date('2027-01-12T10:00:00Z'));
    const reply = await harness.command(
      'gemeente',
      `/advies reactie ${id} deels hoe:"alleen bij evenementen" termijn:2027-06-01`,
    );
    expect(reply).toContain('3 dagen te laat');
    expect(harness.store.db.adviceRequests[0]!.answer?.daysLate).toBe(3);
    expect(harness.store.db.adviceRequests[0]!.advice?.summary).toBe('https://example.org/advies.pdf');
  });

  it('takes a reason for an answer that does not follow the advice', async () => {
    const id = await openRequest();
    for (const step of ['in-overweging', 'in-gesprek'])
      await harness.command('voorzitter', `/advies stap ${id} ${step}`);
    await harness.command('voorzitter', `/advies uitbrengen ${id} Niet doen`);
    expect(await harness.command('gemeente', `/advies reactie ${id} niet`)).toContain(
      'waarom het advies niet',
    );
    await harness.command('gemeente', `/advies reactie ${id} niet reden:"wettelijke plicht"`);
    expect(harness.store.db.adviceRequests[0]!.answer).toMatchObject({
      decision: 'niet',
      reason: 'wettelijke plicht',
    });
  });

  it('declines and closes without an answer', async () => {
    const id = await openRequest();
    expect(
      await harness.command('voorzitter', `/advies geen ${id} Valt buiten ons toepassingsgebied`),
    ).toContain('geen advies');
    await harness.command('voorzitter', `/advies afronden ${id}`);
    expect(harness.store.db.adviceRequests[0]).toMatchObject({
      step: 'afgerond',
      declined: { reason: 'Valt buiten ons toepassingsgebied' },
    });
  });

  it('refuses a step out of order, naming the steps to take first, and changes nothing', async () => {
    const id = await openRequest();
    const before = await harness.diskText();
    const reply = await harness.command('voorzitter', `/advies uitbrengen ${id} iets`);
    expect(reply).toContain("staat op 'ontvangen'");
    expect(reply).toContain('in overweging → in gesprek');
    expect(await harness.command('voorzitter', `/advies stap ${id} afgerond`)).toContain(
      'kun je niet met /advies stap',
    );
    expect(
      await harness.command('gemeente', `/advies reactie ${id} opgevolgd hoe:x termijn:1-3-2027`),
    ).toContain("staat op 'ontvangen'");
    expect(await harness.diskText()).toBe(before);
  });

  it('says so when a closed request is moved', async () => {
    const id = await openRequest();
    await harness.command('voorzitter', `/advies geen ${id} nee`);
    await harness.command('voorzitter', `/advies afronden ${id}`);
    expect(await harness.command('voorzitter', `/advies stap ${id} in-gesprek`)).toContain('al afgerond');
  });
});

describe('/advies lijst', () => {
  it('filters on open, all and a step', async () => {
    const first = await openRequest('Eerste');
    await openRequest('Tweede');
    await harness.command('voorzitter', `/advies geen ${first} nee`);
    await harness.command('voorzitter', `/advies afronden ${first}`);
    expect(await harness.command('panellid', '/advies lijst')).toMatch(/\(open\): 1[\s\S]*Tweede/);
    expect(await harness.command('panellid', '/advies lijst alle')).toMatch(/\(alle\): 2/);
    expect(await harness.command('panellid', '/advies lijst afgerond')).toMatch(
      /\(afgerond\): 1[\s\S]*Eerste/,
    );
    expect(await harness.command('panellid', '/advies lijst vandaag')).toContain(
      'kan ik niet gebruiken om te filteren',
    );
  });
});

describe('/besluit', () => {
  it('attaches to the thread item, to a named id, or stands alone', async () => {
    const id = await openRequest();
    const thread = harness.anchorOf(id);
    expect(await harness.command('voorzitter', '/besluit We schrijven een advies', { thread })).toContain(
      `BES-2026-001 vastgelegd bij ${id}`,
    );
    await harness.command('secretaris', `/besluit ${id.toLowerCase()} Tweede besluit`);
    await harness.command('secretaris', '/besluit Vergaderen voortaan op dinsdag');
    expect(harness.store.db.decisions.map((decision) => [decision.id, decision.about])).toEqual([
      ['BES-2026-001', id],
      ['BES-2026-002', id],
      ['BES-2026-003', undefined],
    ]);
    const list = await harness.command('panellid', '/besluit lijst');
    expect(list.indexOf('BES-2026-003')).toBeLessThan(list.indexOf('BES-2026-001'));
    expect(await harness.command('panellid', `/besluit lijst ${id}`)).toMatch(
      /Besluiten bij ADV-2026-001: 2/,
    );
    expect(await harness.command('panellid', `/advies toon ${id}`)).toContain('BES-2026-002 Tweede besluit');
  });

  it('refuses a decision about an item that does not exist', async () => {
    expect(await harness.command('voorzitter', '/besluit ADV-9 tekst')).toContain(
      'ADV-2026-009 bestaat niet',
    );
    expect(harness.store.db.decisions).toHaveLength(0);
  });
});

describe('redelivered events', () => {
  it('ignores an event id it has handled, also after a restart', async () => {
    const event = {
      kind: 'command' as const,
      eventId: 'same',
      actor: { platform: 'shell' as const, userId: 'gemeente' },
      channel: 'panel',
      text: '/advies nieuw Druktemeter',
    };
    await harness.receive(event);
    await harness.receive(event);
    expect(harness.store.db.adviceRequests).toHaveLength(1);
    await harness.close();
    harness = await Harness.create({ dir: harness.dir });
    await harness.receive(event);
    expect(harness.store.db.adviceRequests).toHaveLength(1);
    expect(harness.adapter.sent).toHaveLength(0);
  });
});
