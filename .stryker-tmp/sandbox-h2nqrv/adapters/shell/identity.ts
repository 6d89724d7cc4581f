// @ts-nocheck
import type { ChannelConfig, Member } from '../../src/setup/config.ts';

type Channels = Readonly<Record<string, ChannelConfig>>;

/**
 * How the terminal names people and channels: a person by roster id or full name
 * (`anna`, `Anna de Vries`; a guest by any other name), a channel by its key in the
 * config (`panel`), and who sits in a channel by the config's `members` list.
 */
export const terminalIdentity = {
  memberOf(userId: string, roster: readonly Member[]): Member | undefined {
    const wanted = userId.toLowerCase();
    return (
      roster.find((member) => member.id === wanted) ?? roster.find((m) => m.name.toLowerCase() === wanted)
    );
  },

  channelOf(key: string, channels: Channels): string | undefined {
    return Object.hasOwn(channels, key) ? key : undefined;
  },

  /** Who sits in a channel: the config's list for it (roster ids, or names of guests). */
  members(channel: string, channels: Channels): readonly string[] {
    return Object.hasOwn(channels, channel) ? (channels[channel]!.members ?? []) : [];
  },
};
