// @ts-nocheck
import type { ChannelConfig, Member } from '../../src/setup/config.ts';

type Channels = Readonly<Record<string, ChannelConfig>>;

const USER_ID = /@[a-z0-9._=\-/+]+:[a-zA-Z0-9.-]+(?::\d+)?/g;

/**
 * How Matrix names people and rooms: a member by the `matrix` user id in the roster
 * (`@anna:example.org`), a room by its `matrix` id in the config (`!room:example.org`),
 * and a mention as the user id in the text.
 */
export const matrixIdentity = {
  memberOf(userId: string, roster: readonly Member[]): Member | undefined {
    return roster.find((member) => member.matrix === userId);
  },

  channelOf(key: string, channels: Channels): string | undefined {
    return Object.hasOwn(channels, key) ? channels[key]!.matrix : undefined;
  },

  /**
   * A message as the core reads it: the bot's own user id taken out (the message is then
   * addressed to the bot), and a rostered member's user id written as their roster id.
   */
  read(
    text: string,
    roster: readonly Member[],
    me: string,
  ): { readonly text: string; readonly addressed: boolean } {
    let addressed = false;
    const replaced = text.replace(USER_ID, (userId) => {
      if (userId === me) {
        addressed = true;
        return '';
      }
      return matrixIdentity.memberOf(userId, roster)?.id ?? userId;
    });
    return { text: (addressed ? replaced.replace(/^\s*:/, '') : replaced).trim(), addressed };
  },
};
