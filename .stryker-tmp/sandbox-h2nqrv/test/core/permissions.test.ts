// @ts-nocheck
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import type { CommandSpec } from '../../src/core/command.ts';
import { ROLES, type Role } from '../../src/domain/roles.ts';
import type { RichMessage } from '../../src/port/rich-message.ts';
import { Harness, testConfig } from '../support/harness.ts';

/** One member per role, so each role is tested on its own; `vreemde` is not in the roster. */
const members = ROLES.map((role) => ({ id: `als-${role}`, name: `Lid ${role}`, roles: [role] }));
const EVERYONE = [...ROLES, 'vreemde'] as const;
type Who = (typeof EVERYONE)[number];

/** Who may run what, written out by hand from the agreement's roles (docs/ARCHITECTURE.md, "Roles"). */
const TABLE: Record<string, { readonly line: string; readonly allowed: readonly Who[] }> = {
  'advies nieuw': { line: '/advies nieuw Testverzoek', allowed: ['gemeente', 'voorzitter', 'secretaris'] },
  'advies lijst': { line: '/advies lijst', allowed: EVERYONE },
  'advies toon': { line: '/advies toon ADV-1', allowed: EVERYONE },
  'advies stap': { line: '/advies stap ADV-1 in-overweging', allowed: ['voorzitter', 'secretaris'] },
  'advies uitbrengen': { line: '/advies uitbrengen ADV-1 tekst', allowed: ['voorzitter', 'secretaris'] },
  'advies geen': { line: '/advies geen ADV-1 reden', allowed: ['voorzitter', 'secretaris'] },
  'advies reactie': { line: '/advies reactie ADV-1 niet reden:x', allowed: ['gemeente'] },
  'advies afronden': { line: '/advies afronden ADV-1', allowed: ['voorzitter', 'secretaris'] },
  'advies titel': {
    line: '/advies titel ADV-1 Andere titel',
    allowed: ['gemeente', 'voorzitter', 'secretaris'],
  },
  'advies uitgevoerd': {
    line: '/advies uitgevoerd ADV-1',
    allowed: ['gemeente', 'voorzitter', 'secretaris'],
  },
  'advies uitstel': {
    line: '/advies uitstel ADV-1 termijn:1-1-2030 reden:x',
    allowed: ['gemeente', 'voorzitter', 'secretaris'],
  },
  'advies niet-uitgevoerd': {
    line: '/advies niet-uitgevoerd ADV-1 reden:x',
    allowed: ['gemeente', 'voorzitter', 'secretaris'],
  },
  besluit: { line: '/besluit Een besluit', allowed: ['voorzitter', 'secretaris'] },
  'besluit lijst': { line: '/besluit lijst', allowed: EVERYONE },
  'besluit toon': { line: '/besluit toon BES-1', allowed: EVERYONE },
  'besluit wijzig': { line: '/besluit wijzig BES-1 Anders', allowed: ['voorzitter', 'secretaris'] },
  'besluit intrekken': { line: '/besluit intrekken BES-1 reden:test', allowed: ['voorzitter', 'secretaris'] },
  uitgave: { line: '/uitgave 10 reis Treinkaartje', allowed: ['panel', 'voorzitter', 'secretaris'] },
  'uitgave bewijs': { line: '/uitgave bewijs UIT-1 bon.pdf', allowed: ['panel', 'voorzitter', 'secretaris'] },
  'uitgave betaald': { line: '/uitgave betaald UIT-1', allowed: ['programmamanager'] },
  'uitgave afwijzen': { line: '/uitgave afwijzen UIT-9 Te duur', allowed: ['programmamanager'] },
  'uitgave intrekken': { line: '/uitgave intrekken UIT-1', allowed: ['panel'] },
  'uitgave lijst': { line: '/uitgave lijst', allowed: EVERYONE },
  'uitgave toon': { line: '/uitgave toon UIT-1', allowed: EVERYONE },
  'uitgave omschrijving': {
    line: '/uitgave omschrijving UIT-1 Andere omschrijving',
    allowed: ['panel', 'voorzitter', 'secretaris'],
  },
  budget: { line: '/budget', allowed: EVERYONE },
  afspraak: { line: '/afspraak', allowed: EVERYONE },
  'afspraak nieuw': {
    line: '/afspraak nieuw 2027-01-01 2029-12-31 bestanden:2.000',
    allowed: ['voorzitter', 'secretaris'],
  },
  'afspraak wijzig': { line: '/afspraak wijzig AFS-1 kosten:3.500', allowed: ['voorzitter', 'secretaris'] },
  'afspraak goedkeuren': {
    line: '/afspraak goedkeuren AFS-1',
    allowed: ['voorzitter', 'secretaris', 'programmamanager'],
  },
  'afspraak opzeggen': {
    line: '/afspraak opzeggen AFS-2 Toch niet',
    allowed: ['voorzitter', 'secretaris', 'programmamanager'],
  },
  'afspraak geschiedenis': { line: '/afspraak geschiedenis', allowed: EVERYONE },
  'overleg plan': { line: '/overleg plan 1-12-2026', allowed: ['voorzitter', 'secretaris'] },
  'overleg aanwezig': { line: '/overleg aanwezig OVL-1 als-panel', allowed: ['voorzitter', 'secretaris'] },
  'overleg notulen': { line: '/overleg notulen OVL-1 Tekst', allowed: ['voorzitter', 'secretaris'] },
  'overleg actie': { line: '/overleg actie OVL-1 als-panel Tekst', allowed: ['voorzitter', 'secretaris'] },
  'actie klaar': { line: '/actie klaar ACT-1', allowed: ['panel', 'voorzitter', 'secretaris'] },
  'actie wijzig': { line: '/actie wijzig ACT-1 Nieuwe tekst', allowed: ['voorzitter', 'secretaris'] },
  'actie schrap': { line: '/actie schrap ACT-2', allowed: ['voorzitter', 'secretaris'] },
  acties: { line: '/acties', allowed: EVERYONE },
  peiling: { line: '/peiling "Welke dag?" dinsdag | donderdag', allowed: ROLES },
  'peiling stem': { line: '/peiling stem PEI-1 1', allowed: ROLES },
  'peiling toon': { line: '/peiling toon PEI-1', allowed: EVERYONE },
  'peiling lijst': { line: '/peiling lijst', allowed: EVERYONE },
  'peiling sluiten': { line: '/peiling sluiten PEI-2', allowed: ['panel', 'voorzitter', 'secretaris'] },
  'overleg samenvatting': { line: '/overleg samenvatting OVL-1', allowed: ['voorzitter', 'secretaris'] },
  'overleg toon': { line: '/overleg toon OVL-1', allowed: EVERYONE },
  'overleg lijst': { line: '/overleg lijst', allowed: EVERYONE },
  'overleg titel': { line: '/overleg titel OVL-1 Andere titel', allowed: ['voorzitter', 'secretaris'] },
  'overleg afwezig': { line: '/overleg afwezig OVL-1 als-panel', allowed: ['voorzitter', 'secretaris'] },
  'overleg openbaarheid': {
    line: '/overleg openbaarheid OVL-1 openbaar reden:test',
    allowed: ['voorzitter', 'secretaris'],
  },
  'advies openbaarheid': {
    line: '/advies openbaarheid ADV-1 openbaar reden:test',
    allowed: ['voorzitter', 'secretaris'],
  },
  'besluit openbaarheid': {
    line: '/besluit openbaarheid BES-9 openbaar reden:test',
    allowed: ['voorzitter', 'secretaris'],
  },
  'ontwikkeling openbaarheid': {
    line: '/ontwikkeling openbaarheid ONT-1 openbaar reden:test',
    allowed: ['voorzitter', 'secretaris'],
  },
  'notitie openbaarheid': {
    line: '/notitie openbaarheid GN-1 openbaar reden:test',
    allowed: ['voorzitter', 'secretaris'],
  },
  'actie openbaarheid': {
    line: '/actie openbaarheid ACT-1 openbaar reden:test',
    allowed: ['voorzitter', 'secretaris'],
  },
  'notitie nieuw': { line: '/notitie nieuw Notitie', allowed: ROLES },
  'notitie tekst': { line: '/notitie tekst GN-1 Tekst', allowed: ROLES },
  'notitie herzien': { line: '/notitie herzien GN-1 Nieuwe tekst', allowed: ROLES },
  'notitie teken': { line: '/notitie teken GN-1', allowed: ROLES },
  'notitie toon': { line: '/notitie toon GN-1', allowed: EVERYONE },
  'notitie lijst': { line: '/notitie lijst', allowed: EVERYONE },
  'ontwikkeling nieuw': {
    line: '/ontwikkeling nieuw Test fase:verkenning',
    allowed: ['gemeente', 'voorzitter', 'secretaris'],
  },
  'ontwikkeling fase': {
    line: '/ontwikkeling fase ONT-1 ontwikkeling',
    allowed: ['gemeente', 'voorzitter', 'secretaris'],
  },
  'ontwikkeling toon': { line: '/ontwikkeling toon ONT-1', allowed: EVERYONE },
  'ontwikkeling lijst': { line: '/ontwikkeling lijst', allowed: EVERYONE },
  'ontwikkeling titel': {
    line: '/ontwikkeling titel ONT-1 Andere titel',
    allowed: ['gemeente', 'voorzitter', 'secretaris'],
  },
  digest: { line: '/digest', allowed: EVERYONE },
  jaarverslag: { line: '/jaarverslag', allowed: EVERYONE },
  lid: { line: '/lid', allowed: EVERYONE },
  'lid nieuw': { line: '/lid nieuw nieuwlid "Nieuw Lid" rol:panel', allowed: ['voorzitter', 'secretaris'] },
  'lid rol': { line: '/lid rol als-panel panel', allowed: ['voorzitter', 'secretaris'] },
  'lid geheimhouding': {
    line: '/lid geheimhouding als-panel 2026-01-15',
    allowed: ['voorzitter', 'secretaris'],
  },
  'lid openbaar': { line: '/lid openbaar als-panel nee', allowed: ['voorzitter', 'secretaris'] },
  'lid account': { line: '/lid account als-panel slack:U0PERMS1', allowed: ['voorzitter', 'secretaris'] },
  'lid weg': { line: '/lid weg nieuwlid', allowed: ['voorzitter', 'secretaris'] },
  evaluatie: { line: '/evaluatie', allowed: EVERYONE },
  'evaluatie start': { line: '/evaluatie start 2026 tot:1-3-2027', allowed: ['voorzitter', 'secretaris'] },
  // Typed in a channel the mark is refused for everyone (others read along); strangers are refused first.
  'evaluatie cijfer': { line: '/evaluatie cijfer advisering:8 betekenis:8', allowed: ROLES },
  'evaluatie sluiten': { line: '/evaluatie sluiten', allowed: ['voorzitter', 'secretaris'] },
  'evaluatie vorige': {
    line: '/evaluatie vorige 2022 advisering:7,8 betekenis:8,5',
    allowed: ['voorzitter', 'secretaris'],
  },
  'privacy inzage': { line: '/privacy inzage als-panel', allowed: ['panel', 'voorzitter'] },
  'privacy vergeet': { line: '/privacy vergeet oud-lid', allowed: ['voorzitter'] },
  website: { line: '/website', allowed: ['voorzitter', 'secretaris'] },
  help: { line: '/help', allowed: EVERYONE },
};

/** Whether an answer refuses someone for who they are: it carries the refusal marker (`RichMessage.refused`). */
const refused = (sent: { readonly message: RichMessage }) => sent.message.refused === true;

let harness: Harness;
beforeAll(async () => {
  harness = await Harness.create({ config: testConfig({ members }) });
  await harness.command('als-gemeente', '/advies nieuw "Bestaand verzoek"');
  await harness.command('als-panel', '/uitgave 25 reis "Bestaande uitgave"');
  await harness.command('als-secretaris', '/overleg plan 1-12-2026 Bestaand overleg');
  await harness.command('als-secretaris', '/overleg actie OVL-1 als-panel Bestaand actiepunt');
  await harness.command('als-secretaris', '/overleg actie OVL-1 als-panel Tweede actiepunt');
  await harness.command('als-panel', '/notitie nieuw "Bestaande notitie"');
  await harness.command('als-panel', '/notitie tekst GN-1 Tekst om te tekenen');
  await harness.command('als-gemeente', '/ontwikkeling nieuw "Bestaande ontwikkeling" fase:verkenning');
  await harness.command('als-panel', '/peiling "Bestaande peiling?" ja | nee');
  // Closing by the one who started it, or the chair or secretary; after the first it says it was closed already.
  await harness.command('als-panel', '/peiling "Te sluiten?" ja | nee');
});
afterAll(async () => {
  await harness.close();
});

/** What differs between the table and the registry: a sub-command without a row, or a row for none. */
function tableProblems(list: readonly CommandSpec[], rows: readonly string[]): string[] {
  const declared = list.flatMap((command) =>
    command.subcommands.map((sub) => (sub.name ? `${command.name} ${sub.name}` : command.name)),
  );
  return [
    ...declared.filter((name) => !rows.includes(name)).map((name) => `'${name}' has no row`),
    ...rows.filter((name) => !declared.includes(name)).map((name) => `'${name}' is not in the registry`),
  ];
}

describe('the permission table', () => {
  it('covers every sub-command in the registry, and nothing else', () => {
    expect(tableProblems(commands, Object.keys(TABLE))).toEqual([]);
  });

  it('fails when a command is left out of the registry, or a row out of the table', () => {
    const rows = Object.keys(TABLE);
    expect(
      tableProblems(
        commands.filter((command) => command.name !== 'website'),
        rows,
      ),
    ).toEqual(["'website' is not in the registry"]);
    expect(
      tableProblems(
        commands,
        rows.filter((row) => row !== 'budget'),
      ),
    ).toEqual(["'budget' has no row"]);
  });

  it('tells a refusal for who someone is from one for where they ask, by its marker, not its words', async () => {
    await harness.command('als-panel', '/besluit Iets');
    expect(refused(harness.adapter.last())).toBe(true);
    await harness.command('als-voorzitter', '/besluit Iets', { channel: 'openbaar' });
    expect(harness.adapter.last().message.tone).toBe('error');
    expect(refused(harness.adapter.last())).toBe(false);
  });

  const cases = Object.entries(TABLE).flatMap(([name, row]) =>
    EVERYONE.map((who) => [name, who, row.allowed.includes(who)] as const),
  );
  it.each(cases)('%s by %s: allowed %s', async (name, who, allowed) => {
    const before = await harness.diskText();
    const reply = await harness.command(
      who === 'vreemde' ? 'vreemde' : `als-${who as Role}`,
      TABLE[name]!.line,
    );
    if (allowed) {
      expect(refused(harness.adapter.last()), reply).toBe(false);
    } else {
      expect(refused(harness.adapter.last()), reply).toBe(true);
      expect(await harness.diskText()).toBe(before);
    }
  });
});

describe('public channels', () => {
  it('refuse every change, and change nothing', async () => {
    const before = await harness.diskText();
    for (const [, row] of Object.entries(TABLE)) {
      const reply = await harness.command('als-voorzitter', row.line, { channel: 'openbaar' });
      if (!row.allowed.includes('vreemde') && row.allowed.includes('voorzitter')) {
        // Privacy commands say why in their own words: personal data stays out of public channels.
        expect(reply, row.line).toMatch(
          /Dit is een openbaar kanaal|persoonsgegevens en dit kanaal is openbaar|Typ je cijfers niet hier/,
        );
      }
    }
    expect(await harness.diskText()).toBe(before);
  });

  it('treat an unknown channel as public', async () => {
    expect(await harness.command('als-voorzitter', '/besluit Iets', { channel: 'willekeurig' })).toContain(
      'Dit is een openbaar kanaal',
    );
  });
});

/** Reactions, written out by hand: who may approve an expense and who may sign a note. */
const REACTIONS: Record<
  string,
  { readonly on: 'UIT' | 'GN' | 'AFS'; readonly emoji: string; readonly allowed: readonly Who[] }
> = {
  'uitgave ✅': { on: 'UIT', emoji: '✅', allowed: ['programmamanager'] },
  'uitgave ❌': { on: 'UIT', emoji: '❌', allowed: ['programmamanager'] },
  'notitie ✅': { on: 'GN', emoji: '✅', allowed: ROLES },
  'afspraak ✅': { on: 'AFS', emoji: '✅', allowed: ['voorzitter', 'secretaris', 'programmamanager'] },
};

describe('the permission table for reactions', () => {
  let reaction = 0;
  let expenseId = '';
  beforeAll(async () => {
    await harness.command('als-panel', '/uitgave 10 reis "Uitgave voor de reacties"');
    expenseId = harness.store.db.expenses.at(-1)!.id;
    await harness.command('als-voorzitter', '/afspraak nieuw 2031-01-01 2033-12-31 totaal:9.000');
  });
  const cases = Object.entries(REACTIONS).flatMap(([name, row]) =>
    EVERYONE.map((who) => [name, who, row.allowed.includes(who)] as const),
  );
  it.each(cases)('%s by %s: allowed %s', async (name, who, allowed) => {
    const row = REACTIONS[name]!;
    harness.clock.set(new Date(`2026-11-28T10:${String(reaction % 60).padStart(2, '0')}:00Z`));
    const target =
      row.on === 'UIT'
        ? harness.store.db.expenses.find((expense) => expense.id === expenseId)!
        : row.on === 'AFS'
          ? harness.store.db.agreements.at(-1)!
          : harness.store.db.notes[0]!;
    const [, channel, id] = target.message!.split(':');
    const before = await harness.diskText();
    harness.adapter.clear();
    await harness.receive({
      kind: 'reaction',
      eventId: `permission-reaction-${++reaction}`,
      actor: { platform: 'shell', userId: who === 'vreemde' ? 'vreemde' : `als-${who}` },
      channel: channel!,
      emoji: row.emoji,
      added: true,
      target: { platform: 'shell', channel: channel!, id: id! },
    });
    const said = harness.adapter.sent.map((sent) => sent.text).join('\n');
    if (allowed) {
      expect(harness.adapter.sent.some(refused), said).toBe(false);
    } else {
      expect(harness.adapter.sent.some(refused), said).toBe(true);
      expect(await harness.diskText()).toBe(before);
    }
  });
});

describe("an approver's ✅ in the table", () => {
  it('did approve the expense', () => {
    expect(harness.store.db.expenses.at(-1)).toMatchObject({
      step: 'goedgekeurd',
      approval: { by: 'als-programmamanager' },
    });
  });
});
