// @ts-nocheck
import { describe, expect, it } from 'vitest';
import type { ChatEvent } from '../../src/port/events.ts';
import { Harness, testConfig } from '../support/harness.ts';
import { RecordingAdapter } from '../support/recording-adapter.ts';

const members = [
  { id: 'gemeente', name: 'Dewi Jansen', roles: ['gemeente'], slack: 'U0DEWI' },
  { id: 'panellid', name: 'Chris Bakker', roles: ['panel'], slack: 'U0CHRIS' },
];

describe('200 commands at once, through two adapters', () => {
  it('give unique ids, lose no update and never pass a cap', async () => {
    const harness = await Harness.create({
      config: testConfig({ members, channels: { panel: { slack: 'C0PANEL' } } }),
    });
    const slack = new RecordingAdapter('slack');
    harness.bot.attach(slack);
    const events: ChatEvent[] = Array.from({ length: 200 }, (_, index) => {
      const viaSlack = index % 2 === 1;
      const expense = index % 4 < 2;
      const user = expense ? (viaSlack ? 'U0CHRIS' : 'panellid') : viaSlack ? 'U0DEWI' : 'gemeente';
      return {
        kind: 'command',
        eventId: `burst-${index}`,
        actor: { platform: viaSlack ? 'slack' : 'shell', userId: user },
        channel: viaSlack ? 'C0PANEL' : 'panel',
        text: expense ? `/uitgave 30 reis Kaartje-${index}` : `/advies nieuw Verzoek-${index}`,
      };
    });
    await Promise.all(events.map((event) => harness.receive(event)));
    const db = harness.store.db;
    expect(db.adviceRequests).toHaveLength(100);
    expect(new Set(db.adviceRequests.map((request) => request.id)).size).toBe(100);
    // €30 each against the €2.500 cap for travel: 83 fit (€2.490), the other 17 are refused.
    expect(db.expenses).toHaveLength(83);
    expect(db.expenses.reduce((sum, expense) => sum + expense.amount, 0)).toBeLessThanOrEqual(250_000);
    expect(new Set(db.expenses.map((expense) => expense.id)).size).toBe(83);
    const disk = JSON.parse(await harness.diskText());
    expect(disk.adviceRequests).toEqual(JSON.parse(JSON.stringify(db.adviceRequests)));
    expect(disk.expenses).toEqual(JSON.parse(JSON.stringify(db.expenses)));
    const refusals = [...harness.adapter.sent, ...slack.sent].filter((sent) =>
      sent.text.includes('past niet binnen'),
    );
    expect(refusals).toHaveLength(17);
    await harness.close();
  });
});
