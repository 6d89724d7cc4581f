// @ts-nocheck
import { appendFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_MEMBERS } from '../../src/setup/config.ts';
import { Harness, testConfig } from '../support/harness.ts';

let harness: Harness;
afterEach(async () => {
  await harness.close();
});

const withoutChris = () => testConfig({ members: DEMO_MEMBERS.filter((member) => member.id !== 'panellid') });

/** Chris (panellid) was active, then left the roster; the bot restarted without him. */
async function formerMember(): Promise<void> {
  harness = await Harness.create();
  await harness.command('panellid', '/uitgave 45,20 reis Trein');
  await harness.command('panellid', '/besluit We nemen de trein');
  await harness.command('gemeente', '/advies nieuw Druktemeter');
  await restart();
  // Another restart so the backups db.json.1 and .2 both hold Chris.
  await restart();
}

async function restart(): Promise<void> {
  await harness.close();
  harness = await Harness.create({ dir: harness.dir, config: withoutChris() });
}

/** Every file in the data folder that still names Chris. */
async function filesNamingChris(): Promise<string[]> {
  const naming: string[] = [];
  for (const name of await readdir(harness.dir, { recursive: true })) {
    const text = await readFile(join(harness.dir, name), 'utf8').catch(() => '');
    if (text.includes('panellid')) naming.push(name);
  }
  return naming;
}

async function expectForgotten(reply: string): Promise<void> {
  expect(reply).toContain("heet nu overal 'oud-lid-1'");
  expect(await filesNamingChris()).toEqual([]);
  expect(harness.store.db.forgottenMembers.map((entry) => entry.label)).toEqual(['oud-lid-1']);
  expect(harness.store.db.expenses[0]!.announcedBy).toBe('oud-lid-1');
}

describe('/privacy vergeet is all or nothing, or finishes on a second try', () => {
  it('handles a torn line in audit.jsonl (a crash during an append)', async () => {
    await formerMember();
    await appendFile(
      join(harness.dir, 'audit.jsonl'),
      '{"at":"2026-11-28T09:00:00.000Z","actor":"panellid","act',
    );
    await expectForgotten(await harness.command('voorzitter', '/privacy vergeet panellid'));
    const audit = await readFile(join(harness.dir, 'audit.jsonl'), 'utf8');
    expect(audit).toContain('"action":"privacy.vergeet"');
  });

  it('interrupted before the audit trail: says so, and a second vergeet finishes it', async () => {
    await formerMember();
    const blocker = join(harness.dir, `.audit.jsonl.${process.pid}.tmp`);
    await mkdir(blocker);
    const first = await harness.command('voorzitter', '/privacy vergeet panellid');
    expect(first).toContain('nog niet af');
    expect(first).toContain('/privacy vergeet panellid');
    await rm(blocker, { recursive: true });
    await expectForgotten(await harness.command('voorzitter', '/privacy vergeet panellid'));
  });

  it('interrupted before the audit trail and then restarted: a second vergeet finishes it', async () => {
    await formerMember();
    const blocker = join(harness.dir, `.audit.jsonl.${process.pid}.tmp`);
    await mkdir(blocker);
    expect(await harness.command('voorzitter', '/privacy vergeet panellid')).toContain('nog niet af');
    await rm(blocker, { recursive: true });
    await restart();
    await expectForgotten(await harness.command('voorzitter', '/privacy vergeet panellid'));
  });

  it('interrupted before the backups: says so, and a second vergeet finishes it', async () => {
    await formerMember();
    const blocker = join(harness.dir, 'db.json.2');
    await rm(blocker);
    await mkdir(blocker);
    await writeFile(join(blocker, 'panellid'), 'blocks the removal of db.json.2');
    const first = await harness.command('voorzitter', '/privacy vergeet panellid');
    expect(first).toContain('nog niet af');
    await rm(blocker, { recursive: true });
    await restart();
    await expectForgotten(await harness.command('voorzitter', '/privacy vergeet panellid'));
  });

  it('a third vergeet says there is nothing left', async () => {
    await formerMember();
    await expectForgotten(await harness.command('voorzitter', '/privacy vergeet panellid'));
    expect(await harness.command('voorzitter', '/privacy vergeet panellid')).toContain(
      'bewaart de bot niets',
    );
  });
});
