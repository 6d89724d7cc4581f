// @ts-nocheck
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_MEMBERS, loadConfig } from '../../src/setup/config.ts';
import { tempDir } from '../support/harness.ts';
import { runShellProcess } from '../support/run-shell-process.ts';

async function configError(text: string): Promise<string> {
  const dir = await tempDir();
  await writeFile(join(dir, 'config.json'), text);
  return loadConfig(dir).then(
    () => 'loaded',
    (error: Error) => error.message,
  );
}

describe('config errors in plain Dutch', () => {
  it('names the member by number and id, the unknown key, and the key it meant', async () => {
    const members = [
      DEMO_MEMBERS[0],
      DEMO_MEMBERS[1],
      { id: 'chris', name: 'Chris Bakker', rolles: ['panel'] },
    ];
    const message = await configError(JSON.stringify({ members }, null, 2));
    expect(message).toContain("bij lid 3 (chris): onbekende sleutel 'rolles'");
    expect(message).toMatch(/bedoel je 'roles'\?$/);
    expect(message).not.toContain('members.2');
  });

  it('names the member for a wrong value too', async () => {
    const members = [{ id: 'anna', name: 'Anna', roles: ['voorzitster'] }];
    const message = await configError(JSON.stringify({ members }));
    expect(message).toContain('bij lid 1 (anna): \'roles.0\' is "voorzitster"');
    expect(message).toContain("bedoel je 'voorzitter'?");
    expect(message).toContain("bedoel je 'voorzitter'?");
  });

  it('suggests a top-level key', async () => {
    const message = await configError(JSON.stringify({ members: DEMO_MEMBERS, langauge: 'en' }));
    expect(message).toContain("onbekende sleutel 'langauge'");
    expect(message).toContain("bedoel je 'language'?");
  });

  it('says where a JSON syntax error is, in Dutch, with line and column', async () => {
    const message = await configError('{\n  "language": "nl"\n  "members": []\n}');
    expect(message).toMatch(/is geen geldige JSON op regel 3, kolom 3\. Kijk daar of er een komma/);
    expect(message).not.toMatch(/Expected|position/);
  });
});

describe('config errors in the shell', () => {
  it('refuses to start with a sentence that names the member', async () => {
    const dir = await tempDir();
    await writeFile(
      join(dir, 'config.json'),
      JSON.stringify({ members: [{ id: 'anna', name: 'Anna', rolles: ['panel'] }] }),
    );
    const run = await runShellProcess(['/help'], { STADSPANEL_DATA_DIR: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("bij lid 1 (anna): onbekende sleutel 'rolles'");
  });
});

describe('config errors in an English config', () => {
  it('explains every detail in English, also the ones the bot wrote itself', async () => {
    const english = (config: object) => configError(JSON.stringify({ language: 'en', ...config }));
    const id = await english({ members: [{ id: 'Anna', name: 'Anna', roles: ['panel'] }] });
    expect(id).toContain('lower-case letters, digits');
    expect(id).not.toMatch(/kleine letters/);
    const slack = await english({ members: [{ id: 'anna', name: 'Anna', roles: ['panel'], slack: 'anna' }] });
    expect(slack).toContain('a Slack user id like U012AB3CD');
    const twice = await english({
      members: [
        { id: 'anna', name: 'Anna', roles: ['panel'] },
        { id: 'anna', name: 'Anna B', roles: ['panel'] },
      ],
    });
    expect(twice).toContain("id 'anna' appears twice");
    const digest = await english({
      members: [{ id: 'anna', name: 'Anna', roles: ['panel'] }],
      digest: { channels: ['nergens'] },
    });
    expect(digest).toContain("a channel from 'channels'");
    const cron = await english({
      members: [{ id: 'anna', name: 'Anna', roles: ['panel'] }],
      digest: { cron: 'maandag' },
    });
    expect(cron).toContain('a cron line like "0 9 * * 1" (Monday 09:00)');
    const json = await configError('{\n  "language": "en",\n  "members": []\n  "x": 1\n}');
    expect(json).toContain('is not valid JSON at line 4, column 3');
  });
});
