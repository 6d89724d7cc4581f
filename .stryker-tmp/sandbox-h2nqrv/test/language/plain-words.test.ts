// @ts-nocheck
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Harness } from '../support/harness.ts';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

/** The files whose texts users read: the code's messages, the website's templates, the README. */
async function textFiles(folder: string): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await textFiles(path)));
    else if (/\.(ts|eta)$/.test(entry.name)) files.push(path);
  }
  return files;
}

// `u` and `uw` as words in Dutch text; type parameters (`<T, U extends`) and regex flags are not.
const FORMAL =
  /(?<![\p{L}\p{N}_'"`/\\-])(?:u|uw|Uw|U(?= (?:kunt|kan|hebt|heeft|ziet|moet|wilt|vindt)\b))(?![\p{L}\p{N}_'"`(-])/u;

describe('plain words (B1, "je")', () => {
  it('addresses the reader as "je", never as "u" or "uw"', async () => {
    const files = [
      'README.md',
      ...(await textFiles('src')),
      ...(await textFiles('commands')),
      ...(await textFiles('adapters')),
      ...(await textFiles('app')),
    ];
    const found: string[] = [];
    for (const file of files) {
      (await readFile(file, 'utf8')).split('\n').forEach((line, index) => {
        const code = line.trim();
        if (code.startsWith('//') || code.startsWith('*') || code.startsWith('/**')) return;
        if (FORMAL.test(line)) found.push(`${file}:${index + 1}: ${code}`);
      });
    }
    expect(found).toEqual([]);
  });

  it('says in plain words why nothing changes in a public channel, without an article number', async () => {
    harness = await Harness.create();
    const reply = await harness.command('voorzitter', '/website', { channel: 'openbaar' });
    expect(reply).toContain('Dit is een openbaar kanaal');
    expect(reply).not.toMatch(/afspraak|7a/);
    expect(reply).toContain('Typ dit in het kanaal panel');
  });

  it('gives a member from the demo roster as the example for /privacy inzage', async () => {
    harness = await Harness.create();
    const reply = await harness.command('voorzitter', '/privacy inzage');
    expect(reply).not.toContain('anna');
    expect(reply).toContain('panellid');
  });
});
