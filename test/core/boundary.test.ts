import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

async function sourceFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Nothing in the core or the commands knows a chat platform. */
describe('the adapter boundary', () => {
  it('src/ (but main and start) and commands/ import no adapter and no chat SDK', async () => {
    const files = [...(await sourceFiles('src')), ...(await sourceFiles('commands'))].filter(
      (file) => !file.endsWith('main.ts'),
    );
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const text = await readFile(file, 'utf8');
      const imports = [...text.matchAll(/from\s+'([^']+)'/g)].map((match) => match[1]!);
      for (const source of imports) {
        expect(source, `${file} imports ${source}`).not.toMatch(/adapters\/|@slack\/|matrix-js-sdk/);
      }
    }
  });
});

describe('adapters only translate', () => {
  it('no adapter names a command: forms and special cases come from the command specs', async () => {
    const { commands } = await import('../../commands/index.ts');
    const names = commands.flatMap((command) => [command.name, command.en]).filter((name) => name !== 'help');
    for (const file of await sourceFiles('adapters')) {
      const text = await readFile(file, 'utf8');
      for (const name of names) expect(text, `${file} names '${name}'`).not.toContain(`'${name}'`);
    }
  });
});
