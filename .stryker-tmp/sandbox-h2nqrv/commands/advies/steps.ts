// @ts-nocheck
import type { Args, CommandContext } from '../../src/core/command.ts';
import { answerDueDate, canMove, MANUAL_STEPS, stepsBefore } from '../../src/domain/advice.ts';
import { ADVICE_STEP_WORDS } from '../../src/domain/vocabulary.ts';
import { adviceMessages } from '../../src/i18n/texts/advice.ts';
import { termsAt } from '../../src/kit/terms.ts';
import { textOrFail } from '../../src/parse/arguments.ts';
import { didYouMean, only, readWord, suggestWord } from '../../src/parse/words.ts';
import { message, paragraph } from '../../src/port/rich-message.ts';
import type { AdviceRequest, AdviceStep } from '../../src/store/schema.ts';
import { formatDate } from '../../src/time/time.ts';
import { requestFrom as request } from './kind.ts';
import { announcement } from './render.ts';

function texts(context: CommandContext) {
  return adviceMessages[context.lang];
}

/** Refuses a step a request cannot take from where it is, saying which steps come first (§5a). */
export function refuseMove(context: CommandContext, target: AdviceRequest, wanted: AdviceStep): void {
  if (canMove(target.step, wanted)) return;
  const m = texts(context);
  if (target.step === 'afgerond') context.fail(m.alreadyClosed(target.id));
  if (target.step === wanted) context.fail(m.alreadyAt(target.id, m.step[wanted]));
  const before = stepsBefore(target.step, wanted);
  const first = before.length ? m.firstDo(before.map((step) => m.step[step]).join(' → ')) : '';
  context.fail(m.cannotMove(target.id, m.step[target.step], m.step[wanted], first));
}

/** Moves a request to a step, records it in its timeline, and updates its message. */
export async function move(
  context: CommandContext,
  target: AdviceRequest,
  step: AdviceStep,
  note: string | undefined,
  extra: (request: AdviceRequest) => void = () => {},
): Promise<void> {
  refuseMove(context, target, step);
  await context.transact(
    `advies.${step}`,
    () => {
      extra(target);
      target.step = step;
      target.history.push({
        at: context.now.toISOString(),
        by: context.actor.id,
        step,
        ...(note ? { note } : {}),
      });
    },
    () => target.id,
  );
  await context.update(target.message, announcement(context, target));
}

export async function setStep(context: CommandContext, args: Args): Promise<void> {
  const { request: target, rest } = request(context, args);
  const typed = (rest.word(0) ?? '').toLowerCase();
  const twoWords = `${typed}-${(rest.word(1) ?? '').toLowerCase()}`;
  const manual = only(ADVICE_STEP_WORDS, MANUAL_STEPS);
  const single = readWord(typed, manual);
  const step = single ?? readWord(twoWords, manual);
  if (!typed) context.fail(context.t.missingArgument(texts(context).whatStep, context.usage));
  if (!step) {
    const meant = readWord(typed, ADVICE_STEP_WORDS) ? undefined : suggestWord(typed, manual, context.lang);
    context.fail(texts(context).notManualStep(typed, didYouMean(meant, context.lang)));
  }
  const note = rest.rest(single ? 1 : 2) || undefined;
  await move(context, target, step, note);
  await context.respond(
    message(paragraph(texts(context).moved(target.id, texts(context).step[target.step]))),
  );
}

export async function issue(context: CommandContext, args: Args): Promise<void> {
  const { request: target, rest } = request(context, args);
  refuseMove(context, target, 'advies-uitgebracht');
  const summary = textOrFail(context, rest, texts(context).whatSummary);
  const window = termsAt(context, context.today).terms.responseWindowDays;
  const dueDate = answerDueDate(context.today, window);
  await move(context, target, 'advies-uitgebracht', undefined, (request) => {
    request.advice = { summary, by: context.actor.id, at: context.now.toISOString(), dueDate };
  });
  const m = texts(context);
  await context.respond(message(paragraph(m.issued(target.id, formatDate(dueDate, context.lang), window))));
}

export async function decline(context: CommandContext, args: Args): Promise<void> {
  const { request: target, rest } = request(context, args);
  refuseMove(context, target, 'geen-advies');
  const reason = textOrFail(context, rest, texts(context).whatReason);
  await move(context, target, 'geen-advies', reason, (request) => {
    request.declined = { reason, by: context.actor.id, at: context.now.toISOString() };
  });
  await context.respond(message(paragraph(texts(context).declinedDone(target.id))));
}

export async function close(context: CommandContext, args: Args): Promise<void> {
  const { request: target } = request(context, args);
  await move(context, target, 'afgerond', undefined);
  await context.respond(message(paragraph(texts(context).closed(target.id))));
}
