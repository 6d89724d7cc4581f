// @ts-nocheck
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Scheduler } from '../../src/core/scheduler.ts';
import type { MessageRef } from '../../src/port/events.ts';
import { Harness } from '../support/harness.ts';

let harness: Harness;
afterEach(async () => {
  await harness.close();
});

const QUESTION = '/peiling "Wanneer het volgende overleg?" di 14 jan | do 16 jan | ma 20 jan';
let event = 0;

function refOf(message: string | undefined): MessageRef {
  const [platform, channel, id] = (message ?? '').split(':');
  return { platform: platform!, channel: channel!, id: id! };
}

async function start(line = QUESTION): Promise<MessageRef> {
  harness = await Harness.create({ now: '2026-12-01T09:00:00Z' });
  await harness.command('panellid', line);
  return refOf(harness.store.db.polls.at(-1)!.message);
}

async function reply(member: string, text: string, thread: MessageRef): Promise<void> {
  await harness.receive({
    kind: 'message',
    eventId: `poll-${++event}`,
    actor: { platform: 'shell', userId: member },
    channel: thread.channel,
    text,
    thread,
  });
}

const poll = () => harness.store.db.polls.at(-1)!;

describe('/peiling', () => {
  it('posts the question with numbered options and puts the number reactions under it', async () => {
    const anchor = await start();
    const posted = harness.adapter.sent.find((sent) => sent.kind === 'post')!;
    expect(posted.text).toContain('📊 Peiling PEI-2026-001: Wanneer het volgende overleg?');
    expect(posted.text).toContain('1️⃣ di 14 jan');
    expect(posted.text).toContain('3️⃣ ma 20 jan');
    expect(harness.adapter.sent.filter((sent) => sent.kind === 'react').map((sent) => sent.text)).toEqual([
      '1️⃣',
      '2️⃣',
      '3️⃣',
    ]);
    expect(harness.adapter.sent.find((sent) => sent.kind === 'react')!.ref).toEqual(anchor);
    expect(poll()).toMatchObject({
      title: 'Wanneer het volgende overleg?',
      options: ['di 14 jan', 'do 16 jan', 'ma 20 jan'],
    });
  });

  it('counts a number reaction and a number replied in its thread, one vote each, changeable', async () => {
    const anchor = await start();
    await harness.react('voorzitter', '2️⃣', anchor);
    await reply('gemeente', '3', anchor);
    await reply('voorzitter', '1', anchor); // changes her vote
    expect(poll().votes).toEqual([
      { by: 'gemeente', option: 3 },
      { by: 'voorzitter', option: 1 },
    ]);
    expect(harness.adapter.texts().at(-1)).toContain('Je stem is veranderd: nu 1. di 14 jan');
    expect(harness.adapter.sent.filter((sent) => sent.kind === 'update').at(-1)!.text).toContain(
      '1️⃣ di 14 jan — 1 stem',
    );
    await harness.react('voorzitter', '1️⃣', anchor, false); // taken back
    expect(poll().votes).toEqual([{ by: 'gemeente', option: 3 }]);
  });

  it('lets only rostered members vote, refuses a number that is no option, and ignores talk in the thread', async () => {
    const anchor = await start();
    await reply('Sam (gast)', '2', anchor);
    expect(harness.adapter.last().message.refused).toBe(true);
    await reply('voorzitter', '7', anchor);
    expect(harness.adapter.last().text).toContain(
      'Optie 7 bestaat niet. Kies een nummer van 1 tot en met 3.',
    );
    const said = harness.adapter.sent.length;
    await reply('voorzitter', 'Ik kan alleen op donderdag', anchor);
    expect(harness.adapter.sent.length).toBe(said);
    expect(poll().votes).toEqual([]);
  });

  it('toon shows each option with its count; sluiten posts the result in the thread and stops the voting', async () => {
    const anchor = await start();
    await harness.react('voorzitter', '2️⃣', anchor);
    await harness.react('gemeente', '2️⃣', anchor);
    await reply('secretaris', '1', anchor);
    const shown = await harness.command('pit', '/peiling toon PEI-1');
    expect(shown).toContain('1️⃣ di 14 jan — 1 stem');
    expect(shown).toContain('2️⃣ do 16 jan — 2 stemmen');
    expect(shown).toContain('3️⃣ ma 20 jan — 0 stemmen');
    await harness.command('gemeente', '/peiling sluiten PEI-1');
    expect(harness.adapter.last()).toMatchObject({ message: { refused: true } });
    expect(harness.adapter.last().text).toContain('Alleen Chris Bakker, die PEI-2026-001 begon');
    const result = await harness.command('panellid', '/peiling sluiten PEI-1');
    expect(harness.adapter.last().ref).toEqual(anchor);
    expect(result).toContain('📊 Uitslag van PEI-2026-001');
    expect(result).toContain('De meeste stemmen: do 16 jan (2 stemmen).');
    await reply('pit', '3', anchor);
    expect(harness.adapter.last().text).toContain('PEI-2026-001 is al gesloten');
    expect(poll().votes).toHaveLength(3);
  });

  it('closes by itself after its date (tot:), with the result in the thread, also after a restart', async () => {
    const anchor = await start(`${QUESTION} tot:3 december 2026`);
    expect(poll().until).toBe('2026-12-03');
    await harness.react('voorzitter', '3️⃣', anchor);
    const dir = harness.dir;
    await harness.close();
    harness = await Harness.create({ dir, now: '2026-12-03T22:00:00Z' });
    // After the restart the poll's thread and reactions still reach it.
    await reply('gemeente', '3', anchor);
    expect(poll().votes).toHaveLength(2);
    const scheduler = new Scheduler(harness.bot);
    await scheduler.start({ timer: false });
    await scheduler.tick();
    expect(poll().closed).toBeUndefined(); // still 3 December in Amsterdam
    harness.clock.set(new Date('2026-12-03T23:30:00Z'));
    await scheduler.tick();
    scheduler.stop();
    expect(poll().closed).toBeDefined();
    const result = harness.adapter.sent.find(
      (sent) => sent.kind === 'reply' && sent.text.includes('Uitslag'),
    )!;
    expect(result.ref).toEqual(anchor);
    expect(result.text).toContain('De meeste stemmen: ma 20 jan (2 stemmen).');
    expect(result.text).toContain('de einddatum is voorbij');
  });

  it('shows open polls in the digest, and lists them', async () => {
    await start();
    expect(await harness.command('panellid', '/digest')).toContain('📊 Open peilingen');
    expect(await harness.command('panellid', '/peiling lijst')).toContain(
      'PEI-2026-001 Wanneer het volgende overleg? — 0 stemmen',
    );
    await harness.command('panellid', '/peiling sluiten PEI-1');
    expect(await harness.command('panellid', '/digest')).not.toContain('Open peilingen');
  });

  it('refuses a poll without a question, with one option, or with a date that has passed, changing nothing', async () => {
    harness = await Harness.create({ now: '2026-12-01T09:00:00Z' });
    const before = await harness.diskText();
    expect(await harness.command('panellid', '/peiling dinsdag | donderdag')).toContain(
      'Zet de vraag tussen aanhalingstekens',
    );
    expect(await harness.command('panellid', '/peiling "Welke dag?" dinsdag')).toContain('minstens 2 opties');
    expect(await harness.command('panellid', '/peiling "Welke dag?" a | | b')).toContain(
      'Een van de opties is leeg',
    );
    expect(await harness.command('panellid', '/peiling "Welke dag?" a | b tot:1 november 2026')).toContain(
      'is al voorbij',
    );
    expect(await harness.diskText()).toBe(before);
    await harness.command('panellid', '/peiling Welke dag? di | do');
    expect(harness.store.db.polls[0]).toMatchObject({ title: 'Welke dag?', options: ['di', 'do'] });
  });
});

describe('/peiling geheim', () => {
  it('keeps only counts: no reactions under it, a vote in the thread is not counted, /peiling stem is', async () => {
    const anchor = await start(`${QUESTION} geheim`);
    expect(harness.adapter.sent.filter((sent) => sent.kind === 'react')).toEqual([]);
    await reply('voorzitter', '2', anchor);
    expect(harness.adapter.last().text).toContain('geheime peiling');
    expect(poll().counts).toEqual([0, 0, 0]);
    await harness.command('voorzitter', '/peiling stem PEI-1 2');
    await harness.command('gemeente', '/peiling stem PEI-1 2');
    expect(await harness.command('voorzitter', '/peiling stem PEI-1 3')).toContain('Je hebt al gestemd');
    expect(poll()).toMatchObject({ counts: [0, 2, 0], votes: [] });
    expect(poll().ballots).toHaveLength(2);
    expect(await harness.command('pit', '/peiling toon PEI-1')).not.toContain('stemmen');
    const result = await harness.command('panellid', '/peiling sluiten PEI-1');
    expect(result).toContain('De meeste stemmen: do 16 jan (2 stemmen).');
    expect(poll().key).toBeUndefined();
    expect(poll().ballots).toEqual([]);
  });

  it('no file links a secret vote to the member: the store, its journal and the audit trail name no voter', async () => {
    await start(`${QUESTION} geheim`);
    await harness.command('voorzitter', '/peiling stem PEI-1 2');
    await harness.command('gemeente', '/peiling stem PEI-1 3');
    await harness.command('panellid', '/peiling sluiten PEI-1');
    await harness.store.idle();
    const files = [await harness.diskText(), await readFile(join(harness.dir, 'audit.jsonl'), 'utf8')].join(
      '\n',
    );
    for (const voter of ['voorzitter', 'gemeente', 'Anna de Vries', 'Dewi Jansen'])
      expect(files).not.toContain(voter);
    const audit = (await readFile(join(harness.dir, 'audit.jsonl'), 'utf8')).split('\n').filter(Boolean);
    const votes = audit.map((line) => JSON.parse(line)).filter((entry) => entry.action === 'peiling.stem');
    expect(votes).toHaveLength(2);
    for (const entry of votes) {
      expect(entry).toMatchObject({ actor: 'anoniem', action: 'peiling.stem', target: 'PEI-2026-001' });
      expect(entry).not.toHaveProperty('source');
    }
  });
});
