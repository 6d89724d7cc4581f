// @ts-nocheck
import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import type { CommandSpec } from '../../src/core/command.ts';
import { Harness } from '../support/harness.ts';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

/** The table under "Commando's" in the README. */
async function commandTable(): Promise<string> {
  const readme = await readFile('README.md', 'utf8');
  const start = readme.indexOf("## Commando's");
  expect(start).toBeGreaterThan(0);
  return readme.slice(start, readme.indexOf('\n## ', start + 1));
}

/**
 * What differs between the README's table and the registry: a command without a row, or a
 * row (its first column, `/name …`) for a command the registry does not have.
 */
function tableProblems(list: readonly CommandSpec[], table: string): string[] {
  const rows = table.split('\n').filter((line) => line.startsWith('| `'));
  const named = new Set(
    rows.flatMap((row) => [...row.split(' | ')[0]!.matchAll(/`\/([a-z][\w-]*)/g)].map((match) => match[1]!)),
  );
  const names = list.map((command) => command.name);
  return [
    ...names.filter((name) => !named.has(name)).map((name) => `/${name} has no row`),
    ...[...named].filter((name) => !names.includes(name)).map((name) => `/${name} is not a command`),
  ];
}

/** The places CONTRIBUTING.md's checklist names that no other test watches. */
describe('the checklist for a new command (CONTRIBUTING.md)', () => {
  it("the README's table of commands has a row for each command of the registry, and for nothing else", async () => {
    expect(tableProblems(commands, await commandTable())).toEqual([]);
  });

  it('the table check fails when a command is left out of the registry, or its row out of the table', async () => {
    const table = await commandTable();
    const left = commands.filter((command) => command.name !== 'digest');
    expect(tableProblems(left, table)).toEqual(['/digest is not a command']);
    const withoutRow = table
      .split('\n')
      .filter((line) => !line.startsWith('| `/digest'))
      .join('\n');
    expect(tableProblems(commands, withoutRow)).toEqual(['/digest has no row']);
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
