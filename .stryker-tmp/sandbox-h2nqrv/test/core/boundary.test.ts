// @ts-nocheck
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

async function sourceFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** What a file imports: static (`import … from`, `export … from`, `import '…'`) and dynamic (`import('…')`). */
interface Imports {
  /** Relative imports resolved to a path from the repository root; packages as written. */
  readonly targets: readonly string[];
  /** Dynamic imports whose path is computed, so it cannot be checked. */
  readonly computed: number;
}

async function importsOf(file: string): Promise<Imports> {
  const text = await readFile(file, 'utf8');
  const specifiers = [
    ...text.matchAll(/^\s*(?:import|export)\s[^;]*?\sfrom\s+['"]([^'"]+)['"]/gms),
    ...text.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm),
    ...text.matchAll(/\bimport\(\s*['"`]([^'"`$]+)['"`]\s*\)/g),
  ].map((match) => match[1]!);
  const computed = [...text.matchAll(/\bimport\(\s*([^'"`\s)][^)]*)\)/g)].length;
  return {
    targets: specifiers.map((specifier) =>
      specifier.startsWith('.') ? normalize(join(dirname(file), specifier)) : specifier,
    ),
    computed,
  };
}

const SDK = /^(@slack\/|matrix-js-sdk|@matrix-org\/)/;
const ADAPTER = /^adapters\//;
const COMMAND = /^commands\//;

/** The command a file of commands/ belongs to: its folder (`commands/advies/…`) or its own name (`commands/budget.ts`). */
function commandOf(path: string): string {
  const [, first] = path.split('/');
  return first!.replace(/\.ts$/, '');
}

async function violations(
  folder: string,
  forbidden: (target: string, file: string) => boolean,
): Promise<string[]> {
  const found: string[] = [];
  const files = await sourceFiles(folder);
  expect(files.length).toBeGreaterThan(5);
  for (const file of files) {
    const { targets, computed } = await importsOf(file);
    if (computed > 0) found.push(`${file} has an import() with a computed path`);
    for (const target of targets) if (forbidden(target, file)) found.push(`${file} imports ${target}`);
  }
  return found;
}

describe('the boundaries, for static and dynamic imports', () => {
  it('src/ imports no adapter, no command, no chat SDK and nothing of app/ (the composition root)', async () => {
    expect(
      await violations(
        'src',
        (target) => ADAPTER.test(target) || COMMAND.test(target) || SDK.test(target) || /^app\//.test(target),
      ),
    ).toEqual([]);
  });

  it('commands/<a>/ imports no commands/<b>/, no adapter and no chat SDK (commands/index.ts, the list of all, excepted)', async () => {
    expect(
      await violations('commands', (target, file) => {
        if (ADAPTER.test(target) || SDK.test(target) || /^app\//.test(target)) return true;
        return file !== 'commands/index.ts' && COMMAND.test(target) && commandOf(target) !== commandOf(file);
      }),
    ).toEqual([]);
  });

  it('adapters/ import no command and nothing of app/', async () => {
    expect(await violations('adapters', (target) => COMMAND.test(target) || /^app\//.test(target))).toEqual(
      [],
    );
  });

  it('reads static, re-exported and dynamic imports alike', async () => {
    const { targets } = await importsOf('app/run.ts');
    expect(targets).toContain('adapters/slack/slack-app.ts');
    expect(targets).toContain('adapters/shell/run-shell.ts');
    const { targets: entry } = await importsOf('app/main.ts');
    expect(entry).toEqual(['node:module', 'app/run.ts']);
  });
});

/** A platform's name compared, or chosen between, in code: `platform === 'slack'`, `case 'matrix':`, `kind: 'shell'`. */
const PLATFORM_BRANCH =
  /(?:[=!]==?\s*['"`](?:slack|matrix|shell)['"`])|(?:['"`](?:slack|matrix|shell)['"`]\s*[=!]==?)|(?:case\s+['"`](?:slack|matrix|shell)['"`])|(?:kind:\s*['"`](?:slack|matrix)['"`])/;

describe('identity at the edge', () => {
  it('the branch finder sees the ways a platform can be singled out', () => {
    for (const line of [
      "if (platform === 'slack') return members.find((member) => member.slack === userId);",
      "platform === 'shell' ? key === channelId : channel[platform] === channelId",
      "else if ('matrix' !== ref.platform) known.delete(userId);",
      "case 'matrix':",
      "if (mention.kind === 'slack') return …",
      "  | { kind: 'slack'; id: string }",
    ])
      expect(line).toMatch(PLATFORM_BRANCH);
    expect("readonly platform = 'slack';").not.toMatch(PLATFORM_BRANCH);
  });

  it("src/ never singles out a platform by name: adapters turn users, channels, mentions and emoji into the core's terms", async () => {
    const found: string[] = [];
    for (const file of await sourceFiles('src')) {
      const lines = (await readFile(file, 'utf8')).split('\n');
      lines.forEach((line, index) => {
        if (PLATFORM_BRANCH.test(line)) found.push(`${file}:${index + 1}: ${line.trim()}`);
      });
    }
    expect(found).toEqual([]);
  });

  it('adapters use the core only through its entry points (`Core` in src/port/port.ts), never the bot itself', async () => {
    expect(await violations('adapters', (target) => target === 'src/core/bot.ts')).toEqual([]);
    const reaching =
      /\bbot\.(registry|memberFor|members|store|channelInfo|audience|platformChannel|adapter)\b/;
    const found: string[] = [];
    for (const file of await sourceFiles('adapters')) {
      if (reaching.test(await readFile(file, 'utf8'))) found.push(file);
    }
    expect(found).toEqual([]);
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
