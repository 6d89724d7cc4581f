// @ts-nocheck
import type { ScheduledContext, ScheduledJob } from '../../src/core/command.ts';
import { awaitsAnswer } from '../../src/domain/advice.ts';
import { adviceMessages } from '../../src/i18n/texts/advice.ts';
import { message, paragraph } from '../../src/port/rich-message.ts';
import type { AdviceRequest } from '../../src/store/schema.ts';
import { daysBetween, formatDate } from '../../src/time/time.ts';

/** Days before the due date of the one early reminder. */
export const REMINDER_DAYS_BEFORE = 7;

type Reminder = 'soon' | 'overdue';

/** Which reminder is due now for a request, if any: each is sent once; a late start sends only the overdue one. */
export function dueReminder(request: AdviceRequest, today: string): Reminder | undefined {
  if (!awaitsAnswer(request)) return undefined;
  const days = daysBetween(today, request.advice!.dueDate);
  if (days < 0) return request.reminders.overdue ? undefined : 'overdue';
  if (days <= REMINDER_DAYS_BEFORE) return request.reminders.soon ? undefined : 'soon';
  return undefined;
}

/**
 * One reminder in the request's thread 7 days before the municipality's answer is due,
 * and one when it becomes overdue (not every day). Marked sent before sending.
 */
export const answerReminders: ScheduledJob = {
  name: 'answer-reminders',
  async run(context: ScheduledContext): Promise<void> {
    const m = adviceMessages[context.lang];
    for (const request of context.db.adviceRequests) {
      const reminder = dueReminder(request, context.today);
      if (!reminder) continue;
      const at = context.now.toISOString();
      await context.transact(
        `advies.herinnering-${reminder}`,
        () => {
          if (reminder === 'overdue') request.reminders.overdue = at;
          // Once overdue, the early reminder is never sent any more either.
          request.reminders.soon ??= at;
        },
        () => request.id,
      );
      const due = formatDate(request.advice!.dueDate, context.lang);
      const days = Math.abs(daysBetween(context.today, request.advice!.dueDate));
      const text =
        reminder === 'overdue' ? m.reminderOverdue(request.id, due) : m.reminderSoon(request.id, due, days);
      await context.replyTo(request.message, message(paragraph(text)));
    }
  },
};
