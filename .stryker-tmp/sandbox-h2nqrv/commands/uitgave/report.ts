// @ts-nocheck
import type { CommandContext, ReactionContext } from '../../src/core/command.ts';
import { message, paragraph } from '../../src/port/rich-message.ts';
import { expenseMessage } from '../../src/render/expense.ts';
import type { Expense } from '../../src/store/schema.ts';

/** Shows an expense's new state after a reaction: its message is updated in place and its thread gets one line. */
export async function logInThread(context: ReactionContext, target: Expense, line: string): Promise<void> {
  await context.update(target.message, expenseMessage(context, context.budget(target.year), target));
  await context.replyTo(target.message, message(paragraph(line)));
}

/** The same for a command: its message is updated, and the line is the answer where the command was typed. */
export async function reportCommand(context: CommandContext, target: Expense, line: string): Promise<void> {
  await context.update(target.message, expenseMessage(context, context.budget(target.year), target));
  await context.respond(message(paragraph(line)));
}
