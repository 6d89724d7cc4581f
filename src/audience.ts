import type { Clock } from './clock.ts';
import type { ChannelInfo } from './command.ts';
import type { Config, Member } from './config.ts';
import type { Platform } from './events.ts';
import type { ChatAdapter } from './port.ts';
import { MUNICIPAL } from './roles.ts';
import type { CalendarDate } from './time.ts';

/**
 * Who may read confidential content (afspraak 7c): members on the roster who signed the
 * confidentiality declaration (`"geheimhouding": "2026-01-15"`, from that day on), and
 * members whose roles are all on the municipality's side, who are bound by ambtsgeheim
 * (unless the config names a date for them: then that date counts). A channel shows it
 * only when it is not public and every human in it, and whoever asks, may read it;
 * otherwise confidential items are only counted there, as in a public channel.
 */
export function maySeeConfidential(member: Member | undefined, today: CalendarDate): boolean {
  if (member === undefined) return false;
  if (member.geheimhouding !== undefined) return member.geheimhouding <= today;
  return member.roles.length > 0 && member.roles.every((role) => MUNICIPAL.includes(role));
}

/** How long a channel whose members the platform would not tell is taken as unknown before asking again. */
const UNKNOWN_FOR_MS = 5 * 60_000;

/**
 * The human members of each channel, asked of the platform once and then kept current
 * from its join and leave events. A channel whose members could not be learned counts as
 * having someone who may not read confidential content; the platform is asked again after
 * `UNKNOWN_FOR_MS` (not on every command), or at once when the bot is let in.
 */
export class ChannelMembers {
  readonly #known = new Map<string, Set<string>>();
  /** Channels the platform would not tell about, with when to ask again (ms since the epoch). */
  readonly #unknownUntil = new Map<string, number>();
  readonly #config: () => Config;
  readonly #clock: () => Clock;

  constructor(config: () => Config, clock: () => Clock) {
    this.#config = config;
    this.#clock = clock;
  }

  /** The platform user ids of the humans in a channel (the bot excluded), or undefined when unknown. */
  async of(
    adapter: ChatAdapter | undefined,
    platform: Platform,
    channel: string,
  ): Promise<Set<string> | undefined> {
    const key = `${platform}:${channel}`;
    const known = this.#known.get(key);
    if (known) return known;
    const now = this.#clock().now().getTime();
    if (now < (this.#unknownUntil.get(key) ?? Number.NEGATIVE_INFINITY)) return undefined;
    let humans: readonly string[] | undefined;
    if (platform === 'shell') humans = [...this.#fromConfig(channel)];
    else if (adapter?.members) humans = await adapter.members(channel).catch(() => undefined);
    if (humans === undefined) {
      if (adapter?.members) this.#unknownUntil.set(key, now + UNKNOWN_FOR_MS);
      return undefined;
    }
    this.#unknownUntil.delete(key);
    const set = new Set(humans);
    this.#known.set(key, set);
    return set;
  }

  #fromConfig(channel: string): Set<string> {
    return new Set(this.#config().channels[channel]?.members ?? []);
  }

  /** The bot itself was let into a channel: who is there is asked at the next command. */
  admitted(platform: Platform, channel: string): void {
    this.#unknownUntil.delete(`${platform}:${channel}`);
  }

  /**
   * A join or leave the platform reported; only channels already known are kept. A join
   * is taken at its word (one more person who may not read counts at once). A leave is not:
   * events can arrive late, twice or out of order (a leave delivered after the rejoin), so
   * the platform is asked again who is in the channel now; the terminal's channels follow
   * the event itself. A channel the platform would not tell about is asked again at once.
   */
  change(platform: Platform, channel: string, userId: string, joined: boolean): void {
    const key = `${platform}:${channel}`;
    this.#unknownUntil.delete(key);
    // The terminal's channels are known from the config from the start: a join before
    // anyone asked still counts.
    if (platform === 'shell' && !this.#known.has(key)) this.#known.set(key, this.#fromConfig(channel));
    const known = this.#known.get(key);
    if (!known) return;
    if (joined) known.add(userId);
    else if (platform === 'shell') known.delete(userId);
    else this.#known.delete(key);
  }
}

/** Someone in a channel who may not read confidential content, and why. */
export interface Outsider {
  readonly userId: string;
  /** Their roster entry; undefined when they are not on the roster. */
  readonly member: Member | undefined;
}

/**
 * A channel as a command sees it: public when the config says so, and also when someone
 * in it (or the asker) may not read confidential content. `open` keeps the config's word.
 */
export function audienceOf(
  base: ChannelInfo,
  humans: ReadonlySet<string> | undefined,
  asker: string | undefined,
  memberFor: (userId: string) => Member | undefined,
  today: CalendarDate,
): ChannelInfo {
  if (base.open) return base;
  const people = [...(humans ?? []), ...(asker !== undefined && !humans?.has(asker) ? [asker] : [])];
  const outsiders = people
    .map((userId) => ({ userId, member: memberFor(userId) }))
    .filter((person) => !maySeeConfidential(person.member, today));
  const unknown = humans === undefined;
  return { ...base, public: unknown || outsiders.length > 0, outsiders, membersUnknown: unknown };
}
