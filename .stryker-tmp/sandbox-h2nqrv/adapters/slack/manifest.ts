// @ts-nocheck
import type { CommandSpec } from '../../src/core/command.ts';
import { commandName, subcommandName, usageOf } from '../../src/core/registry.ts';
import type { Lang } from '../../src/i18n/lang.ts';

/**
 * The Slack app manifest (`adapters/slack/manifest.json`, `manifest.en.json`), made from the
 * commands' own declarations by `npm run manifest`: each command becomes a slash command
 * in the panel's language, with its summary and its sub-commands as the hint. The rest is
 * what the adapter needs of Slack: the scopes it uses and the events it reads.
 * `test/slack/manifest.test.ts` fails when a committed manifest differs from this.
 */
const URL = 'https://stadspanel.example.org/slack/events';
/** Slack shows at most this much of a slash command's description. */
const DESCRIPTION_LENGTH = 100;

const DISPLAY = {
  nl: {
    description:
      'Adviesverzoeken, besluiten, uitgaven, overleggen en weekoverzichten voor het Stadspanel data.',
    long_description:
      'De bot van het Stadspanel data volgt adviesverzoeken van de gemeente stap voor stap volgens de samenwerkingsafspraken, legt besluiten vast, houdt uitgaven bij tegen de jaarplafonds (goedkeuren met een ✅), plant overleggen en plaatst verslagen, laat gespreksnotities onderschrijven en zet elke maandag een weekoverzicht in het panelkanaal.',
  },
  en: {
    description: 'Advice requests, decisions, expenses, meetings and weekly digests for the Stadspanel data.',
    long_description:
      "The Stadspanel data bot tracks the municipality's advice requests step by step under the cooperation agreement, records decisions, keeps expenses within the yearly caps (approve with a ✅), plans meetings and posts their reports, has conversation notes endorsed by both sides and posts a weekly digest in the panel channel every Monday.",
  },
} satisfies Record<Lang, { description: string; long_description: string }>;

/** The bot's scopes: each one is used by the adapter (see the README, "Slack koppelen"). */
const SCOPES = [
  'commands',
  'chat:write',
  'reactions:read',
  'reactions:write',
  'channels:history',
  'groups:history',
  'im:history',
  'im:write',
  'channels:read',
  'groups:read',
  'users:read',
  'files:write',
];

const EVENTS = [
  'message.channels',
  'message.groups',
  'message.im',
  'reaction_added',
  'reaction_removed',
  'member_joined_channel',
  'member_left_channel',
];

function shortened(text: string): string {
  const plain = text.replace(/\.$/, '');
  if (plain.length <= DESCRIPTION_LENGTH) return plain;
  const cut = plain.slice(0, DESCRIPTION_LENGTH - 1);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

/** The sub-commands as Slack's hint: `nieuw · lijst · toon`, the command's own words as its usage shows them. */
function usageHint(command: CommandSpec, lang: Lang): string {
  const head = `/${commandName(command, lang)}`;
  return command.subcommands
    .map((sub) => {
      if (sub.name) return subcommandName(sub, lang);
      const usage = usageOf(command, sub, lang);
      const words = usage.startsWith(head) ? usage.slice(head.length) : usage;
      // A remark in brackets at the end is for /help, not for Slack's short hint.
      return words.replace(/\s*\([^)]*\)$/, '').trim();
    })
    .filter(Boolean)
    .join(' · ');
}

export function slackManifest(commands: readonly CommandSpec[], lang: Lang): Record<string, unknown> {
  return {
    _metadata: { major_version: 1, minor_version: 1 },
    display_information: { name: 'Stadspanel', ...DISPLAY[lang], background_color: '#1d4e89' },
    features: {
      app_home: {
        home_tab_enabled: false,
        messages_tab_enabled: true,
        messages_tab_read_only_enabled: false,
      },
      bot_user: { display_name: 'Stadspanel', always_online: true },
      slash_commands: commands.map((command) => {
        const hint = usageHint(command, lang);
        return {
          command: `/${commandName(command, lang)}`,
          url: URL,
          description: shortened(command.summary[lang]),
          ...(hint ? { usage_hint: hint } : {}),
          should_escape: false,
        };
      }),
    },
    oauth_config: { scopes: { bot: SCOPES } },
    settings: {
      event_subscriptions: { request_url: URL, bot_events: EVENTS },
      interactivity: { is_enabled: true, request_url: URL },
      org_deploy_enabled: false,
      socket_mode_enabled: false,
      token_rotation_enabled: false,
    },
  };
}

/** The manifest as the file holds it. */
export function manifestText(commands: readonly CommandSpec[], lang: Lang): string {
  return `${JSON.stringify(slackManifest(commands, lang), null, 2)}\n`;
}

export const MANIFEST_FILES = {
  nl: 'adapters/slack/manifest.json',
  en: 'adapters/slack/manifest.en.json',
} as const satisfies Record<Lang, string>;
