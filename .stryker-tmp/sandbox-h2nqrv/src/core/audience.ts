// @ts-nocheck
import { MUNICIPAL } from '../domain/roles.ts';
import type { Platform } from '../port/events.ts';
import type { ChannelAccess, ChatAdapter } from '../port/port.ts';
import type { Member } from '../setup/config.ts';
import type { Clock } from '../time/clock.ts';
import type { CalendarDate } from '../time/time.ts';
import type { ChannelInfo } from './command.ts';

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
 * How long the platform's answer on who is in a channel is trusted. Join and leave events
 * keep it current in between, but a platform may give up delivering one (Slack stops after
 * three tries), so it is asked again after this time.
 */
export const MEMBERS_FRESH_FOR_MS = 5 * 60_000;

/**
 * The human members of each channel, asked of the platform and then kept current from its
 * join and leave events, and asked again when the answer is older than
 * `MEMBERS_FRESH_FOR_MS`. A channel whose members could not be learned counts as
 * having someone who may not read confidential content; the platform is asked again after
 * `UNKNOWN_FOR_MS` (not on every command), or at once when the bot is let in.
 */
export class ChannelMembers {
  readonly #known = new Map<string, Set<string>>();
  /** When the platform last said who is in each known channel (ms since the epoch). */
  readonly #askedAt = new Map<string, number>();
  /** Channels the platform would not tell about, with when to ask again (ms since the epoch). */
  readonly #unknownUntil = new Map<string, number>();
  readonly #clock: () => Clock;

  constructor(clock: () => Clock) {
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
    const now = this.#clock().now().getTime();
    // A platform whose join and leave events are exact (the terminal's) is never stale.
    const exact = adapter?.exactMembership === true;
    const fresh = exact || now - (this.#askedAt.get(key) ?? now) < MEMBERS_FRESH_FOR_MS;
    if (known && fresh) return known;
    if (now < (this.#unknownUntil.get(key) ?? Number.NEGATIVE_INFINITY)) return undefined;
    const humans = adapter?.members ? await adapter.members(channel).catch(() => undefined) : undefined;
    if (humans === undefined) {
      if (adapter?.members) this.#unknownUntil.set(key, now + UNKNOWN_FOR_MS);
      return undefined;
    }
    this.#unknownUntil.delete(key);
    const set = new Set(humans);
    this.#known.set(key, set);
    this.#askedAt.set(key, now);
    return set;
  }

  /** Who is in a channel as far as the core knows now, without asking the platform; undefined when not known. */
  present(platform: Platform, channel: string): ReadonlySet<string> | undefined {
    return this.#known.get(`${platform}:${channel}`);
  }

  /** What is known of a channel may be out of date (the platform skipped events): asked again at the next command. */
  forget(platform: Platform, channel: string): void {
    this.#known.delete(`${platform}:${channel}`);
  }

  /** The bot itself was let into a channel: who is there is asked at the next command. */
  admitted(platform: Platform, channel: string): void {
    this.#unknownUntil.delete(`${platform}:${channel}`);
  }

  /**
   * A join or leave the platform reported; only channels already known are kept. A join
   * is taken at its word (one more person who may not read counts at once). A leave is not:
   * events can arrive late, twice or out of order (a leave delivered after the rejoin), so
   * the platform is asked again who is in the channel now; a platform whose events are
   * exact (the terminal's) is followed by the event itself, and asked first when nobody
   * asked yet, so a join before the first command still counts. A channel the platform
   * would not tell about is asked again at once.
   */
  async change(
    adapter: ChatAdapter | undefined,
    platform: Platform,
    channel: string,
    userId: string,
    joined: boolean,
  ): Promise<void> {
    const key = `${platform}:${channel}`;
    this.#unknownUntil.delete(key);
    const exact = adapter?.exactMembership === true;
    if (exact && !this.#known.has(key)) await this.of(adapter, platform, channel);
    const known = this.#known.get(key);
    if (!known) return;
    if (joined) known.add(userId);
    else if (exact) known.delete(userId);
    else this.#known.delete(key);
  }
}

/**
 * The channel's own settings, when its platform tells them: undefined when it has no way
 * to, `'unknown'` when it could not tell this time.
 */
export async function accessOf(
  adapter: ChatAdapter | undefined,
  channel: string,
): Promise<ChannelAccess | 'unknown' | undefined> {
  if (!adapter?.access) return undefined;
  return adapter.access(channel).catch(() => 'unknown' as const);
}

/** Someone in a channel who may not read confidential content, and why. */
export interface Outsider {
  readonly userId: string;
  /** Their roster entry; undefined when they are not on the roster. */
  readonly member: Member | undefined;
}

/**
 * A channel as a command sees it: public when the config says so, when its own settings
 * let anyone join or read it, and when someone in it (or the asker) may not read
 * confidential content. `open` keeps the config's word.
 */
export function audienceOf(
  base: ChannelInfo,
  access: ChannelAccess | 'unknown' | undefined,
  humans: ReadonlySet<string> | undefined,
  asker: string | undefined,
  memberFor: (userId: string) => Member | undefined,
  today: CalendarDate,
): ChannelInfo {
  if (base.open) return base;
  if (access === 'unknown') return { ...base, public: true, membersUnknown: true };
  if (access?.openToAnyone) return { ...base, public: true, openToAnyone: true };
  const people = [...(humans ?? []), ...(asker !== undefined && !humans?.has(asker) ? [asker] : [])];
  const outsiders = people
    .map((userId) => ({ userId, member: memberFor(userId) }))
    .filter((person) => !maySeeConfidential(person.member, today));
  const unknown = humans === undefined;
  return { ...base, public: unknown || outsiders.length > 0, outsiders, membersUnknown: unknown };
}
