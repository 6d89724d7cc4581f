// @ts-nocheck
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { usageOf } from '../../src/core/registry.ts';
import { Harness, testConfig } from '../support/harness.ts';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

/** The Dutch words an English text must not name: commands, sub-commands after their English command, options, flags. */
function dutchNames(): RegExp[] {
  const patterns: RegExp[] = [];
  for (const command of commands) {
    if (command.name !== command.en) patterns.push(new RegExp(`/${command.name}(?![\\w-])`));
    for (const sub of command.subcommands) {
      if (sub.name && sub.en && sub.name !== sub.en) {
        patterns.push(new RegExp(`/${command.en} ${sub.name}(?![\\w-])`));
      }
    }
  }
  const options = [
    'tot',
    'thema',
    'ontwikkeling',
    'fase',
    'hoe',
    'termijn',
    'reden',
    'bedrag',
    'versie',
    'voor',
  ];
  patterns.push(new RegExp(`(?<![\\p{L}])(?:${options.join('|')}):`, 'u'));
  // Flags and fixed words a command line takes, which have English forms too.
  patterns.push(
    /(?<![\p{L}-])(?:vertrouwelijk|geschiedenis|publiceer|opgevolgd|deels|in-overweging|in-gesprek)(?![\p{L}-])/u,
  );
  return patterns;
}

async function sourceFiles(folder: string): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await sourceFiles(path)));
    else if (entry.name.endsWith('.ts')) files.push(path);
  }
  return files;
}

/** The index just after the bracket that closes the one at `open`, skipping strings. */
function closing(text: string, open: number): number {
  let depth = 0;
  let quote: string | undefined;
  for (let index = open; index < text.length; index++) {
    const char = text[index]!;
    if (quote) {
      if (char === '\\') index++;
      else if (char === quote) quote = undefined;
      continue;
    }
    if (char === "'" || char === '"' || char === '`') quote = char;
    else if (char === '{') depth++;
    else if (char === '}' && --depth === 0) return index + 1;
  }
  return text.length;
}

/**
 * The English texts of a source file: the `en` tables (`const en = {…}`, `en: {…}`) and
 * the `en:` texts beside a Dutch one. Usage lines are left to `usageOf`, which puts
 * their leading Dutch command into English.
 */
function englishTexts(source: string): { line: number; text: string }[] {
  const found: { line: number; text: string }[] = [];
  const lineOf = (index: number) => source.slice(0, index).split('\n').length;
  for (const match of source.matchAll(/(?:const en(?::[^=]+)? = |\ben: )\{/g)) {
    const open = match.index + match[0].length - 1;
    found.push({ line: lineOf(open), text: source.slice(open, closing(source, open)) });
  }
  for (const match of source.matchAll(/\ben:\s*(['"`])((?:\\.|(?!\1)[^\\])*)\1/g)) {
    const before = source.slice(source.lastIndexOf('\n', match.index) + 1, match.index);
    if (/usage: \{/.test(before)) continue;
    const previous = source.slice(0, match.index).split('\n').slice(-3).join('\n');
    if (/usage: \{\s*$/.test(previous) || /usage: \{\s*\n\s*nl:[^\n]*\n\s*$/.test(previous)) continue;
    found.push({ line: lineOf(match.index), text: match[0].slice(match[0].indexOf(match[1]!)) });
  }
  return found;
}

/**
 * The texts of the string literals in a piece of code, one per line: template literals
 * without their `${…}` parts (whose own literals count on their own), and without the
 * quoted keys of objects (`'in-gesprek': …`).
 */
function literals(code: string): string[] {
  const texts: string[] = [];
  let index = 0;
  const read = (quote: string): string => {
    let text = '';
    while (index < code.length && code[index] !== quote) {
      if (code[index] === '\\') {
        text += code.slice(index, index + 2);
        index += 2;
      } else if (quote === '`' && code.startsWith('${', index)) {
        index += 2;
        text += ' … ';
        scan('}');
      } else {
        text += code[index++];
      }
    }
    index++;
    return text;
  };
  const scan = (end?: string): void => {
    let depth = 0;
    while (index < code.length) {
      const char = code[index]!;
      if (end && char === end && depth === 0) {
        index++;
        return;
      }
      index++;
      if (char === '{') depth++;
      else if (char === '}') depth--;
      else if (char === '/' && code[index] === '/') index = code.indexOf('\n', index) + 1 || code.length;
      else if (char === "'" || char === '"' || char === '`') {
        const text = read(char);
        if (!/^\s*:/.test(code.slice(index))) texts.push(text);
      }
    }
  };
  scan();
  return texts;
}

describe('an English panel names everything in English', () => {
  it('writes no Dutch command, sub-command, option or fixed word in an English text', async () => {
    const patterns = dutchNames();
    const files = [
      ...(await sourceFiles('src')),
      ...(await sourceFiles('commands')),
      ...(await sourceFiles('adapters')),
    ];
    const found: string[] = [];
    for (const file of files) {
      if (file.startsWith(join('src', 'site'))) continue;
      for (const { line, text } of englishTexts(await readFile(file, 'utf8'))) {
        for (const literal of literals(text)) {
          for (const pattern of patterns) {
            const hit = pattern.exec(literal);
            if (hit) found.push(`${file}:${line}: ${hit[0]} in ${literal.slice(0, 90)}`);
          }
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('writes usage lines in English', () => {
    const patterns = dutchNames();
    const found = commands.flatMap((command) =>
      command.subcommands.flatMap((sub) => {
        const usage = usageOf(command, sub, 'en');
        return patterns.filter((pattern) => pattern.test(usage)).map(() => usage);
      }),
    );
    expect(found).toEqual([]);
  });

  it('names the English commands in replies', async () => {
    harness = await Harness.create({ config: testConfig({ language: 'en' }) });
    const announced = await harness.command('panellid', '/expense 45 travel Train to Utrecht');
    expect(announced).toContain('/expense receipt UIT-2026-001');
    expect(announced).not.toContain('/uitgave');
    await harness.command('voorzitter', '/note new Bodycams');
    expect(await harness.command('voorzitter', '/note sign GN-1')).toContain('/note text GN-2026-001');
    await harness.command('voorzitter', '/decision We agree');
    expect(await harness.command('voorzitter', '/decision withdraw BES-1')).toContain(
      '/decision withdraw BES-2026-001 reason:"…"',
    );
  });

  it('plans the quarterly meeting with the English word, and help says it', async () => {
    harness = await Harness.create({ config: testConfig({ language: 'en' }) });
    expect(await harness.command('panellid', '/help meeting')).toContain('[municipality]');
    await harness.command('secretaris', '/meeting plan tomorrow municipality');
    expect(harness.store.db.meetings[0]).toMatchObject({ municipal: true });
  });

  it('points to the history with the English command', async () => {
    harness = await Harness.create({ config: testConfig({ language: 'en' }) });
    await harness.command('gemeente', '/advice new Bodycams');
    await harness.command('gemeente', '/advice title ADV-1 Bodycams for wardens');
    expect(await harness.command('panellid', '/advice show ADV-1')).toContain(
      '/advice show ADV-2026-001 history',
    );
    await harness.command('voorzitter', '/development new Camera phase:exploration');
    await harness.command('voorzitter', '/development title ONT-1 Cameras');
    expect(await harness.command('panellid', '/development show ONT-1')).toContain(
      '/development show ONT-2026-001 history',
    );
  });
});
