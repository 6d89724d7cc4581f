// @ts-nocheck
import type { Args, CommandContext } from '../../src/core/command.ts';
import { daysLate, missingAnswerParts } from '../../src/domain/advice.ts';
import { ANSWER_WORDS } from '../../src/domain/vocabulary.ts';
import { adviceMessages } from '../../src/i18n/texts/advice.ts';
import { dateExample, dateOrFail } from '../../src/parse/arguments.ts';
import { didYouMean, readWord, suggestWord, wordsFor } from '../../src/parse/words.ts';
import { message, paragraph } from '../../src/port/rich-message.ts';
import { formatLongDate } from '../../src/time/time.ts';
import { requestFrom as request } from './kind.ts';
import { move, refuseMove } from './steps.ts';

/**
 * `/advies reactie`: the municipality's answer (§5a) says whether, how and by when the
 * advice is followed; an incomplete one is refused and counted.
 */
export async function answer(context: CommandContext, args: Args): Promise<void> {
  const m = adviceMessages[context.lang];
  const { request: target, rest } = request(context, args);
  refuseMove(context, target, 'reactie-ontvangen');
  const word = rest.word(0);
  const decision = word === undefined ? undefined : readWord(word, ANSWER_WORDS);
  // A typo in the answer kind is refused with a suggestion; it does not count as incomplete.
  const meant = word !== undefined && !decision ? suggestWord(word, ANSWER_WORDS, context.lang) : undefined;
  if (meant)
    context.fail(
      m.unknownDecision(word!, didYouMean(meant, context.lang), wordsFor(ANSWER_WORDS, context.lang)),
    );
  const deadlineText = rest.options.get('termijn');
  const deadline = deadlineText ? dateOrFail(context, deadlineText) : undefined;
  if (deadline && deadline < context.today)
    context.fail(m.deadlinePast(formatLongDate(deadline, context.lang)));
  const note = rest.rest(decision ? 1 : 0) || undefined;
  const how = rest.options.get('hoe') || undefined;
  const reason = rest.options.get('reden') || (decision === 'niet' ? note : undefined);
  const missing = missingAnswerParts({ decision, how, deadline, reason });
  if (missing.length > 0) {
    // The refusal is counted (not the answer): the yearly report shows how often answers were complete at once.
    await context.transact(
      'advies.reactie-onvolledig',
      () => {
        target.answerRefusals += 1;
      },
      () => target.id,
    );
    const example = dateExample(context).numeric;
    const parts = missing.map((part) => (part === 'deadline' ? m.missingDeadline(example) : m.missing[part]));
    context.fail(m.answerIncomplete(target.id, context.t.joinAnd(parts)));
  }
  const late = daysLate(target.advice!.dueDate, context.today);
  await move(context, target, 'reactie-ontvangen', undefined, (request) => {
    request.answer = {
      decision: decision!,
      ...(how && decision !== 'niet' ? { how } : {}),
      ...(deadline && decision !== 'niet' ? { deadline } : {}),
      ...(reason && decision === 'niet' ? { reason } : {}),
      ...(note && note !== reason ? { note } : {}),
      by: context.actor.id,
      at: context.now.toISOString(),
      daysLate: late,
    };
    if (deadline && decision !== 'niet') {
      request.promise = {
        promised: deadline,
        due: deadline,
        by: context.actor.id,
        postponements: [],
        reminders: {},
      };
    }
  });
  const by = deadline && decision !== 'niet' ? formatLongDate(deadline, context.lang) : undefined;
  await context.respond(message(paragraph(m.answered(target.id, m.decision[decision!], late, by))));
}
