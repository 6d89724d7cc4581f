// @ts-nocheck
import type { Args, CommandContext, CommandSpec, SubcommandSpec } from '../../src/core/command.ts';
import { CHAIR } from '../../src/domain/roles.ts';
import {
  currentRoster,
  putMember,
  type RosterChanges,
  removeMember,
  rosterProblem,
} from '../../src/domain/roster-changes.ts';
import { heading, context as hint, list, message, paragraph } from '../../src/port/rich-message.ts';
import type { Member } from '../../src/setup/config.ts';
import { formatDate } from '../../src/time/time.ts';
import { lidMessages } from './messages.ts';
import {
  accountsOrFail,
  declarationOrFail,
  memberOrFail,
  nameOrFail,
  newIdOrFail,
  rolesOrFail,
  yesNoOrFail,
} from './read.ts';

/**
 * `/lid` (`/member`): the chair or secretary keeps the roster in chat. config.json is the
 * starting roster; each change here is stored with the data (see roster-changes.ts),
 * audited, and holds at once, also after a restart.
 */

/** Refuses a change that would leave the roster unworkable; otherwise stores it. */
async function change(
  context: CommandContext,
  action: string,
  target: string,
  apply: (changes: RosterChanges) => void,
  detail?: string,
): Promise<void> {
  const m = lidMessages[context.lang];
  const trial: RosterChanges = JSON.parse(JSON.stringify(context.db.roster)) as RosterChanges;
  apply(trial);
  const problem = rosterProblem(currentRoster(context.startingMembers, trial));
  if (problem?.kind === 'noChair') context.fail(m.noChair);
  if (problem?.kind === 'accountTwice') {
    const other = problem.ids.find((id) => id !== target) ?? problem.ids[0];
    context.fail(m.accountTwice(problem.account, other));
  }
  await context.transact(
    detail ? { action, detail } : action,
    (db) => apply(db.roster),
    () => target,
  );
}

const put = (member: Member) => (changes: RosterChanges) => putMember(changes, member);

function rolesText(context: CommandContext, member: Member): string {
  return context.t.joinAnd(member.roles.map((role) => context.t.roleName[role]));
}

async function add(context: CommandContext, args: Args): Promise<void> {
  const m = lidMessages[context.lang];
  const words = args.words.map((word) => word.value);
  const id = newIdOrFail(context, words[0]);
  const name = nameOrFail(context, words.slice(1));
  const roles = rolesOrFail(context, args.options.has('rol') ? [args.options.get('rol')!] : []);
  const declared = args.options.get('geheimhouding');
  const member: Member = {
    id,
    name,
    roles,
    ...accountsOrFail(context, args),
    ...(declared === undefined ? {} : { geheimhouding: declarationOrFail(context, declared) }),
    ...(args.flags.has('openbaar') ? { openbaar: true } : {}),
  };
  await change(context, 'lid.nieuw', id, put(member), `rollen: ${roles.join(', ')}`);
  await context.respond(message(paragraph(m.added(name, id, rolesText(context, member)))));
}

async function setRoles(context: CommandContext, args: Args): Promise<void> {
  const { member, rest } = memberOrFail(context, args);
  const typed = [...rest.words.map((word) => word.value), ...(rest.options.get('rol') ?? '').split(',')];
  const next = { ...member, roles: rolesOrFail(context, typed) };
  await change(context, 'lid.rol', member.id, put(next), `rollen: ${next.roles.join(', ')}`);
  await context.respond(
    message(paragraph(lidMessages[context.lang].rolesSet(member.name, rolesText(context, next)))),
  );
}

async function remove(context: CommandContext, args: Args): Promise<void> {
  const { member } = memberOrFail(context, args);
  const inConfig = context.startingMembers.some((starting) => starting.id === member.id);
  await change(context, 'lid.weg', member.id, (changes) => removeMember(changes, member.id, inConfig));
  await context.respond(message(paragraph(lidMessages[context.lang].removed(member.name))));
}

async function declare(context: CommandContext, args: Args): Promise<void> {
  const { member, rest } = memberOrFail(context, args);
  const date = declarationOrFail(context, rest.rest() || undefined);
  await change(context, 'lid.geheimhouding', member.id, put({ ...member, geheimhouding: date }), date);
  await context.respond(
    message(paragraph(lidMessages[context.lang].declared(member.name, formatDate(date, context.lang)))),
  );
}

async function publicName(context: CommandContext, args: Args): Promise<void> {
  const { member, rest } = memberOrFail(context, args);
  const yes = yesNoOrFail(context, rest.word(0));
  const { openbaar: _, ...others } = member;
  await change(
    context,
    'lid.openbaar',
    member.id,
    put(yes ? { ...others, openbaar: true } : others),
    String(yes),
  );
  await context.respond(message(paragraph(lidMessages[context.lang].named(member.name, yes))));
}

async function accounts(context: CommandContext, args: Args): Promise<void> {
  const m = lidMessages[context.lang];
  const { member } = memberOrFail(context, args);
  const given = accountsOrFail(context, args);
  if (given.slack === undefined && given.matrix === undefined) context.fail(m.nothingToChange);
  await change(context, 'lid.account', member.id, put({ ...member, ...given }));
  await context.respond(message(paragraph(m.accountsSet(member.name))));
}

/** `/lid`: who is on the roster, with roles and declaration date; accounts only where it is not public. */
async function show(context: CommandContext): Promise<void> {
  const m = lidMessages[context.lang];
  const members = context.config.members;
  const lines = members.map((member) => {
    const accountList = context.channel.public
      ? []
      : [member.slack && `Slack ${member.slack}`, member.matrix && `Matrix ${member.matrix}`].filter(Boolean);
    return m.line(
      member.name,
      member.id,
      rolesText(context, member),
      member.geheimhouding ? m.declaration(formatDate(member.geheimhouding, context.lang)) : m.noDeclaration,
      `${member.openbaar ? m.publicName : ''}${accountList.length ? m.accounts(accountList.join(', ')) : ''}`,
    );
  });
  await context.respond(
    message(
      heading(m.title(members.length)),
      list(lines),
      ...(context.channel.public ? [paragraph(m.hiddenAccounts)] : []),
      hint(m.hint),
    ),
  );
}

const chairOnly = { allowed: CHAIR, changes: true } as const;

const subcommands: SubcommandSpec[] = [
  {
    name: '',
    usage: { nl: '/lid', en: '/lid' },
    summary: { nl: 'Wie er in de ledenlijst staat, met rollen.', en: 'Who is on the roster, with roles.' },
    allowed: 'everyone',
    changes: false,
    bare: true,
    maxWords: 0,
    run: show,
  },
  {
    name: 'nieuw',
    en: 'new',
    usage: {
      nl: '/lid nieuw <id> "<naam>" rol:<rollen> [slack:<id>] [matrix:<id>] [geheimhouding:<datum>] [openbaar]',
      en: '/lid nieuw <id> "<name>" rol:<roles> [slack:<id>] [matrix:<id>] [geheimhouding:<date>] [openbaar]',
    },
    summary: {
      nl: 'Zet iemand in de ledenlijst; geldt meteen.',
      en: 'Puts someone on the roster; holds at once.',
    },
    ...chairOnly,
    options: ['rol', 'slack', 'matrix', 'geheimhouding'],
    flags: ['openbaar'],
    run: add,
  },
  {
    name: 'rol',
    en: 'role',
    usage: { nl: '/lid rol <lid> <rollen>', en: '/lid rol <member> <roles>' },
    summary: { nl: 'Geeft een lid andere rollen.', en: 'Gives a member other roles.' },
    ...chairOnly,
    options: ['rol'],
    run: setRoles,
  },
  {
    name: 'weg',
    en: 'remove',
    usage: { nl: '/lid weg <lid>', en: '/lid weg <member>' },
    summary: {
      nl: 'Haalt iemand uit de ledenlijst; wat die deed, blijft bewaard.',
      en: 'Takes someone off the roster; what they did is kept.',
    },
    ...chairOnly,
    run: remove,
  },
  {
    name: 'geheimhouding',
    en: 'declaration',
    usage: { nl: '/lid geheimhouding <lid> <datum>', en: '/lid geheimhouding <member> <date>' },
    summary: {
      nl: 'Legt vast op welke dag een lid de geheimhoudingsverklaring tekende.',
      en: 'Records the day a member signed the confidentiality declaration.',
    },
    ...chairOnly,
    run: declare,
  },
  {
    name: 'openbaar',
    en: 'public',
    usage: { nl: '/lid openbaar <lid> ja|nee', en: '/lid openbaar <member> yes|no' },
    summary: {
      nl: 'Of een lid op de website genoemd mag worden (naam en rol).',
      en: 'Whether a member may be named on the website (name and role).',
    },
    ...chairOnly,
    run: publicName,
  },
  {
    name: 'account',
    en: 'account',
    usage: {
      nl: '/lid account <lid> [slack:<id>] [matrix:<id>]',
      en: '/lid account <member> [slack:<id>] [matrix:<id>]',
    },
    summary: {
      nl: 'Koppelt het Slack- of Matrix-account van een lid.',
      en: "Links a member's Slack or Matrix account.",
    },
    ...chairOnly,
    options: ['slack', 'matrix'],
    run: accounts,
  },
];

export const lid: CommandSpec = {
  name: 'lid',
  en: 'member',
  summary: {
    nl: 'De ledenlijst: wie er in staat, en (voorzitter of secretaris) leden toevoegen, wijzigen of weghalen.',
    en: 'The roster: who is on it, and (chair or secretary) add, change or remove members.',
  },
  subcommands,
};
