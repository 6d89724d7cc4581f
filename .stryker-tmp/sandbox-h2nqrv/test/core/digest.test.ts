// @ts-nocheck
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { digestMessage, headline } from '../../commands/digest/render.ts';
import { buildDigest } from '../../src/domain/digest.ts';
import { renderText } from '../../src/port/rich-message.ts';
import { Harness } from '../support/harness.ts';

let harness: Harness;
afterEach(async () => {
  await harness.close();
});

function digestText(forPublic = false): string {
  const scope = {
    lang: 'nl' as const,
    today: '',
    config: harness.bot.config,
    db: harness.store.db,
    nameOf: (id: string) => id,
  };
  const today = '2026-12-07';
  return renderText(
    digestMessage({ ...scope, today }, buildDigest(harness.store.db, harness.bot.config, today), forPublic),
  );
}

async function issueAdvice(title: string, on: string): Promise<string> {
  harness.clock.set(new Date(on));
  await harness.command('gemeente', `/advies nieuw "${title}"`);
  const id = harness.store.db.adviceRequests.at(-1)!.id;
  await harness.command('voorzitter', `/advies stap ${id} in-overweging`);
  await harness.command('voorzitter', `/advies stap ${id} in-gesprek`);
  await harness.command('voorzitter', `/advies uitbrengen ${id} Advies`);
  return id;
}

describe('the digest', () => {
  it('leaves out empty sections and says all is clear', async () => {
    harness = await Harness.create({ now: '2026-12-07T08:00:00Z' });
    await harness.command('secretaris', '/overleg plan 10-12-2026 gemeente');
    const text = digestText();
    expect(text).toContain('Alles bij: er wacht niets.');
    for (const section of [
      'Antwoorden van de gemeente',
      'Open adviesverzoeken',
      'Uitgaven die wachten',
      'Budget',
      'Notities',
    ]) {
      expect(text).not.toContain(section);
    }
    expect(text).toContain('Volgende: OVL-2026-001 10-12-2026');
  });

  it('lists overdue answers first, most overdue first, then answers due within 14 days', async () => {
    harness = await Harness.create({ now: '2026-09-01T08:00:00Z' });
    await issueAdvice('Een beetje te laat', '2026-10-20T10:00:00Z'); // due 1-12: 6 days late
    await issueAdvice('Erg te laat', '2026-09-01T10:00:00Z'); // due 13-10: 55 days late
    await issueAdvice('Bijna', '2026-11-01T10:00:00Z'); // due 13-12: 6 days left
    await issueAdvice('Nog lang', '2026-12-01T10:00:00Z'); // due 12-1: not listed
    const text = digestText();
    const lines = text.split('\n');
    const answers = lines.slice(
      lines.indexOf('⏰ Antwoorden van de gemeente') + 1,
      lines.indexOf('⏰ Antwoorden van de gemeente') + 4,
    );
    expect(answers[0]).toContain('Erg te laat — 55 dagen te laat');
    expect(answers[1]).toContain('Een beetje te laat — 6 dagen te laat');
    expect(answers[2]).toContain('Bijna — uiterlijk 13-12-2026 (nog 6 dagen)');
    expect(text.indexOf('⏰ Antwoorden')).toBeLessThan(text.indexOf('📨 Open adviesverzoeken'));
    expect(text).not.toMatch(/Nog lang — uiterlijk/);
    expect(text).toMatch(
      /^📊 Weekoverzicht 7-12-2026\n2 antwoorden van de gemeente te laat, 1 antwoord van de gemeente binnen 14 dagen/,
    );
  });

  it('shows expenses awaiting approval, the budget, the quarter warning, quiet developments and unsigned notes', async () => {
    harness = await Harness.create({ now: '2026-10-01T08:00:00Z' });
    await harness.command('gemeente', '/ontwikkeling nieuw "Stille ontwikkeling" fase:verkenning');
    await harness.command('gemeente', '/ontwikkeling nieuw "Besproken ontwikkeling" fase:verkenning');
    await harness.command('voorzitter', '/notitie nieuw Gesprek ontwikkeling:ONT-2');
    await harness.command('voorzitter', '/notitie tekst GN-1 Tekst');
    await harness.command('voorzitter', '/notitie teken GN-1');
    harness.clock.set(new Date('2026-12-07T08:00:00Z'));
    await harness.command('panellid', '/uitgave 2000 reis Onderzoek');
    const text = digestText();
    expect(text).toContain('UIT-2026-001 € 2.000,00 kosten — Onderzoek (panellid)');
    expect(text).toContain(
      'reis- en onderzoekskosten ████████░░ 80% — besteed € 0,00 · gereserveerd € 2.000,00 · over € 500,00',
    );
    expect(text).toContain('⚠️ nog geen overleg met gemeente en PIT');
    expect(text).toContain('ONT-2026-001 Stille ontwikkeling');
    expect(text).not.toContain('ONT-2026-002 Besproken');
    expect(text).toContain('GN-2026-001 Gesprek — wacht op: gemeente');
    expect(
      headline(
        {
          lang: 'nl',
          today: '2026-12-07',
          config: harness.bot.config,
          db: harness.store.db,
          nameOf: (id) => id,
        },
        buildDigest(harness.store.db, harness.bot.config, '2026-12-07'),
      ),
    ).toBe(
      '1 uitgave wacht op goedkeuring, nog geen kwartaaloverleg met gemeente en PIT, 1 notitie wacht op een handtekening, 1 ontwikkeling zonder gesprek.',
    );
  });
});

describe('redaction of the digest for a public channel', () => {
  const word = fc.stringMatching(/^[A-Za-z]{6,12}$/);
  it('never shows the title of a confidential item, whatever the mix', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            secret: fc.boolean(),
            kind: fc.constantFrom('advies', 'ontwikkeling', 'notitie'),
            title: word,
            stage: fc.nat(3),
          }),
          {
            minLength: 1,
            maxLength: 6,
          },
        ),
        async (items) => {
          harness = await Harness.create({ now: '2026-06-01T08:00:00Z' });
          const secrets: string[] = [];
          for (const [index, item] of items.entries()) {
            const title = `${item.title}${index}`;
            const flag = item.secret ? ' vertrouwelijk' : '';
            if (item.secret) secrets.push(title);
            if (item.kind === 'advies') {
              await harness.command('gemeente', `/advies nieuw ${title}${flag}`);
              const id = harness.store.db.adviceRequests.at(-1)!.id;
              const steps = ['in-overweging', 'in-gesprek'].slice(0, item.stage);
              for (const step of steps) await harness.command('voorzitter', `/advies stap ${id} ${step}`);
              if (item.stage === 3) {
                await harness.command('voorzitter', `/advies stap ${id} in-overweging`);
                await harness.command('voorzitter', `/advies stap ${id} in-gesprek`);
                await harness.command('voorzitter', `/advies uitbrengen ${id} Samenvatting${title}`);
              }
            } else if (item.kind === 'ontwikkeling') {
              await harness.command('gemeente', `/ontwikkeling nieuw ${title} fase:verkenning${flag}`);
            } else {
              await harness.command('voorzitter', `/notitie nieuw ${title}${flag}`);
              await harness.command(
                'voorzitter',
                `/notitie tekst GN-${harness.store.db.notes.length} Tekst${title}`,
              );
            }
          }
          harness.clock.set(new Date('2026-08-30T08:00:00Z'));
          const today = '2026-08-30';
          const scope = {
            lang: 'nl' as const,
            today,
            config: harness.bot.config,
            db: harness.store.db,
            nameOf: (id: string) => id,
          };
          const publicText = renderText(
            digestMessage(scope, buildDigest(harness.store.db, harness.bot.config, today), true),
          );
          const panelText = renderText(
            digestMessage(scope, buildDigest(harness.store.db, harness.bot.config, today), false),
          );
          for (const secret of secrets) {
            expect(publicText).not.toContain(secret);
            expect(panelText).toContain(secret);
          }
          await harness.close();
        },
      ),
      { numRuns: 25 },
    );
    harness = await Harness.create();
  });
});
