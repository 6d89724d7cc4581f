import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StartupError } from '../../src/core/errors.ts';
import { folderError } from '../../src/store/folder-error.ts';
import { FolderLock } from '../../src/store/lock.ts';
import { tempDir } from '../support/harness.ts';
import { runShellProcess } from '../support/run-shell-process.ts';

/** Dutch words the store's refusals use; none may reach an English panel. */
const DUTCH = /start niet|gegevens(map|bestand)|beschadigd|draait al|ongemoeid|reservekopie|schijf|opnieuw/;

async function englishFolder(): Promise<string> {
  const dir = await tempDir();
  await writeFile(
    join(dir, 'config.json'),
    JSON.stringify({ language: 'en', members: [{ id: 'anna', name: 'Anna', roles: ['panel'] }] }),
  );
  return dir;
}

describe("the store's refusals at start, in the panel's language", () => {
  it('has an English sentence for every folder problem it explains', () => {
    for (const code of ['EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EDQUOT', 'EFBIG', 'ENOTDIR', 'EEXIST']) {
      const failure = Object.assign(new Error(code), { code, path: '/data/db.json' });
      const refused = folderError(failure, '/data');
      expect(refused, code).toBeInstanceOf(StartupError);
      const english = (refused as StartupError).in('en');
      expect(english, code).toContain('/data');
      expect(english, code).not.toMatch(DUTCH);
      expect((refused as StartupError).in('nl'), code).toBe((refused as StartupError).message);
    }
  });

  it('says in English that db.json is damaged, or from a newer version, and changes nothing', async () => {
    const damaged = await englishFolder();
    await writeFile(join(damaged, 'db.json'), '{ "half');
    const run = await runShellProcess(['/help'], { STADSPANEL_DATA_DIR: damaged });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`The data file ${join(damaged, 'db.json')} is damaged (no valid JSON`);
    expect(run.stderr).not.toMatch(DUTCH);

    const newer = await englishFolder();
    await writeFile(join(newer, 'db.json'), JSON.stringify({ schemaVersion: 999 }));
    const later = await runShellProcess(['/help'], { STADSPANEL_DATA_DIR: newer });
    expect(later.stderr).toContain('was made by a newer version of the bot (schemaVersion 999');
    expect(later.stderr).not.toMatch(DUTCH);
  });

  it('says in English that another bot runs on the folder, and in Dutch for a Dutch panel', async () => {
    const english = await englishFolder();
    const held = await FolderLock.take(english);
    try {
      const run = await runShellProcess(['/help'], { STADSPANEL_DATA_DIR: english });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`A bot is already running on the data folder ${english}`);
      expect(run.stderr).not.toMatch(DUTCH);
    } finally {
      held.release();
    }
    const dutch = await tempDir();
    const heldToo = await FolderLock.take(dutch);
    try {
      const run = await runShellProcess(['/help'], { STADSPANEL_DATA_DIR: dutch });
      expect(run.stderr).toContain(`Er draait al een bot op de gegevensmap ${dutch}`);
    } finally {
      heldToo.release();
    }
  });
});
