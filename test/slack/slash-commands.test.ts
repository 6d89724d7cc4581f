import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MANIFEST_FILES, slashCommands } from '../../adapters/slack/manifest.ts';
import { commands } from '../../commands/index.ts';
import { testConfig } from '../support/harness.ts';
import { type SlackBot, startSlackBot, stopSlackBot } from '../support/slack-bot.ts';
import { sendSlash } from '../support/slack-requests.ts';

const members = [{ id: 'anna', name: 'Anna de Vries', roles: ['panel'], slack: 'U0ANNA' }];

/** The slash commands the committed manifests declare, both languages together. */
async function declaredInManifests(): Promise<string[]> {
  const declared = await Promise.all(
    Object.values(MANIFEST_FILES).map(async (file) => {
      const manifest = JSON.parse(await readFile(file, 'utf8')) as {
        features: { slash_commands: Array<{ command: string }> };
      };
      return manifest.features.slash_commands.map((entry) => entry.command);
    }),
  );
  return [...new Set(declared.flat())].sort();
}

/** Every other name a command answers to (aliases): Slack never sends these as slash commands. */
function undeclaredNames(): string[] {
  const declared = new Set(slashCommands(commands).keys());
  return commands
    .flatMap((command) => [command.name, command.en, ...(command.aliases ?? [])])
    .map((name) => `/${name}`)
    .filter((name) => !declared.has(name));
}

describe('the slash commands Slack listens for', () => {
  it('are the ones the manifests declare, no more and no less', async () => {
    expect([...slashCommands(commands).keys()].sort()).toEqual(await declaredInManifests());
    // The registry has aliases (`/adviesverzoek`); none of them is a slash command.
    expect(undeclaredNames()).toContain('/adviesverzoek');
  });

  describe('in the running app', () => {
    let bot: SlackBot;
    beforeEach(async () => {
      bot = await startSlackBot(testConfig({ members, channels: { panel: { slack: 'C0PANEL' } } }));
    });
    afterEach(async () => {
      await bot.harness.bot.idle();
      await stopSlackBot(bot);
    });

    const send = (command: string) => sendSlash(bot.slack.port!, 'U0STRANGER', command, 'zzz');

    it('acknowledges every declared slash command and has no listener for any other name', async () => {
      const declared = await declaredInManifests();
      const others = undeclaredNames();
      const [answered, unanswered] = await Promise.all([
        Promise.all(declared.map(send)),
        Promise.all(others.map(send)),
      ]);
      expect(declared.filter((_, index) => answered[index]!.status !== 200)).toEqual([]);
      // Bolt answers 404 for a request no listener acknowledged.
      expect(others.filter((_, index) => unanswered[index]!.status !== 404)).toEqual([]);
    });
  });
});
