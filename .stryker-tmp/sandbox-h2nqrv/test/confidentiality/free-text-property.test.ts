// @ts-nocheck
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Scheduler } from '../../src/core/scheduler.ts';
import { renderSite } from '../../src/site/render.ts';
import { FREE_TEXT_PLACES, MENTION_FORMS, mention, place } from '../support/free-text.ts';
import { Harness, testConfig } from '../support/harness.ts';

/** A word that cannot occur by chance in any message of the bot. */
const word = fc.stringMatching(/^[B-DF-HJ-NP-TV-Z]{3}[a-z]{5}$/);

const secretItem = fc.record({
  kind: fc.constantFrom('advies', 'ontwikkeling', 'notitie', 'overleg', 'besluit'),
  word,
  /** Its title corrected after it was made: the former title still names it. */
  renamed: fc.boolean(),
});

const freeText = fc.record({
  place: fc.constantFrom(...FREE_TEXT_PLACES),
  target: fc.nat(),
  form: fc.constantFrom(...MENTION_FORMS),
  marker: word,
});

describe('free text that names a confidential item never reaches a public channel', () => {
  it('in minutes, actions, decisions, notes, expenses, advice and answers, in every public rendering', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(secretItem, { minLength: 1, maxLength: 4 }),
        fc.array(freeText, { minLength: 1, maxLength: 8 }),
        async (secrets, texts) => {
          const harness = await Harness.create({
            now: '2026-05-01T08:00:00Z',
            config: testConfig({ digest: { channels: ['panel', 'openbaar'] } }),
          });
          const targets: Target[] = [];
          for (const [index, entry] of secrets.entries()) {
            // An apostrophe and letters with look-alikes, for the typographic and look-alike forms.
            const target = await createSecret(harness, entry.kind, `${entry.word}${index} camera's`);
            targets.push(
              entry.renamed ? await rename(harness, target, `Nieuw${entry.word}${index}`) : target,
            );
          }
          await harness.command('secretaris', '/overleg plan 15-04-2026 Openbare avond');
          const meeting = harness.store.db.meetings.at(-1)!.id;
          const markers: string[] = [];
          for (const [index, entry] of texts.entries()) {
            const target = targets[entry.target % targets.length]!;
            const marker = `Vrij${entry.marker}${index}`;
            markers.push(marker);
            await place(
              harness,
              entry.place,
              meeting,
              `${marker} over ${mention(target.id, target.title, entry.form, target.former)}`,
            );
          }
          await harness.command('secretaris', `/overleg samenvatting ${meeting} publiceer`);
          const ids = [
            ...harness.store.db.adviceRequests,
            ...harness.store.db.notes,
            ...harness.store.db.meetings,
          ].map((item) => item.id);
          const reads = [
            '/advies lijst alle',
            '/besluit lijst',
            '/notitie lijst',
            '/overleg lijst',
            '/uitgave lijst',
            '/digest',
            '/jaarverslag',
            '/jaarverslag markdown',
            '/budget',
            ...ids.flatMap((id) => [`/${kindOf(id)} toon ${id}`, `/besluit lijst ${id}`]),
          ];
          for (const line of reads) await harness.command('panellid', line, { channel: 'openbaar' });
          const scheduler = new Scheduler(harness.bot);
          await scheduler.start({ timer: false });
          harness.clock.set(new Date('2026-05-04T07:00:00Z')); // Monday 09:00: the weekly digest
          await scheduler.tick();
          const said = (channel: string) =>
            harness.adapter.sent
              .filter((sent) => sent.ref.channel === channel)
              .map((sent) => sent.text)
              .join('\n');
          const inPublic = said('openbaar');
          expect(inPublic).toContain('Weekoverzicht');
          for (const marker of markers) expect(inPublic).not.toContain(marker);
          // Nor the report lines stored as published.
          const published = JSON.stringify(harness.store.db.meetings.map((entry) => entry.publication));
          for (const marker of markers) expect(published).not.toContain(marker);
          // Nor the public website: no page, file name or feed entry.
          const site = [...renderSite(harness.store.db, testConfig(), '2026-05-04')].join('\n');
          for (const marker of markers) expect(site).not.toContain(marker);
          for (const line of reads) await harness.command('panellid', line);
          const inPanel = said('panel');
          for (const marker of markers) expect(inPanel).toContain(marker);
          await harness.close();
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);
});

function kindOf(id: string): string {
  return { ADV: 'advies', GN: 'notitie', OVL: 'overleg', ONT: 'ontwikkeling', BES: 'besluit' }[
    id.split('-')[0]!
  ]!;
}

interface Target {
  readonly id: string;
  readonly title: string;
  readonly former?: string;
}

/** Corrects the title (a decision: its text), so `former` is a title it had; a note keeps its title. */
async function rename(harness: Harness, target: Target, title: string): Promise<Target> {
  const kind = kindOf(target.id);
  if (kind === 'notitie') return target;
  if (target.id.startsWith('BES-'))
    await harness.command('voorzitter', `/besluit wijzig ${target.id} "${title}"`);
  else if (target.id.startsWith('ONT-'))
    await harness.command('gemeente', `/ontwikkeling titel ${target.id} ${title}`);
  else await harness.command('voorzitter', `/${kind} titel ${target.id} ${title}`);
  return { id: target.id, title, former: target.title };
}

async function createSecret(harness: Harness, kind: string, title: string): Promise<Target> {
  const db = harness.store.db;
  switch (kind) {
    case 'advies':
      await harness.command('gemeente', `/advies nieuw ${title} vertrouwelijk`);
      return { id: db.adviceRequests.at(-1)!.id, title };
    case 'ontwikkeling':
      await harness.command('gemeente', `/ontwikkeling nieuw ${title} fase:verkenning vertrouwelijk`);
      return { id: db.developments.at(-1)!.id, title };
    case 'notitie':
      await harness.command('voorzitter', `/notitie nieuw ${title} vertrouwelijk`);
      return { id: db.notes.at(-1)!.id, title };
    case 'overleg':
      await harness.command('secretaris', `/overleg plan 20-04-2026 ${title} vertrouwelijk`);
      return { id: db.meetings.at(-1)!.id, title };
    default:
      await harness.command('voorzitter', `/besluit ${title} vertrouwelijk`);
      return { id: db.decisions.at(-1)!.id, title };
  }
}
