// @ts-nocheck
import type {
  Args,
  CommandContext,
  ScheduledContext,
  ScheduledJob,
  SubcommandSpec,
} from '../../src/core/command.ts';
import { daysLateDone, duePromiseReminder } from '../../src/domain/promises.ts';
import { CHAIR } from '../../src/domain/roles.ts';
import { promiseMessages } from '../../src/i18n/texts/promises.ts';
import { dateOrFail } from '../../src/parse/arguments.ts';
import { address, message, paragraph } from '../../src/port/rich-message.ts';
import { outcomeText } from '../../src/render/promise.ts';
import type { AdviceRequest, MunicipalPromise, PromiseResult } from '../../src/store/schema.ts';
import { daysBetween, formatDate, formatLongDate } from '../../src/time/time.ts';
import { requestFrom } from './kind.ts';
import { announcement } from './render.ts';

/**
 * The municipality's promise after its answer (`termijn:`): done, postponed, or not done
 * (§5a: "snellere en meer volledige terugkoppeling"). The request keeps the whole story.
 */
function openPromise(
  context: CommandContext,
  args: Args,
): { request: AdviceRequest; promise: MunicipalPromise; rest: Args } {
  const p = promiseMessages[context.lang];
  const { request, rest } = requestFrom(context, args);
  const promise = request.promise;
  if (!promise) context.fail(p.noPromise(request.id));
  if (promise.outcome) context.fail(p.alreadySettled(request.id, outcomeText(context, promise)));
  return { request, promise, rest };
}

async function settle(
  context: CommandContext,
  target: AdviceRequest,
  promise: MunicipalPromise,
  result: PromiseResult,
  note: string | undefined,
): Promise<void> {
  await context.transact(
    `advies.${result}`,
    () => {
      promise.outcome = {
        result,
        ...(note ? { note: note.slice(0, 2_000) } : {}),
        by: context.actor.id,
        at: context.now.toISOString(),
      };
    },
    () => target.id,
  );
  await context.update(target.message, announcement(context, target));
}

async function done(context: CommandContext, args: Args): Promise<void> {
  const p = promiseMessages[context.lang];
  const { request: target, promise, rest } = openPromise(context, args);
  await settle(context, target, promise, 'uitgevoerd', rest.rest() || undefined);
  const late = daysLateDone(promise, context.config.timezone);
  await context.respond(
    message(paragraph(p.doneReply(target.id, formatDate(promise.due, context.lang), late))),
  );
}

async function notDone(context: CommandContext, args: Args): Promise<void> {
  const p = promiseMessages[context.lang];
  const { request: target, promise, rest } = openPromise(context, args);
  const reason = rest.options.get('reden') || rest.rest();
  if (!reason) context.fail(p.needReason(target.id));
  await settle(context, target, promise, 'niet-uitgevoerd', reason);
  await context.respond(message(paragraph(p.notDoneReply(target.id))));
}

async function postpone(context: CommandContext, args: Args): Promise<void> {
  const p = promiseMessages[context.lang];
  const { request: target, promise, rest } = openPromise(context, args);
  const dateText = rest.options.get('termijn');
  const reason = rest.options.get('reden') || rest.rest();
  if (!dateText || !reason) context.fail(p.postponeNeeds(target.id));
  const to = dateOrFail(context, dateText);
  const from = promise.due;
  if (to <= from || to < context.today) context.fail(p.postponeNotLater(formatDate(from, context.lang)));
  await context.transact(
    'advies.uitstel',
    () => {
      promise.postponements.push({
        from,
        to,
        reason: reason.slice(0, 2_000),
        by: context.actor.id,
        at: context.now.toISOString(),
      });
      promise.due = to;
      // A new date brings its own reminders.
      promise.reminders = {};
    },
    () => target.id,
  );
  await context.update(target.message, announcement(context, target));
  await context.respond(
    message(
      paragraph(
        p.postponedReply(target.id, formatLongDate(from, context.lang), formatLongDate(to, context.lang)),
      ),
    ),
  );
}

/**
 * Seven days before the promised date and the day after it, the bot asks in the
 * request's thread whether it was done, addressing the member who answered. Each once
 * (marked before sending); a postponement brings new ones.
 */
export const promiseReminders: ScheduledJob = {
  name: 'promise-reminders',
  async run(context: ScheduledContext): Promise<void> {
    const p = promiseMessages[context.lang];
    for (const request of context.db.adviceRequests) {
      const promise = request.promise;
      const reminder = promise ? duePromiseReminder(promise, context.today) : undefined;
      if (!promise || !reminder) continue;
      const at = context.now.toISOString();
      await context.transact(
        `advies.toezegging-herinnering-${reminder}`,
        () => {
          if (reminder === 'after') promise.reminders.after = at;
          promise.reminders.before ??= at;
        },
        () => request.id,
      );
      const due = formatDate(promise.due, context.lang);
      const text =
        reminder === 'after'
          ? p.reminderAfter(request.id, due)
          : p.reminderBefore(request.id, due, daysBetween(context.today, promise.due));
      const member = context.config.members.find((candidate) => candidate.id === promise.by);
      const to = member ?? { name: context.nameOf(promise.by) };
      await context.replyTo(request.message, message(address(to, text)));
    }
  },
};

const BY_MUNICIPALITY = { allowed: ['gemeente', ...CHAIR], changes: true } as const;

export const promiseSubcommands: readonly SubcommandSpec[] = [
  {
    name: 'uitgevoerd',
    en: 'done',
    usage: { nl: '/advies uitgevoerd <ADV> [toelichting]', en: '/advies uitgevoerd <ADV> [note]' },
    summary: {
      nl: 'De toezegging (termijn) uit de reactie is uitgevoerd.',
      en: 'The promise (deadline) from the answer is done.',
    },
    ...BY_MUNICIPALITY,
    run: done,
  },
  {
    name: 'uitstel',
    en: 'postpone',
    usage: {
      nl: '/advies uitstel <ADV> termijn:<datum> reden:"…"',
      en: '/advies uitstel <ADV> termijn:<date> reden:"…"',
    },
    summary: {
      nl: 'De toezegging krijgt een nieuwe termijn (telt als uitstel).',
      en: 'The promise gets a new date (counted as a postponement).',
    },
    ...BY_MUNICIPALITY,
    options: ['termijn', 'reden'],
    run: postpone,
  },
  {
    name: 'niet-uitgevoerd',
    en: 'not-done',
    usage: { nl: '/advies niet-uitgevoerd <ADV> reden:"…"', en: '/advies niet-uitgevoerd <ADV> reden:"…"' },
    summary: {
      nl: 'De toezegging wordt niet uitgevoerd, met de reden.',
      en: 'The promise will not be kept, with the reason.',
    },
    ...BY_MUNICIPALITY,
    options: ['reden'],
    run: notDone,
  },
];
