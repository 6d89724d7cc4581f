import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encryptionTexts } from '../../adapters/matrix/encryption-texts.ts';
import { matrixSettingTexts } from '../../adapters/matrix/settings.ts';
import { TEXTS as matrixStartTexts } from '../../adapters/matrix/start-errors.ts';
import { shellTexts } from '../../adapters/shell/texts.ts';
import { slackSettingTexts } from '../../adapters/slack/settings.ts';
import { TEXTS as slackStartTexts } from '../../adapters/slack/start-errors.ts';
import { startTexts } from '../../app/start-texts.ts';
import { commands } from '../../commands/index.ts';
import { usageOf } from '../../src/core/registry.ts';
import { DEMO_MEMBERS } from '../../src/setup/config.ts';
import { CONFIG_TEXTS } from '../../src/setup/config-errors.ts';
import { Harness, testConfig } from '../support/harness.ts';
import { dutchIn, dutchVocabulary, textsOf } from './dutch-words.ts';

interface Pair {
  readonly where: string;
  readonly nl: unknown;
  readonly en: unknown;
}

/** Every `{ nl, en }` in a value: a module's message tables, a command's summary and help. */
function pairsIn(value: unknown, where: string, seen = new Set<unknown>()): Pair[] {
  if (!value || (typeof value !== 'object' && typeof value !== 'function') || seen.has(value)) return [];
  seen.add(value);
  const record = value as Record<string, unknown>;
  // Usage lines are written with Dutch heads; `usageOf` puts them into English (see below).
  if (where.endsWith('.usage')) return [];
  if ('nl' in record && 'en' in record) return [{ where, nl: record.nl, en: record.en }];
  if (typeof value === 'function') return [];
  return Object.entries(record).flatMap(([key, inner]) => pairsIn(inner, `${where}.${key}`, seen));
}

async function modules(folder: string): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await modules(path)));
    else if (entry.name.endsWith('.ts')) files.push(path);
  }
  return files;
}

/**
 * The bot's tables: every module of `src/` and `commands/` (the i18n tables, the site's
 * texts, each command's messages and spec), the shell's own texts and every start-up sentence.
 */
async function allPairs(): Promise<Pair[]> {
  const pairs: Pair[] = [];
  for (const file of [...(await modules('src')), ...(await modules('commands'))]) {
    const module = (await import(join('..', '..', file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) pairs.push(...pairsIn(value, `${file}:${name}`));
  }
  // The adapters' and the entries' own texts: the shell, and what start-up says.
  const outside = { shellTexts, startTexts, slackSettingTexts, slackStartTexts, matrixSettingTexts };
  for (const [name, table] of Object.entries({ ...outside, matrixStartTexts, encryptionTexts, CONFIG_TEXTS }))
    pairs.push({ where: name, nl: table.nl, en: table.en });
  return pairs;
}

/** The registry's usage lines, which are written once and put into English by `usageOf`. */
function usageLines(): { nl: string[]; en: string[] } {
  const subs = commands.flatMap((command) => command.subcommands.map((sub) => ({ command, sub })));
  return {
    nl: subs.map(({ command, sub }) => usageOf(command, sub, 'nl')),
    en: subs.map(({ command, sub }) => usageOf(command, sub, 'en')),
  };
}

async function vocabulary() {
  const pairs = await allPairs();
  const nl = [...pairs.flatMap((pair) => textsOf(pair.nl)), ...usageLines().nl];
  return { pairs, words: dutchVocabulary(nl) };
}

describe('an English panel reads no Dutch', () => {
  it('finds the Dutch words of the Dutch tables, so the check cannot pass for want of words', async () => {
    const { pairs, words } = await vocabulary();
    expect(pairs.length).toBeGreaterThan(100);
    expect(words.size).toBeGreaterThan(500);
    for (const word of ['vergadering', 'ledenlijst', 'uitgave', 'geheimhouding', 'bedoel']) {
      expect(words.has(word), word).toBe(true);
    }
    // The same checker, run on the Dutch tables, finds Dutch in nearly every one.
    const dutchHits = pairs.filter((pair) => dutchIn(textsOf(pair.nl), words).length > 0);
    expect(dutchHits.length).toBeGreaterThan(pairs.length / 2);
    // A Dutch sentence planted in an English table is found.
    const planted = { ...(shellTexts.en as object), planted: 'Je zit nu in de vergadering.' };
    expect(dutchIn(textsOf(planted), words)).toEqual([expect.stringContaining('vergadering')]);
  });

  it('writes every English table in English', async () => {
    const { pairs, words } = await vocabulary();
    const found = pairs.flatMap((pair) =>
      dutchIn(textsOf(pair.en), words).map((hit) => `${pair.where}: ${hit}`),
    );
    expect(found).toEqual([]);
  });

  it('writes every usage line in English', async () => {
    const { words } = await vocabulary();
    expect(dutchIn(usageLines().en, words)).toEqual([]);
  });
});

/** The test roster with ids of the panel's own choosing (the demo's ids are Dutch role keys). */
const OWN_IDS = DEMO_MEMBERS.map((member) => ({ ...member, id: member.name.split(' ')[0]!.toLowerCase() }));

describe('an English panel shows stored Dutch keys in English', () => {
  it('writes help in English: the overview and every command', async () => {
    const { words } = await vocabulary();
    const harness = await Harness.create({ config: testConfig({ language: 'en' }) });
    try {
      const said = [await harness.command('panellid', '/help')];
      for (const command of commands) said.push(await harness.command('panellid', `/help ${command.en}`));
      // `Also: /uitgave, /uitgaven` names the Dutch words a command also answers to, on purpose.
      const help = said.map((text) => text.replace(/^Also: .*$/gm, ''));
      expect(dutchIn(help, words)).toEqual([]);
    } finally {
      await harness.close();
    }
  });

  it('names themes, phases, categories and steps in English in what it answers', async () => {
    const { words } = await vocabulary();
    const harness = await Harness.create({ config: testConfig({ language: 'en', members: OWN_IDS }) });
    try {
      const said = [
        await harness.command('dewi', '/advice new Crowd meter theme:ethiek,dataveiligheid,inclusiviteit'),
        await harness.command('chris', '/advice show ADV-1'),
        await harness.command('anna', '/development new Cameras phase:verkenning theme:ethics'),
        await harness.command('chris', '/development show ONT-1'),
        await harness.command('anna', '/development phase ONT-1 implementatie'),
        await harness.command('chris', '/development list'),
        await harness.command('chris', '/expense 45 kosten Train to Utrecht'),
        await harness.command('chris', '/expense 20 bestanden Storage'),
        await harness.command('chris', '/expense list'),
        await harness.command('chris', '/budget'),
        await harness.command('anna', '/digest'),
        await harness.command('anna', '/member'),
        await harness.command('anna', '/member new fatima "Fatima El Amrani"'),
        await harness.command('anna', '/member new fatima "Fatima El Amrani" role:chair'),
        await harness.command('chris', '/privacy'),
        await harness.command('chris', '/agreement'),
        await harness.command('chris', '/report 2026'),
        await harness.command('chris', '/actions'),
        await harness.command('chris', '/decision list'),
        await harness.command('chris', '/meeting list'),
        await harness.command('chris', '/note list'),
      ];
      expect(said.join('\n')).toContain('ethics, data-security, inclusion');
      expect(said.join('\n')).toMatch(/Roles: [^.]*\bchair\b/);
      expect(dutchIn(said, words)).toEqual([]);
    } finally {
      await harness.close();
    }
  });
});
