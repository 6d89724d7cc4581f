// @ts-nocheck
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_MEMBERS } from '../../src/setup/config.ts';
import { Harness, testConfig } from '../support/harness.ts';

let harness: Harness;
afterEach(async () => {
  await harness.close();
});

const members = DEMO_MEMBERS.map((member) =>
  member.id === 'gemeente' ? { ...member, approver: true } : member,
);

/** Two people act on the same item at the same moment, as two chat clients can. */
describe('two commands racing on the same item', () => {
  it('two approvals at once: approved once, by one of them, with one history step', async () => {
    harness = await Harness.create({ config: testConfig({ members }) });
    await harness.command('panellid', '/uitgave 45,20 reis Trein naar Utrecht');
    const message = harness.store.db.expenses[0]!.message!;
    const [, channel, id] = message.split(':');
    const target = { platform: 'shell' as const, channel: channel!, id: id! };
    await Promise.all([
      harness.react('programmamanager', '✅', target),
      harness.react('gemeente', '✅', target),
    ]);
    const expense = harness.store.db.expenses[0]!;
    expect(expense.step).toBe('goedgekeurd');
    expect(expense.history.filter((step) => step.step === 'goedgekeurd')).toHaveLength(1);
    const disk = JSON.parse(await harness.diskText());
    expect(disk.expenses[0].step).toBe('goedgekeurd');
  });

  it('one member signing twice at once (the command and a ✅): one signature', async () => {
    harness = await Harness.create();
    await harness.command('secretaris', '/notitie nieuw "Gesprek over de druktemeter"');
    await harness.command('secretaris', '/notitie tekst GN-1 We spraken af dat de meter anoniem telt.');
    const [, channel, id] = harness.store.db.notes[0]!.message!.split(':');
    await Promise.all([
      harness.receive({
        kind: 'command',
        eventId: 'race-sign',
        actor: { platform: 'shell', userId: 'voorzitter' },
        channel: 'panel',
        text: '/notitie teken GN-1',
      }),
      harness.react('voorzitter', '✅', { platform: 'shell', channel: channel!, id: id! }),
    ]);
    const note = harness.store.db.notes[0]!;
    expect(note.signatures.map((signature) => signature.by)).toEqual(['voorzitter']);
    const disk = JSON.parse(await harness.diskText());
    expect(disk.notes[0]).toEqual(JSON.parse(JSON.stringify(note)));
  });
});
