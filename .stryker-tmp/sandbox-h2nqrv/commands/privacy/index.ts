// @ts-nocheck
import type {
  Args,
  CommandContext,
  CommandSpec,
  ItemsSpec,
  ScheduledContext,
  ScheduledJob,
} from '../../src/core/command.ts';
import { hasRole } from '../../src/core/permissions.ts';
import { answeredBy } from '../../src/domain/evaluation.ts';
import {
  ATTENDANCE_FIELD,
  ERASED,
  eraseExpired,
  expiredExpenses,
  forgetMember,
  mentions,
  nextLabel,
  type PersonalRecord,
  personalRecords,
} from '../../src/domain/privacy.ts';
import { longestMatch } from '../../src/kit/roster.ts';
import { forgetInMessage } from '../../src/port/posted-messages.ts';
import { errorMessage, heading, list, message, paragraph } from '../../src/port/rich-message.ts';
import { memberWords } from '../../src/store/member-fields.ts';
import { type Db, dbSchema } from '../../src/store/schema.ts';
import { type PrivacyMessages, privacyMessages } from './messages.ts';
import { refreshMeetings } from './refresh.ts';

/** A current member by id, name or mention; a former member by the id they had. */
function memberId(context: CommandContext, args: Args): string {
  const words = args.words.map((word) => word.value);
  if (words.length === 0)
    context.fail(context.t.missingArgument(privacyMessages[context.lang].whatMember, context.usage));
  return longestMatch(context.config.members, words)?.member.id ?? words[0]!.replace(/^@/, '').toLowerCase();
}

const WORDS = memberWords(dbSchema);

/** What the member did in a field, in words: declared on the schema field (`memberField` in schema.ts). */
function fieldWord(collection: string, field: string, m: PrivacyMessages): string {
  if (field === ATTENDANCE_FIELD) return m.attendance;
  return WORDS.get(`${collection} ${field}`)?.[m.lang] ?? field;
}

/** One line per kind of item: `Uitgaven: UIT-2026-001 (aangevraagd, goedgekeurd)`. */
function recordLines(
  records: readonly PersonalRecord[],
  m: PrivacyMessages,
  declared: readonly ItemsSpec[],
): string[] {
  if (records.length === 0) return [m.line(m.items, m.none)];
  const kinds = [...new Set(records.map((record) => record.collection))];
  return kinds.map((kind) =>
    m.line(
      kind === 'roster'
        ? m.rosterPart
        : (declared.find((items) => items.collection === kind)?.plural[m.lang] ?? kind),
      records
        .filter((record) => record.collection === kind)
        .map((record) => {
          const fields = record.fields.map((field) => fieldWord(record.collection, field, m)).join(', ');
          // A part of its own (the roster kept in chat) has no item to name.
          return record.item === record.collection ? fields : `${record.item} (${fields})`;
        })
        .join('; '),
    ),
  );
}

/** `/privacy inzage <lid>`: everything the store holds about a member, for that member or the chair. */
async function inspect(context: CommandContext, args: Args): Promise<void> {
  const m = privacyMessages[context.lang];
  const id = memberId(context, args);
  if (id !== context.actor.id && !hasRole(context.member, ['voorzitter'])) context.refuse(m.onlySelfOrChair);
  const member = context.config.members.find((candidate) => candidate.id === id);
  if (!member && !mentions(context.db, id)) context.fail(m.unknownMember(id));
  const records = personalRecords(context.db, id);
  const auditLines = await context.audit.count(id);
  const posted = (await context.posted.naming(id)).length;
  await context.transact(
    'privacy.inzage',
    () => undefined,
    () => id,
  );
  const accounts = [
    member?.slack && `Slack ${member.slack}`,
    member?.matrix && `Matrix ${member.matrix}`,
  ].filter(Boolean);
  await context.respondPrivately(
    message(
      heading(m.title(member?.name ?? id)),
      paragraph(
        member
          ? m.roster(
              member.name,
              context.t.joinAnd(member.roles.map((role) => context.t.roleName[role])),
              accounts.length ? m.accounts(accounts.join(', ')) : '',
            )
          : m.notInRoster,
      ),
      list([
        ...recordLines(records, m, context.itemKinds()),
        m.line(m.audit, String(auditLines)),
        m.line(m.posted, String(posted)),
        ...answeredBy(context.db, id).map((year) => m.evaluation(year)),
      ]),
      paragraph(m.why),
    ),
  );
}

/**
 * `/privacy vergeet <lid>`: a former member's id becomes a neutral label everywhere: the
 * data, the audit trail and the kept copies. Each step is marked in the store before the
 * next, so when one fails (or the bot stops) a second `vergeet` finishes what the first began.
 */
async function forget(context: CommandContext, args: Args): Promise<void> {
  const m = privacyMessages[context.lang];
  const id = memberId(context, args);
  if (context.config.members.some((member) => member.id === id)) context.fail(m.stillMember(id));
  if (context.startingMembers.some((member) => member.id === id)) context.fail(m.stillInConfig(id));
  const entry = (label: string) => (db: Db) =>
    db.forgottenMembers.find((forgotten) => forgotten.label === label)!;
  const unfinished = context.db.forgottenMembers.find((forgotten) => forgotten.erasing === id);
  let label = unfinished?.label;
  if (!label && mentions(context.db, id)) {
    label = await context.transact(
      'privacy.vergeet',
      (db) => {
        const next = nextLabel(db);
        forgetMember(db, id, next);
        db.forgottenMembers.push({ label: next, at: context.now.toISOString(), erasing: id });
        return next;
      },
      (next) => next,
    );
  }
  label ??= context.db.forgottenMembers.find((forgotten) => forgotten.copiesPending)?.label;
  if (!label) return context.fail(m.unknownMember(id));
  const step = (change: (forgotten: Db['forgottenMembers'][number]) => void) =>
    context.transact(
      'privacy.vergeet.stap',
      (db) => change(entry(label)(db)),
      () => label,
    );
  try {
    if (entry(label)(context.db).erasing !== undefined) {
      // The names the bot wrote for them, as its own messages kept them.
      const naming = await context.posted.naming(id);
      const person = {
        id,
        names: [
          ...new Set(
            naming.flatMap((posted) =>
              posted.members.filter((member) => member.id === id).map((member) => member.name),
            ),
          ),
        ],
      };
      for (const posted of naming)
        await context.posted.edit(posted.ref, forgetInMessage(posted.message, person, label));
      await refreshMeetings(context, label, new Set(naming.map((posted) => posted.ref)));
      await context.posted.forget(person, label);
      await context.audit.forget(person, label);
      await context.audit.forgetInCopies(person, label);
      await step((forgotten) => {
        delete forgotten.erasing;
        forgotten.copiesPending = true;
      });
    }
    await context.audit.replaceBackups();
    await step((forgotten) => {
      delete forgotten.copiesPending;
    });
  } catch {
    await context.respond(errorMessage(m.unfinished(id, label)));
    return;
  }
  await context.respond(message(paragraph(m.forgotten(label))));
}

/** After the retention period, paid expenses keep only their amount and category. */
export const retention: ScheduledJob = {
  name: 'retention',
  async run(context: ScheduledContext): Promise<void> {
    if (expiredExpenses(context.db, context.now, context.config.retentionYears).length === 0) return;
    const erased = await context.transact(
      'privacy.bewaartermijn',
      (db) => eraseExpired(db, context.now, context.config.retentionYears),
      (ids) => ids,
    );
    if (erased.length === 0) return;
    // A corrected description is also in the audit trail, with its earlier value.
    await context.eraseAuditValues(erased, ERASED);
    for (const channel of context.config.digest.channels) {
      await context.broadcast(channel, () =>
        message(paragraph(privacyMessages[context.lang].erased(erased.join(', ')))),
      );
    }
  },
};

export const privacy: CommandSpec = {
  name: 'privacy',
  en: 'privacy',
  summary: {
    nl: 'Inzage in wat de bot over een lid bewaart, en een oud-lid laten vergeten (AVG).',
    en: 'See what the bot keeps about a member, and forget a former member (GDPR).',
  },
  scheduled: [retention],
  subcommands: [
    {
      name: 'inzage',
      en: 'access',
      usage: { nl: '/privacy inzage <lid>', en: '/privacy inzage <member>' },
      summary: {
        nl: 'Alles wat de bot over een lid bewaart; alleen voor dat lid zelf of de voorzitter.',
        en: 'Everything the bot keeps about a member; for that member or the chair only.',
      },
      allowed: 'members',
      who: { nl: 'het lid zelf of de voorzitter', en: 'the member or the chair' },
      personal: true,
      changes: true,
      run: inspect,
    },
    {
      name: 'vergeet',
      en: 'forget',
      usage: { nl: '/privacy vergeet <oud-lid>', en: '/privacy vergeet <former member>' },
      summary: {
        nl: 'Vervangt een oud-lid overal door een neutrale naam; alle gegevens en bedragen blijven.',
        en: 'Replaces a former member everywhere by a neutral label; all records and totals stay.',
      },
      allowed: ['voorzitter'],
      personal: true,
      changes: true,
      run: forget,
    },
  ],
};
