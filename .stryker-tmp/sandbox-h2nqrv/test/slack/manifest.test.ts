// @ts-nocheck
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { MANIFEST_FILES, manifestText, slackManifest } from '../../adapters/slack/manifest.ts';
import { commands } from '../../commands/index.ts';
import type { CommandSpec } from '../../src/core/command.ts';
import { commandName } from '../../src/core/registry.ts';
import type { Lang } from '../../src/i18n/lang.ts';

interface Manifest {
  features: { slash_commands: Array<{ command: string; url: string; description: string }> };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { request_url: string; bot_events: string[] };
    interactivity: { is_enabled: boolean; request_url: string };
  };
}

/** What differs between a committed manifest and the one the registry makes: empty when they agree. */
async function staleness(list: readonly CommandSpec[], lang: Lang): Promise<string[]> {
  const committed = JSON.parse(await readFile(MANIFEST_FILES[lang], 'utf8')) as Manifest;
  const made = slackManifest(list, lang) as unknown as Manifest;
  const names = (manifest: Manifest) => manifest.features.slash_commands.map((entry) => entry.command);
  const problems = [
    ...names(made)
      .filter((name) => !names(committed).includes(name))
      .map((name) => `${name} is missing`),
    ...names(committed)
      .filter((name) => !names(made).includes(name))
      .map((name) => `${name} is not a command`),
  ];
  if (problems.length === 0 && (await readFile(MANIFEST_FILES[lang], 'utf8')) !== manifestText(list, lang))
    problems.push(`${MANIFEST_FILES[lang]} is stale`);
  return problems;
}

describe.each(['nl', 'en'] as const)('the Slack app manifest in %s', (lang) => {
  it('is the one `npm run manifest` makes from the registry (run it after changing a command)', async () => {
    expect(await staleness(commands, lang)).toEqual([]);
  });

  it('is found stale when a command is left out of the registry, or added to it', async () => {
    const left = commands.filter((command) => command.name !== 'besluit');
    expect(await staleness(left, lang)).toEqual([`/${commandName(commands[1]!, lang)} is not a command`]);
    const extra = { ...commands[0]!, name: 'nieuw', en: 'new' };
    expect(await staleness([...commands, extra], lang)).toEqual([
      `/${lang === 'nl' ? 'nieuw' : 'new'} is missing`,
    ]);
  });

  it("asks for the scopes the bot uses, its events and interactivity, within Slack's lengths", async () => {
    const manifest = JSON.parse(await readFile(MANIFEST_FILES[lang], 'utf8')) as Manifest;
    expect(manifest.features.slash_commands.map((command) => command.command).sort()).toEqual(
      commands.map((command) => `/${commandName(command, lang)}`).sort(),
    );
    for (const command of manifest.features.slash_commands) {
      expect(command.url).toMatch(/\/slack\/events$/);
      expect(command.description.length).toBeLessThanOrEqual(100);
    }
    expect(manifest.oauth_config.scopes.bot.sort()).toEqual([
      'channels:history',
      // Who is in a channel (conversations.members, member_joined_channel), afspraak 7c:
      'channels:read',
      'chat:write',
      'commands',
      'files:write',
      'groups:history',
      'groups:read',
      // Messages in the bot's direct conversations (message.im):
      'im:history',
      // Opening a direct conversation with a member (conversations.open): the evaluation's questions.
      'im:write',
      'reactions:read',
      // The bot's own reactions under its messages (reactions.add), a poll's numbers:
      'reactions:write',
      // Whether a channel member is a person or a bot (users.info):
      'users:read',
    ]);
    expect(manifest.settings.event_subscriptions.bot_events.sort()).toEqual([
      'member_joined_channel',
      'member_left_channel',
      'message.channels',
      'message.groups',
      'message.im',
      'reaction_added',
      'reaction_removed',
    ]);
    expect(manifest.settings.interactivity).toMatchObject({ is_enabled: true });
  });
});
