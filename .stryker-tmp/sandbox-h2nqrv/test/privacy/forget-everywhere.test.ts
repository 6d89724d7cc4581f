// @ts-nocheck
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_MEMBERS } from '../../src/setup/config.ts';
import { Harness, testConfig } from '../support/harness.ts';
import { currentMessages, type Sent } from '../support/recording-adapter.ts';

/*
 * Issue 25, "Forgetting forgets every copy": after /privacy vergeet, the former member's
 * id and the name the bot wrote for them are nowhere in the data folder, nor in the
 * messages the bot posted.
 */
let harness: Harness;
afterEach(async () => {
  await harness.close();
});

const ID = 'panellid';
const NAME = 'Chris Bakker';
const withoutChris = () => testConfig({ members: DEMO_MEMBERS.filter((member) => member.id !== ID) });

/** Every file in the data folder (any depth) that holds the id or the name. */
async function filesNaming(): Promise<string[]> {
  const naming: string[] = [];
  for (const entry of await readdir(harness.dir, { recursive: true, withFileTypes: true })) {
    // Never open the lock file from inside the bot's process: closing it would drop the lock.
    if (!entry.isFile() || entry.name.startsWith('db.lock')) continue;
    const text = await readFile(join(entry.parentPath, entry.name), 'utf8');
    if (text.includes(ID) || text.includes(NAME)) naming.push(entry.name);
  }
  return naming;
}

/** The meeting of the issue: attendance with Chris, a published report, Chris taken off the attendance and back. */
async function meetingWithChris(): Promise<Sent[]> {
  harness = await Harness.create();
  await harness.command('secretaris', '/overleg plan 28-11-2026 10:00 Avond');
  await harness.command('secretaris', `/overleg aanwezig OVL-1 voorzitter secretaris ${ID}`);
  await harness.command('secretaris', '/overleg notulen OVL-1 De website is besproken.');
  await harness.command('secretaris', '/overleg samenvatting OVL-1 publiceer');
  await harness.command('secretaris', `/overleg afwezig OVL-1 ${ID}`);
  await harness.command('secretaris', `/overleg aanwezig OVL-1 ${ID}`);
  await harness.command('secretaris', `/overleg actie OVL-1 ${ID} Verslag rondsturen`);
  const sent = [...harness.adapter.sent];
  expect(currentMessages(sent).size).toBeGreaterThan(0);
  expect([...currentMessages(sent).values()].some((text) => text.includes(NAME))).toBe(true);
  // Chris leaves the panel: the bot restarts without him.
  const last = Math.max(...sent.map((entry) => Number((entry.own ?? entry.ref).id)));
  await harness.close();
  harness = await Harness.create({ dir: harness.dir, config: withoutChris() });
  harness.adapter.continueAfter(last);
  return sent;
}

describe('/privacy vergeet reaches every copy', () => {
  it('leaves no id or name in the data folder: data, audit values, kept messages, journal, backups', async () => {
    await meetingWithChris();
    const audit = await readFile(join(harness.dir, 'audit.jsonl'), 'utf8');
    expect(audit).toMatch(/"before":"[^"]*panellid/);
    expect(await harness.command('voorzitter', `/privacy vergeet ${ID}`)).toContain(
      "heet nu overal 'oud-lid-1'",
    );
    expect(await filesNaming()).toEqual([]);
  });

  it('edits every message the bot posted that named the member, in every channel', async () => {
    const before = await meetingWithChris();
    await harness.command('voorzitter', `/privacy vergeet ${ID}`);
    const now = currentMessages(before, harness.adapter.sent);
    const naming = [...now.entries()].filter(([, text]) => text.includes(NAME) || text.includes(ID));
    expect(naming).toEqual([]);
    // The public report was among them, and says oud-lid-1 now.
    const report = harness.adapter.sent.find(
      (sent) => sent.kind === 'update' && sent.ref.channel === 'openbaar',
    );
    expect(report?.text).toContain('oud-lid-1');
  });

  it('a later publication of the report does not bring the name back', async () => {
    await meetingWithChris();
    await harness.command('voorzitter', `/privacy vergeet ${ID}`);
    harness.adapter.clear();
    await harness.command('secretaris', '/overleg samenvatting OVL-1 publiceer');
    for (const sent of harness.adapter.sent) {
      expect(sent.text).not.toContain(NAME);
      expect(sent.text).not.toContain(ID);
    }
  });

  it('reaches audit files of other years, journals set aside and the backups folder', async () => {
    await meetingWithChris();
    await harness.store.idle();
    await writeFile(
      join(harness.dir, 'audit-2025.jsonl'),
      `${JSON.stringify({ at: '2025-03-01T10:00:00.000Z', actor: ID, action: 'overleg.afwezig', before: `voorzitter, ${ID}`, after: 'voorzitter' })}\n`,
    );
    await writeFile(
      join(harness.dir, 'db.journal.jsonl.beschadigd-2026-11-27'),
      `${JSON.stringify({ seq: 3, items: { meetings: [{ id: 'OVL-2026-001', attendees: [ID] }] } })}\n{"seq":4,"torn":"${ID}`,
    );
    await mkdir(join(harness.dir, 'backups', '2026-11-27'), { recursive: true });
    await copyFile(join(harness.dir, 'db.json.1'), join(harness.dir, 'backups', '2026-11-27', 'db.json'));
    await copyFile(
      join(harness.dir, 'audit.jsonl'),
      join(harness.dir, 'backups', '2026-11-27', 'audit.jsonl'),
    );
    await copyFile(
      join(harness.dir, 'posted.jsonl'),
      join(harness.dir, 'backups', '2026-11-27', 'posted.jsonl'),
    );
    expect((await filesNaming()).length).toBeGreaterThan(4);
    await harness.command('voorzitter', `/privacy vergeet ${ID}`);
    expect(await filesNaming()).toEqual([]);
    // The copies are still readable: the backup of db.json still has the meeting, with the label.
    const backup = JSON.parse(await readFile(join(harness.dir, 'backups', '2026-11-27', 'db.json'), 'utf8'));
    expect(backup.meetings[0].attendees).toContain('oud-lid-1');
  });
});

describe('the messages the bot posted, kept to find them again', () => {
  it('lists the messages that showed an item, and those that named a member', async () => {
    harness = await Harness.create();
    await harness.command('gemeente', '/advies nieuw Druktemeter');
    await harness.command('secretaris', '/overleg plan 28-11-2026 Avond');
    await harness.command('secretaris', `/overleg aanwezig OVL-1 ${ID}`);
    const showingAdvice = await harness.bot.posted.showing({ item: 'ADV-2026-001' });
    expect(showingAdvice.length).toBeGreaterThan(0);
    expect(showingAdvice[0]!.ref).toBe(harness.store.db.adviceRequests[0]!.message);
    const naming = await harness.bot.posted.showing({ member: ID });
    expect(naming.map((posted) => posted.ref)).toContain(harness.store.db.meetings[0]!.message);
    // The meeting's own message is kept once, as it reads now.
    const meeting = naming.filter((posted) => posted.ref === harness.store.db.meetings[0]!.message);
    expect(meeting).toHaveLength(1);
    expect(JSON.stringify(meeting[0]!.message)).toContain(NAME);
  });
});

describe('messages posted before the bot kept its messages', () => {
  it('the meeting and its public report are drawn again without the name', async () => {
    harness = await Harness.create();
    await harness.command('secretaris', '/overleg plan 28-11-2026 10:00 Avond');
    await harness.command('secretaris', `/overleg aanwezig OVL-1 voorzitter ${ID}`);
    await harness.command('secretaris', `/overleg actie OVL-1 ${ID} Verslag rondsturen`);
    await harness.command('secretaris', '/overleg samenvatting OVL-1 publiceer');
    const last = harness.adapter.sent.length + 1;
    await harness.close();
    // As if posted by an earlier version: no message kept.
    await rm(join(harness.dir, 'posted.jsonl'));
    harness = await Harness.create({ dir: harness.dir, config: withoutChris() });
    harness.adapter.continueAfter(last);
    await harness.command('voorzitter', `/privacy vergeet ${ID}`);
    const meeting = harness.store.db.meetings[0]!;
    const edits = harness.adapter.sent.filter((sent) => sent.kind === 'update');
    const card = edits.find((sent) => `shell:panel:${sent.ref.id}` === meeting.message);
    expect(card?.text).toContain('oud-lid-1');
    const report = edits.find((sent) => sent.ref.channel === 'openbaar');
    expect(report?.text).toContain('oud-lid-1');
    expect(report?.text).not.toContain(NAME);
    // The report as stored now matches what is posted: publishing again changes nothing.
    expect(await harness.command('secretaris', '/overleg samenvatting OVL-1 publiceer')).toContain(
      'was al zo',
    );
    expect(await filesNaming()).toEqual([]);
  });

  it('a report corrected since it was published is not changed by forgetting: that waits for publiceer', async () => {
    harness = await Harness.create();
    await harness.command('secretaris', '/overleg plan 28-11-2026 10:00 Avond');
    await harness.command('secretaris', `/overleg aanwezig OVL-1 voorzitter ${ID}`);
    await harness.command('secretaris', '/overleg samenvatting OVL-1 publiceer');
    await harness.command('secretaris', '/overleg notulen OVL-1 Nog niet openbaar maken.');
    const last = harness.adapter.sent.length + 1;
    await harness.close();
    await rm(join(harness.dir, 'posted.jsonl'));
    harness = await Harness.create({ dir: harness.dir, config: withoutChris() });
    harness.adapter.continueAfter(last);
    await harness.command('voorzitter', `/privacy vergeet ${ID}`);
    expect(harness.adapter.sent.filter((sent) => sent.ref.channel === 'openbaar')).toEqual([]);
  });
});

describe('/privacy inzage', () => {
  it("counts the bot's own messages that name the member", async () => {
    harness = await Harness.create();
    await harness.command('secretaris', '/overleg plan 28-11-2026 Avond');
    await harness.command('secretaris', `/overleg aanwezig OVL-1 ${ID}`);
    const shown = await harness.command(ID, `/privacy inzage ${ID}`);
    expect(shown).toMatch(/Berichten van de bot die dit lid noemen[^:]*: [1-9]/);
  });
});
