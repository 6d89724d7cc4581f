import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Scheduler } from '../../src/scheduler.ts';
import { Harness, testConfig } from '../support/harness.ts';

/** A word that cannot occur by chance in any message of the bot. */
const secretWord = fc.stringMatching(/^[B-DF-HJ-NP-TV-Z]{3}[a-z]{5}$/);

const item = fc.record({
  kind: fc.constantFrom('advies', 'ontwikkeling', 'notitie', 'overleg', 'besluit'),
  secret: fc.boolean(),
  until: fc.option(fc.constantFrom('2026-12-31', '2026-06-01'), { nil: undefined }),
  word: secretWord,
  stage: fc.nat(4),
});

describe('confidential content never reaches a public channel', () => {
  it('in any list, toon, summary, digest or report, whatever the commands', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(item, { minLength: 2, maxLength: 8 }), async (items) => {
        const harness = await Harness.create({
          now: '2026-05-01T08:00:00Z',
          config: testConfig({ digest: { channels: ['panel', 'openbaar'] } }),
        });
        const secrets: string[] = [];
        const openAfterExpiry: string[] = [];
        for (const [index, entry] of items.entries()) {
          const word = `${entry.word}${index}`;
          const flag = entry.secret
            ? entry.until
              ? ` vertrouwelijk tot:${entry.until}`
              : ' vertrouwelijk'
            : '';
          // Confidential until 1 June has expired by August: that one counts as public.
          if (entry.secret && entry.until !== '2026-06-01') secrets.push(word);
          if (entry.secret && entry.until === '2026-06-01') openAfterExpiry.push(word);
          await createItem(harness, entry.kind, word, flag, entry.stage);
        }
        // Three months later: the items confidential until 1 June count as public now.
        harness.clock.set(new Date('2026-08-01T08:00:00Z'));
        const ids = [
          ...harness.store.db.adviceRequests,
          ...harness.store.db.developments,
          ...harness.store.db.notes,
          ...harness.store.db.meetings,
        ].map((entry) => entry.id);
        for (const id of harness.store.db.meetings.map((meeting) => meeting.id)) {
          await harness.command('secretaris', `/overleg samenvatting ${id} publiceer`);
        }
        const reads = [
          '/advies lijst alle',
          '/besluit lijst',
          '/ontwikkeling lijst',
          '/notitie lijst',
          '/overleg lijst',
          '/digest',
          '/jaarverslag',
          '/jaarverslag markdown',
          '/budget',
          ...ids.flatMap((id) => [`/${kindOf(id)} toon ${id}`, `/besluit lijst ${id}`]),
        ];
        for (const line of reads) await harness.command('panellid', line, { channel: 'openbaar' });
        const scheduler = new Scheduler(harness.bot);
        await scheduler.start({ timer: false });
        harness.clock.set(new Date('2026-08-03T07:00:00Z')); // Monday 09:00: the weekly digest
        await scheduler.tick();
        const inPublic = harness.adapter.sent
          .filter((sent) => sent.ref.channel === 'openbaar')
          .map((sent) => sent.text);
        expect(inPublic.some((text) => text.includes('Weekoverzicht'))).toBe(true);
        const everything = inPublic.join('\n');
        for (const secret of secrets) expect(everything).not.toContain(secret);
        const panel = harness.adapter.sent
          .filter((sent) => sent.ref.channel === 'panel')
          .map((sent) => sent.text)
          .join('\n');
        for (const secret of secrets) expect(panel).toContain(secret);
        await harness.close();
      }),
      { numRuns: 100 },
    );
  }, 120_000);
});

function kindOf(id: string): string {
  return { ADV: 'advies', ONT: 'ontwikkeling', GN: 'notitie', OVL: 'overleg' }[id.split('-')[0]!]!;
}

async function createItem(
  harness: Harness,
  kind: string,
  word: string,
  flag: string,
  stage: number,
): Promise<void> {
  switch (kind) {
    case 'advies': {
      await harness.command('gemeente', `/advies nieuw ${word}${flag}`);
      const id = harness.store.db.adviceRequests.at(-1)!.id;
      if (stage >= 1) await harness.command('voorzitter', `/advies stap ${id} in-overweging`);
      if (stage >= 2) await harness.command('voorzitter', `/advies stap ${id} in-gesprek`);
      if (stage >= 3) await harness.command('voorzitter', `/advies uitbrengen ${id} Advies${word}`);
      if (stage >= 4) await harness.command('gemeente', `/advies reactie ${id} niet reden:Reden${word}`);
      return;
    }
    case 'ontwikkeling':
      await harness.command('gemeente', `/ontwikkeling nieuw ${word} fase:verkenning${flag}`);
      return;
    case 'notitie': {
      await harness.command('voorzitter', `/notitie nieuw ${word}${flag}`);
      const id = harness.store.db.notes.at(-1)!.id;
      await harness.command('voorzitter', `/notitie tekst ${id} Tekst${word}`);
      if (stage >= 2) await harness.command('voorzitter', `/notitie teken ${id}`);
      return;
    }
    case 'overleg': {
      await harness.command('secretaris', `/overleg plan 15-04-2026 gemeente ${word}${flag}`);
      const id = harness.store.db.meetings.at(-1)!.id;
      await harness.command('secretaris', `/overleg aanwezig ${id} voorzitter gemeente pit`);
      await harness.command(
        'secretaris',
        `/overleg notulen ${id} Notulen${word} over ${harness.store.db.adviceRequests.at(-1)?.id ?? 'niets'}`,
      );
      await harness.command('voorzitter', `/besluit ${id} Besluit${word}`);
      return;
    }
    default: {
      const about = harness.store.db.adviceRequests.at(-1);
      await harness.command(
        'voorzitter',
        `/besluit ${about && stage % 2 === 0 ? `${about.id} ` : ''}${word}${flag}`,
      );
    }
  }
}
