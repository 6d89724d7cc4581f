// @ts-nocheck
import type { ChannelConfig, Member } from '../../src/setup/config.ts';

type Channels = Readonly<Record<string, ChannelConfig>>;

const MENTION = /<@([UW][A-Z0-9]+)(?:\|[^>]*)?>/g;

/**
 * How Slack names people and channels: a member by the `slack` user id in the roster
 * (`U012AB3CD`), a channel by its `slack` id in the config (`C0PANEL`), and a mention in a
 * message as `<@U012AB3CD>` (or `<@U012AB3CD|anna>`).
 */
export const slackIdentity = {
  memberOf(userId: string, roster: readonly Member[]): Member | undefined {
    return roster.find((member) => member.slack === userId);
  },

  channelOf(key: string, channels: Channels): string | undefined {
    return Object.hasOwn(channels, key) ? channels[key]!.slack : undefined;
  },

  /**
   * A message as the core reads it: a mention of the bot taken out (it makes the message
   * addressed to the bot), and a mention of a rostered member written as their roster id,
   * so `/overleg … aanwezig:<@U0ANNA>` names `anna`. Others' mentions stay as they are.
   */
  read(
    text: string,
    roster: readonly Member[],
    botUserId: string | undefined,
  ): { readonly text: string; readonly addressed: boolean } {
    let addressed = false;
    const replaced = text.replace(MENTION, (mention, userId: string) => {
      if (userId === botUserId) {
        addressed = true;
        return '';
      }
      return slackIdentity.memberOf(userId, roster)?.id ?? mention;
    });
    return { text: replaced.trim(), addressed };
  },
};
