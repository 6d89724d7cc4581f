import type { ActionContext, CommandContext } from '../../src/command.ts';
import { message, paragraph } from '../../src/rich-message.ts';
import type { Expense } from '../../src/store/schema.ts';
import { expenseMessage } from './render.ts';

/** Shows an expense's new state: its message is updated in place and its thread gets one line. */
export async function logInThread(context: ActionContext, target: Expense, line: string): Promise<void> {
  await context.update(target.message, expenseMessage(context, context.db.expenses, target));
  await context.replyTo(target.message, message(paragraph(line)));
}

/** The same for a command: typed in the expense's thread, the answer is that line; elsewhere both. */
export async function reportCommand(context: CommandContext, target: Expense, line: string): Promise<void> {
  const inThread = context.event.thread !== undefined && context.threadItemId === target.id;
  if (inThread) {
    await context.update(target.message, expenseMessage(context, context.db.expenses, target));
    await context.respond(message(paragraph(line)));
    return;
  }
  await context.respond(message(paragraph(line)));
  await logInThread(context, target, line);
}
