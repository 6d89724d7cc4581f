// @ts-nocheck
import type {
  ActionContext,
  Args,
  CommandContext,
  CommandSpec,
  ReactionContext,
  ScheduledContext,
  ScheduledJob,
} from '../../src/core/command.ts';
import { dueActionReminder } from '../../src/domain/action-points.ts';
import { CHAIR } from '../../src/domain/roles.ts';
import { actionMessages } from '../../src/i18n/texts/actions.ts';
import { correctAction, removeAction } from '../../src/kit/action-point-changes.ts';
import { opennessSubcommand } from '../../src/kit/openness.ts';
import { address, errorMessage, message, paragraph } from '../../src/port/rich-message.ts';
import { actionMessage } from '../../src/render/action.ts';
import type { ActionPoint } from '../../src/store/schema.ts';
import { formatDate } from '../../src/time/time.ts';
import { ACTION, actionFrom } from './find.ts';

export { ACTION };

function meetingMessage(context: { readonly db: ActionContext['db'] }, point: ActionPoint) {
  return context.db.meetings.find((meeting) => meeting.id === point.meeting)?.message;
}

function refuseSettled(context: ActionContext, point: ActionPoint): void {
  const a = actionMessages[context.lang];
  if (point.removed) context.fail(a.removed(point.id));
  if (point.done) context.fail(a.alreadyDone(point.id));
}

/** The owner, the chair and the secretary may mark an action point done. */
function mayFinish(context: ActionContext, point: ActionPoint): boolean {
  const actor = context.actor;
  return actor.id === point.owner || actor.roles.some((role) => CHAIR.includes(role));
}

async function finish(context: ActionContext, point: ActionPoint, note: string | undefined): Promise<void> {
  if (!mayFinish(context, point)) {
    context.refuse(actionMessages[context.lang].onlyOwner(point.id, context.nameOf(point.owner)));
  }
  refuseSettled(context, point);
  await context.transact(
    'actie.klaar',
    () => {
      point.done = {
        by: context.actor.id,
        at: context.now.toISOString(),
        ...(note ? { note: note.slice(0, 2_000) } : {}),
      };
    },
    () => point.id,
  );
  await context.update(point.message, actionMessage(context, point));
}

async function done(context: CommandContext, args: Args): Promise<void> {
  const { point, rest } = actionFrom(context, args);
  await finish(context, point, rest.rest() || undefined);
  await context.respond(
    message(paragraph(actionMessages[context.lang].doneReply(point.id, context.nameOf(point.owner)))),
  );
}

async function change(context: CommandContext, args: Args): Promise<void> {
  const { point, rest } = actionFrom(context, args);
  await correctAction(context, point, rest.rest().slice(0, 1_000) || undefined, rest.options.get('voor'));
}

async function remove(context: CommandContext, args: Args): Promise<void> {
  const { point } = actionFrom(context, args);
  await removeAction(context, point);
}

/** A ✅ by the owner (or chair, secretary) marks it done; taking it away again reopens it. */
async function onReaction(context: ReactionContext, itemId: string): Promise<void> {
  const point = context.item('actionPoints', itemId);
  if (!point || context.emoji !== '✅' || !context.member) return;
  if (context.event.added) {
    if (point.done || point.removed) return;
    if (!mayFinish(context, point)) {
      await context.replyTo(
        meetingMessage(context, point),
        errorMessage(actionMessages[context.lang].onlyOwner(point.id, context.nameOf(point.owner)), true),
      );
      return;
    }
    await finish(context, point, undefined);
  } else if (point.done?.by === context.actor.id && !point.removed) {
    await context.transact(
      'actie.heropend',
      () => {
        delete point.done;
      },
      () => point.id,
    );
    await context.update(point.message, actionMessage(context, point));
  }
}

/**
 * The day before an action point's due date, and once when it is overdue, the bot
 * addresses its owner in the meeting's thread. Marked sent before sending.
 */
export const actionReminders: ScheduledJob = {
  name: 'action-reminders',
  async run(context: ScheduledContext): Promise<void> {
    const a = actionMessages[context.lang];
    for (const point of context.db.actionPoints) {
      const reminder = dueActionReminder(point, context.today);
      if (!reminder) continue;
      const at = context.now.toISOString();
      await context.transact(
        `actie.herinnering-${reminder}`,
        () => {
          if (reminder === 'overdue') point.reminders.overdue = at;
          point.reminders.before ??= at;
        },
        () => point.id,
      );
      const due = formatDate(point.due!, context.lang);
      const text =
        reminder === 'overdue'
          ? a.reminderOverdue(point.id, point.text, due)
          : a.reminderBefore(point.id, point.text, due);
      const owner = context.config.members.find((member) => member.id === point.owner);
      await context.replyTo(
        meetingMessage(context, point),
        message(address(owner ?? { name: context.nameOf(point.owner) }, text)),
      );
    }
  },
};

export const actie: CommandSpec = {
  name: 'actie',
  en: 'action',
  items: { kind: ACTION, collection: 'actionPoints', plural: { nl: 'Actiepunten', en: 'Action points' } },
  summary: {
    nl: 'Actiepunten uit overleggen afronden en corrigeren.',
    en: 'Finish and correct action points from meetings.',
  },
  reactions: { handle: onReaction },
  scheduled: [actionReminders],
  subcommands: [
    {
      name: 'klaar',
      en: 'done',
      usage: { nl: '/actie klaar <ACT> [toelichting]', en: '/actie klaar <ACT> [note]' },
      summary: {
        nl: 'Het actiepunt is gedaan (of zet een ✅ onder zijn regel).',
        en: 'The action point is done (or put a ✅ under its line).',
      },
      allowed: 'members',
      who: { nl: 'de eigenaar, de voorzitter of de secretaris', en: 'the owner, the chair or the secretary' },
      changes: true,
      run: done,
    },
    {
      name: 'wijzig',
      en: 'change',
      usage: {
        nl: '/actie wijzig <ACT> [<nieuwe tekst>] [voor:<datum>]',
        en: '/actie wijzig <ACT> [<new text>] [voor:<date>]',
      },
      summary: {
        nl: 'De tekst of datum van een actiepunt verbeteren; de oude blijft in het logboek.',
        en: 'Correct the text or date of an action point; the old one stays in the audit trail.',
      },
      allowed: CHAIR,
      changes: true,
      options: ['voor'],
      run: change,
    },
    {
      name: 'schrap',
      en: 'remove',
      usage: { nl: '/actie schrap <ACT>', en: '/actie schrap <ACT>' },
      summary: {
        nl: 'Een actiepunt schrappen; het blijft zichtbaar in de geschiedenis.',
        en: 'Remove an action point; it stays visible in the history.',
      },
      allowed: CHAIR,
      changes: true,
      maxWords: 1,
      run: remove,
    },
    opennessSubcommand({
      command: 'actie',
      kind: ACTION,
      items: (db) => db.actionPoints,
      render: actionMessage,
    }),
  ],
};
