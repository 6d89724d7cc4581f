// @ts-nocheck
import { afterEach, describe, expect, it } from 'vitest';
import { Harness, tempDir } from '../support/harness.ts';
import { runShellProcess } from '../support/run-shell-process.ts';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

/** What the bot did for one command: new messages and updates, by kind and place. */
async function outputsOf(h: Harness, member: string, text: string) {
  const before = h.adapter.sent.length;
  await h.command(member, text);
  return h.adapter.sent.slice(before).map((sent) => `${sent.kind} ${sent.ref.channel}:${sent.ref.id}`);
}

describe('one answer per action', () => {
  it('answers a command about an expense typed in the channel once, and updates its message', async () => {
    harness = await Harness.create();
    await harness.command('panellid', '/uitgave 45,20 kosten Trein naar Utrecht');
    const anchor = harness.adapter.last().ref;
    await harness.react('programmamanager', '✅', anchor);
    expect(await outputsOf(harness, 'panellid', '/uitgave bewijs UIT-1 ov-kaart.pdf')).toEqual([
      `update panel:${anchor.id}`,
      'post panel:3',
    ]);
    expect(await outputsOf(harness, 'programmamanager', '/uitgave betaald UIT-1')).toEqual([
      `update panel:${anchor.id}`,
      'post panel:4',
    ]);
  });

  it('records a decision about an item in the channel with one answer, not a copy in its thread', async () => {
    harness = await Harness.create();
    await harness.command('gemeente', '/advies nieuw Bodycams');
    expect(await outputsOf(harness, 'voorzitter', '/besluit ADV-1 Het panel geeft advies.')).toEqual([
      'post panel:2',
    ]);
  });

  it('signs a note in the channel with one answer', async () => {
    harness = await Harness.create();
    await harness.command('secretaris', '/notitie nieuw Gesprek');
    const outputs = await outputsOf(harness, 'voorzitter', '/notitie teken GN-1');
    expect(outputs.filter((output) => !output.startsWith('update'))).toEqual(['post panel:2']);
  });
});

describe('one answer per action in the shell', () => {
  it('prints one line for /uitgave betaald typed in the channel', async () => {
    const run = await runShellProcess(
      [
        '@panellid: /uitgave 45,20 kosten Trein naar Utrecht',
        '@programmamanager: +✅ #1',
        '@panellid: /uitgave bewijs UIT-1 ov-kaart.pdf',
        '@programmamanager: /uitgave betaald UIT-1',
        '/budget',
      ],
      { STADSPANEL_DATA_DIR: await tempDir(), STADSPANEL_NOW: '2026-11-28T10:00' },
    );
    expect(run.code).toBe(0);
    const vergoed = run.stdout.split('\n').filter((line) => line.includes('is vergoed'));
    expect(vergoed).toHaveLength(1);
    expect(run.stdout).toMatch(/\[#4\] 💸 UIT-2026-001 is vergoed: € 45,20/);
    expect(run.stdout).toMatch(/\[#5\] Budget 2026/);
  });
});
