// @ts-nocheck
import type { Args, CommandContext } from '../../src/core/command.ts';
import { ROLES, type Role } from '../../src/domain/roles.ts';
import { messages } from '../../src/i18n/messages.ts';
import { longestMatch } from '../../src/kit/roster.ts';
import { parseDate } from '../../src/parse/dates.ts';
import { nearest } from '../../src/parse/suggest.ts';
import type { Member } from '../../src/setup/config.ts';
import { formatDate } from '../../src/time/time.ts';
import { lidMessages } from './messages.ts';

/** How the words of a `/lid` command are read: ids, roles, accounts, a date. */

const ID = /^[a-z0-9][a-z0-9._-]*$/;
const SLACK = /^[UW][A-Z0-9]+$/;
const MATRIX = /^@[^:\s]+:\S+$/;

/** Every word a role can be typed as: its key, and its name in either language (`chair`, `panellid`). */
const ROLE_WORDS: ReadonlyMap<string, Role> = new Map(
  ROLES.flatMap((role) => [
    [role, role] as const,
    [messages.nl.roleName[role].toLowerCase(), role] as const,
    [messages.en.roleName[role].toLowerCase().replaceAll(' ', '-'), role] as const,
  ]),
);

/** The member the first words name, and the words after them. */
export function memberOrFail(context: CommandContext, args: Args): { member: Member; rest: Args } {
  const m = lidMessages[context.lang];
  const words = args.words.map((word) => word.value);
  if (words.length === 0) context.fail(context.t.missingArgument(m.whatMember, context.usage));
  const match = longestMatch(context.config.members, words);
  if (!match) context.fail(m.unknownMember(words[0]!));
  return { member: match.member, rest: args.after(match.length) };
}

export function newIdOrFail(context: CommandContext, typed: string | undefined): string {
  const m = lidMessages[context.lang];
  if (!typed) context.fail(context.t.missingArgument(m.newId, context.usage));
  const id = typed.toLowerCase();
  if (!ID.test(id)) context.fail(m.badId(typed));
  const taken = context.config.members.find((member) => member.id === id);
  if (taken) context.fail(m.idTaken(id, taken.name));
  return id;
}

export function nameOrFail(context: CommandContext, words: readonly string[]): string {
  const m = lidMessages[context.lang];
  const name = words.join(' ').replace(/\s+/g, ' ').trim();
  if (!name) context.fail(context.t.missingArgument(m.newName, context.usage));
  if (name.length > 100) context.fail(m.nameTooLong);
  return name;
}

/** `panel,secretaris` or `panel secretaris`: one or more roles, each known. */
export function rolesOrFail(context: CommandContext, typed: readonly string[]): Role[] {
  const m = lidMessages[context.lang];
  const list = ROLES.join(', ');
  const words = typed.flatMap((word) => word.split(',')).map((word) => word.trim().toLowerCase());
  const wanted = words.filter((word) => word && !['en', 'and', '&'].includes(word));
  if (wanted.length === 0) context.fail(m.missingRoles(list));
  const roles: Role[] = [];
  for (const word of wanted) {
    const role = ROLE_WORDS.get(word);
    if (!role) context.fail(m.unknownRole(word, nearest(word, [...ROLE_WORDS.keys()]) ?? '', list));
    if (!roles.includes(role)) roles.push(role);
  }
  return roles;
}

/** `slack:U07ABC` (or a mention `<@U07ABC>`) and `matrix:@fatima:example.org`, each checked. */
export function accountsOrFail(context: CommandContext, args: Args): Pick<Member, 'slack' | 'matrix'> {
  const m = lidMessages[context.lang];
  const accounts: { slack?: string; matrix?: string } = {};
  const slack = args.options.get('slack');
  if (slack !== undefined) {
    const id = slack.replace(/^<@/, '').replace(/>$/, '');
    if (!SLACK.test(id)) context.fail(m.badSlack(slack));
    accounts.slack = id;
  }
  const matrix = args.options.get('matrix');
  if (matrix !== undefined) {
    if (!MATRIX.test(matrix)) context.fail(m.badMatrix(matrix));
    accounts.matrix = matrix;
  }
  return accounts;
}

/** The day a declaration was signed: a date, today or earlier. */
export function declarationOrFail(context: CommandContext, typed: string | undefined): string {
  const m = lidMessages[context.lang];
  if (!typed) context.fail(context.t.missingArgument(m.whatDate, context.usage));
  const read = parseDate(typed, context.today);
  if (!read.ok) context.fail(m.badDate(typed));
  if (read.value > context.today) context.fail(m.futureDate(formatDate(read.value, context.lang)));
  return read.value;
}

const YES = new Set(['ja', 'yes', 'j', 'y', 'aan', 'on']);
const NO = new Set(['nee', 'no', 'n', 'uit', 'off']);

export function yesNoOrFail(context: CommandContext, typed: string | undefined): boolean {
  const word = (typed ?? '').toLowerCase();
  if (YES.has(word)) return true;
  if (NO.has(word)) return false;
  return context.fail(lidMessages[context.lang].yesNo(typed ?? ''));
}
