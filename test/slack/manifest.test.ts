import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { commandName } from '../../src/registry.ts';

interface Manifest {
  features: { slash_commands: Array<{ command: string; url: string; description: string }> };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { request_url: string; bot_events: string[] };
    interactivity: { is_enabled: boolean; request_url: string };
  };
}

describe.each([
  { file: 'adapters/slack/manifest.json', lang: 'nl' as const },
  { file: 'adapters/slack/manifest.en.json', lang: 'en' as const },
])('the Slack app manifest $file', ({ file, lang }) => {
  it('declares every command of the registry in its language, the scopes the bot uses, its events and interactivity', async () => {
    const manifest = JSON.parse(await readFile(file, 'utf8')) as Manifest;
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
