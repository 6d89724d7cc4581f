// @ts-nocheck
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StartupError } from '../../src/core/errors.ts';
import { AGREEMENT_CAPS, loadConfig } from '../../src/setup/config.ts';
import { tempDir, writeConfig } from '../support/harness.ts';

async function loadError(config: unknown): Promise<string> {
  const dir = await tempDir();
  await writeConfig(dir, config);
  const error = await loadConfig(dir).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(StartupError);
  return (error as Error).message;
}

const anna = { id: 'anna', name: 'Anna de Vries', roles: ['panel', 'voorzitter'] };

describe('config.json', () => {
  it('uses the demo roster and the agreement numbers without a file', async () => {
    const { config, demo } = await loadConfig(await tempDir());
    expect(demo).toBe(true);
    expect(config.members.map((member) => member.id)).toEqual([
      'voorzitter',
      'secretaris',
      'panellid',
      'gemeente',
      'pit',
      'programmamanager',
    ]);
    expect(config.caps).toEqual(AGREEMENT_CAPS);
    expect(config.responseWindowDays).toBe(42);
    expect(config.timezone).toBe('Europe/Amsterdam');
    expect(config.language).toBe('nl');
  });

  it('fills defaults around the members', async () => {
    const dir = await tempDir();
    await writeConfig(dir, { members: [anna], caps: { kosten: 100 } });
    const { config, demo } = await loadConfig(dir);
    expect(demo).toBe(false);
    expect(config.caps).toEqual({ ...AGREEMENT_CAPS, kosten: 100 });
    expect(config.channels.openbaar?.public).toBe(true);
  });

  it('names a bad role with its path', async () => {
    const message = await loadError({ members: [{ ...anna, roles: ['voorzittr'] }] });
    expect(message).toContain("bij lid 1 (anna): 'roles.0'");
    expect(message).toContain('"voorzittr"');
    expect(message).toContain('voorzitter');
  });

  it('refuses unknown keys', async () => {
    expect(await loadError({ members: [anna], kanalen: {} })).toContain("onbekende sleutel 'kanalen'");
  });

  it('refuses a token-like key or value, and says where secrets belong, without printing it', async () => {
    const byKey = await loadError({ members: [anna], slackToken: 'abc123' });
    expect(byKey).toContain("'slackToken'");
    expect(byKey).toContain('in de omgeving');
    expect(byKey).not.toContain('abc123');
    const byValue = await loadError({ members: [{ ...anna, slack: 'xoxb-1234-abcd' }] });
    expect(byValue).toContain("'members.0.slack'");
    expect(byValue).not.toContain('xoxb-1234-abcd');
  });

  it('takes the date of the confidentiality declaration, which is no secret, and still refuses secrets', async () => {
    const dir = await tempDir();
    await writeConfig(dir, { members: [{ ...anna, geheimhouding: '2026-01-15' }] });
    const { config } = await loadConfig(dir);
    expect(config.members[0]!.geheimhouding).toBe('2026-01-15');
    expect(await loadError({ members: [{ ...anna, geheimhouding: 'xoxb-1234-abcd' }] })).toContain(
      "'members.0.geheimhouding'",
    );
    expect(await loadError({ members: [{ ...anna, geheimhouding: '15 januari' }] })).toContain(
      "'members.0.geheimhouding'",
    );
    expect(await loadError({ members: [anna], geheimeSleutel: 'abc' })).toContain('in de omgeving');
    expect(await loadError({ members: [{ ...anna, geheimhouding: '2026-02-30' }] })).toContain(
      'geheimhouding',
    );
  });

  it('needs members', async () => {
    expect(await loadError({ language: 'nl' })).toContain("'members' ontbreekt");
  });

  it('refuses two members with one id, a bad time zone and a bad language', async () => {
    expect(await loadError({ members: [anna, anna] })).toContain("id 'anna' komt twee keer voor");
    expect(await loadError({ members: [anna], timezone: 'Europe/Hilversum' })).toContain("'timezone'");
    expect(await loadError({ members: [anna], language: 'de' })).toContain("'language'");
  });

  it('says when the file is not JSON', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'config.json'), '{ members: [] }');
    await expect(loadConfig(dir)).rejects.toThrow(/geen geldige JSON/);
  });
});

describe('data/config.example.json', () => {
  it('is a valid config', async () => {
    const dir = await tempDir();
    const { copyFile } = await import('node:fs/promises');
    await copyFile('data/config.example.json', join(dir, 'config.json'));
    const { config, demo } = await loadConfig(dir);
    expect(demo).toBe(false);
    expect(config.members.length).toBeGreaterThan(3);
  });
});
