// @ts-nocheck
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { Member } from '../../src/setup/config.ts';
import { DEMO_MEMBERS } from '../../src/setup/config.ts';
import { Harness } from '../support/harness.ts';
import { RecordingAdapter } from '../support/recording-adapter.ts';

/** A terminal-like adapter that can open a direct conversation with a member: `@member`. */
class DirectAdapter extends RecordingAdapter {
  async direct(member: Member): Promise<string> {
    return `@${member.id}`;
  }
}

let harness: Harness;
let chat: DirectAdapter;
let event = 0;
afterEach(async () => {
  await harness.close();
});

async function open(now = '2026-12-05T09:00:00Z'): Promise<void> {
  harness = await Harness.create({ now });
  chat = new DirectAdapter();
  harness.bot.attach(chat);
}

/** Types a line as a member, in a channel or (`direct`) in the member's own conversation with the bot. */
async function say(member: string, text: string, where: { direct?: boolean; channel?: string } = {}) {
  const before = chat.sent.length;
  await harness.receive({
    kind: 'command',
    eventId: `evaluation-${++event}`,
    actor: { platform: 'shell', userId: member },
    channel: where.direct ? `@${member}` : (where.channel ?? 'panel'),
    text,
    ...(where.direct ? { direct: true } : {}),
  });
  return chat.sent
    .slice(before)
    .map((sent) => sent.text)
    .join('\n');
}

const evaluations = () => harness.store.db.evaluations;

describe('the yearly evaluation', () => {
  it('asks every member privately, takes one anonymous answer each, and shows results beside the letter of 2022', async () => {
    await open();
    const opened = await say('voorzitter', '/evaluatie start 2026 tot:15-1-2027');
    expect(opened).toContain('De evaluatie 2026 is geopend, tot en met 15-1-2027');
    const invitations = chat.sent.filter((sent) => sent.ref.channel.startsWith('@'));
    expect(invitations.map((sent) => sent.ref.channel).sort()).toEqual(
      DEMO_MEMBERS.map((member) => `@${member.id}`).sort(),
    );
    expect(invitations[0]!.text).toContain('advisering');

    // Typed in the panel channel: refused, and nothing kept.
    const shared = await say('panellid', '/evaluatie cijfer advisering:3 betekenis:4');
    expect(shared).toContain('anderen in dit kanaal lezen mee');
    expect(shared).not.toContain('3');
    expect(evaluations()[0]!.answers).toEqual([]);

    // Two answers wait in memory; the third writes all three at once.
    expect(
      await say('voorzitter', '/evaluatie cijfer advisering:8 betekenis:9 goed:"snelle adviezen"', {
        direct: true,
      }),
    ).toContain('nog 2 antwoorden');
    expect(evaluations()[0]!.answers).toEqual([]);
    await say('secretaris', '/evaluatie cijfer advisering:7 betekenis:8', { direct: true });
    await say('panellid', '/evaluatie cijfer advisering:8 betekenis:9 beter:"eerder terugkoppelen"', {
      direct: true,
    });
    expect(evaluations()[0]!.answers).toHaveLength(3);
    expect(evaluations()[0]!.participants).toHaveLength(3);
    expect(await say('secretaris', '/privacy inzage secretaris')).toContain(
      'Evaluatie 2026: je hebt meegedaan',
    );
    expect(await say('gemeente', '/privacy inzage gemeente')).not.toContain('Evaluatie 2026');

    const again = await say('voorzitter', '/evaluatie cijfer advisering:1 betekenis:1', { direct: true });
    expect(again).toContain('Je hebt al geantwoord');
    expect(evaluations()[0]!.answers).toHaveLength(3);

    for (const [member, a, b] of [
      ['gemeente', 8, 8],
      ['pit', 7, 9],
      ['programmamanager', 9, 8],
    ] as const)
      await say(member, `/evaluatie cijfer advisering:${a} betekenis:${b}`, { direct: true });
    expect(await say('panellid', '/evaluatie')).toContain('Geantwoord: panel 3 van 3, gemeente 3 van 3');

    await say('secretaris', '/evaluatie vorige 2022 advisering:7,8 betekenis:8,5');
    const result = await say('voorzitter', '/evaluatie sluiten');
    expect(result).toContain('Antwoorden: panel 3, gemeente 3 (samen 6).');
    // Advisering 8, 7, 8 | 8, 7, 9 → 7,8; betekenis 9, 8, 9 | 8, 9, 8 → 8,5.
    expect(result).toContain(
      'de advisering door het panel: gemiddeld 7,8 (panel 7,7, gemeente 8,0; laagste 7, hoogste 9)',
    );
    expect(result).toContain('gemiddeld 8,5 (panel 8,7, gemeente 8,3');
    expect(result).toContain('snelle adviezen');
    expect(result).toContain('eerder terugkoppelen');
    expect(result).toContain('2022: advisering 7,8, betekenis 8,5 (ingevoerd)');
    expect(result).toContain('2026: advisering 7,8, betekenis 8,5');
    expect(evaluations()[0]).toMatchObject({ participants: [] });
    expect(evaluations()[0]!.key).toBeUndefined();
    expect(await say('pit', '/evaluatie cijfer advisering:5 betekenis:5', { direct: true })).toContain(
      'Er is nu geen evaluatie open',
    );
  });

  it('shows no marks with fewer than three answers per side', async () => {
    await open();
    await say('voorzitter', '/evaluatie start 2026 tot:15-1-2027');
    for (const member of ['voorzitter', 'secretaris', 'panellid', 'gemeente'])
      await say(member, '/evaluatie cijfer advisering:6 betekenis:7', { direct: true });
    const result = await say('voorzitter', '/evaluatie sluiten 2026');
    expect(result).toContain('Antwoorden: panel 3, gemeente 1');
    expect(result).toContain('Te weinig antwoorden om cijfers te tonen');
    expect(result).not.toContain('gemiddeld');
  });

  it('refuses a mark out of range, a start without an end date, and a second evaluation, changing nothing', async () => {
    await open();
    expect(await say('voorzitter', '/evaluatie start 2026')).toContain('Zeg tot wanneer');
    expect(evaluations()).toEqual([]);
    await say('voorzitter', '/evaluatie start 2026 tot:15-1-2027');
    expect(await say('secretaris', '/evaluatie start 2026 tot:20-1-2027')).toContain('al open');
    expect(await say('panellid', '/evaluatie cijfer advisering:11 betekenis:5', { direct: true })).toContain(
      'Geef een heel cijfer van 1 tot en met 10',
    );
    expect(await say('panellid', '/evaluatie cijfer advisering:8', { direct: true })).toContain(
      'Geef beide cijfers',
    );
    expect(await say('panellid', '/evaluatie sluiten')).toContain('alleen');
  });

  it('closes by itself the day after its end date and posts the result in the panel channel', async () => {
    await open('2027-01-10T09:00:00Z');
    await say('voorzitter', '/evaluatie start 2026 tot:15-1-2027');
    await say('panellid', '/evaluatie cijfer advisering:8 betekenis:9', { direct: true });
    harness.clock.set(new Date('2027-01-16T09:00:00Z'));
    const { Scheduler } = await import('../../src/core/scheduler.ts');
    const scheduler = new Scheduler(harness.bot);
    await scheduler.tick();
    expect(evaluations()[0]!.closed).toBeDefined();
    // The answer that waited in memory was written before closing.
    expect(evaluations()[0]!.answers).toHaveLength(1);
    expect(chat.texts().join('\n')).toContain('Evaluatie 2026: de uitslag');
  });
});

/** The members a stored line names: as a value anywhere in it (a side is not a member), or by name. */
function membersIn(line: string): string[] {
  const json = line.slice(line.indexOf('{'));
  const values: string[] = [];
  const walk = (value: unknown, key?: string): void => {
    // A side is not a member; the bot's record of its own messages lists who a text mentions, not who wrote it.
    if (key === 'members') return;
    if (typeof value === 'string' && key !== 'side') values.push(value);
    else if (Array.isArray(value)) for (const entry of value) walk(entry, key);
    else if (value && typeof value === 'object')
      for (const [name, entry] of Object.entries(value)) walk(entry, name);
  };
  try {
    walk(JSON.parse(json));
  } catch {
    values.push(line);
  }
  return DEMO_MEMBERS.filter((member) =>
    values.some((value) => value === member.id || value.includes(member.name)),
  ).map((member) => member.id);
}

describe('the evaluation in the yearly report and on the website', () => {
  it("shows the demo year's marks per side, the points without names and the 2022 figures beside them", async () => {
    harness = await Harness.create({ now: '2026-12-05T09:00:00Z' });
    const now = harness.clock.now();
    const { fillDemo } = await import('../../app/demo.ts');
    expect((await fillDemo(harness.bot, harness.clock)).refusals).toEqual([]);
    harness.clock.set(now);
    harness.bot.attach(harness.adapter);
    const report = await harness.command('panellid', '/jaarverslag 2026');
    expect(report).toContain('Cijfer voor de advisering door het panel: 7,8 (panel 7,7, gemeente 8,0).');
    expect(report).toContain(
      'Cijfer voor de betekenis van het panel voor de gemeenschap: 8,5 (panel 8,7, gemeente 8,3).',
    );
    expect(report).toContain('Antwoorden op de evaluatie: panel 3, gemeente 3.');
    expect(report).toContain('Cijfers door de jaren: 2022: 7,8 en 8,5; 2026: 7,8 en 8,5.');
    expect(report).toContain('Sneller horen wat er met ons advies gebeurt');
    const { renderSite } = await import('../../src/site/render.ts');
    const page = renderSite(harness.store.db, harness.bot.config, '2026-12-05').get(
      'jaarverslagen/2026.html',
    )!;
    expect(page).toContain('De evaluatie: cijfers van panel en gemeente');
    expect(page).toContain('7,8 (panel 7,7, gemeente 8,0)');
    for (const member of DEMO_MEMBERS) expect(page).not.toContain(member.name);
  });
});

describe('anonymous by construction', () => {
  it('no file in the data folder links a member to a mark or a free-text answer', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.constantFrom(...DEMO_MEMBERS.map((member) => member.id)), { minLength: 1 }),
        fc.array(fc.tuple(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 10 })), {
          minLength: 6,
          maxLength: 6,
        }),
        fc.boolean(),
        async (members, marks, closeIt) => {
          await open();
          await say('voorzitter', '/evaluatie start 2026 tot:15-1-2027');
          const tokens = new Map<string, string>();
          for (const [index, member] of members.entries()) {
            const token = `punt${index}x${Math.random().toString(36).slice(2, 8)}`;
            tokens.set(token, member);
            const [a, b] = marks[index]!;
            await say(member, `/evaluatie cijfer advisering:${a} betekenis:${b} goed:"${token}"`, {
              direct: true,
            });
          }
          const key = harness.store.db.evaluations[0]!.key!;
          if (closeIt) await say('voorzitter', '/evaluatie sluiten');
          await harness.bot.idle();
          let stored = 0;
          for (const file of await readdir(harness.dir, { recursive: true })) {
            const text = await readFile(join(harness.dir, file), 'utf8').catch(() => '');
            for (const line of text.split('\n')) {
              // Once closed, the key that turns a digest back into a member is gone from every file.
              if (closeIt) expect(line.includes(key), `${file} still holds the key`).toBe(false);
              const holdsAnswers =
                /"answers":\[\{/.test(line) || [...tokens.keys()].some((token) => line.includes(token));
              if (!holdsAnswers) continue;
              // While open, answers are written at least three at a time: no write holds one person's answer alone.
              const count = (line.match(/"advisering":/g) ?? []).length;
              if (file.endsWith('journal.jsonl') && count > stored) {
                expect(count - stored, line.slice(0, 200)).toBeGreaterThanOrEqual(3);
                stored = count;
              }
              // A line that holds answers or a free-text point names nobody.
              expect(membersIn(line), `${file}: ${line.slice(0, 300)}`).toEqual([]);
            }
          }
          // The stored order is canonical, not the order of arrival.
          const answers = harness.store.db.evaluations[0]!.answers;
          expect(answers).toEqual(
            [...answers].sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y))),
          );
          await harness.close();
          harness = await Harness.create();
        },
      ),
      { numRuns: 15 },
    );
  });
});
