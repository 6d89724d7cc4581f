import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { Harness } from '../support/harness.ts';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

/** The places CONTRIBUTING.md's checklist names that no other test watches. */
describe('the checklist for a new command (CONTRIBUTING.md)', () => {
  it("every command of the registry has a row in the README's table of commands", async () => {
    const readme = await readFile('README.md', 'utf8');
    const start = readme.indexOf("## Commando's");
    const table = readme.slice(start, readme.indexOf('\n## ', start + 1));
    expect(start).toBeGreaterThan(0);
    const missing = commands.filter((command) => !table.includes(`\`/${command.name}`)).map((c) => c.name);
    expect(missing).toEqual([]);
  });

  it("the README's table of commands gives the English name of every command and sub-command", async () => {
    const readme = await readFile('README.md', 'utf8');
    const start = readme.indexOf("## Commando's");
    const table = readme.slice(start, readme.indexOf('\n## ', start + 1));
    const missing = commands.flatMap((command) => [
      ...(table.includes(`\`/${command.en}`) ? [] : [`/${command.en}`]),
      ...command.subcommands
        .filter((sub) => sub.name && sub.en && !table.includes(`/${command.en} ${sub.en}`))
        .map((sub) => `/${command.en} ${sub.en}`),
    ]);
    expect(missing).toEqual([]);
  });

  it('/help lists every command of the registry', async () => {
    harness = await Harness.create();
    const help = await harness.command('panellid', '/help');
    const missing = commands.filter((command) => !help.includes(`/${command.name}`)).map((c) => c.name);
    expect(missing).toEqual([]);
  });

  it('CONTRIBUTING.md and docs/ARCHITECTURE.md are linked from the README', async () => {
    const readme = await readFile('README.md', 'utf8');
    expect(readme).toContain('(CONTRIBUTING.md)');
    expect(readme).toContain('(docs/ARCHITECTURE.md)');
  });
});
