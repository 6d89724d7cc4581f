// @ts-nocheck
import type { Args, CommandContext } from '../../src/core/command.ts';
import { isOpen } from '../../src/domain/advice.ts';
import { isOpenPromise } from '../../src/domain/promises.ts';
import { ADVICE_STEP_WORDS } from '../../src/domain/vocabulary.ts';
import { adviceMessages } from '../../src/i18n/texts/advice.ts';
import { guardFor, hiddenHere, visibleHere, visibleIn, visibleLink } from '../../src/kit/confidentiality.ts';
import { correctionBlocks } from '../../src/kit/corrections.ts';
import { findItem } from '../../src/kit/items.ts';
import { didYouMean, readWord, suggestWord, type Vocabulary, wordsFor } from '../../src/parse/words.ts';
import { message } from '../../src/port/rich-message.ts';
import type { AdviceStep } from '../../src/store/schema.ts';
import { requestFrom as request } from './kind.ts';
import { details, listing } from './render.ts';

function texts(context: CommandContext) {
  return adviceMessages[context.lang];
}

const LIST_FILTERS: Vocabulary<'open' | 'alle' | AdviceStep> = {
  open: { en: 'open' },
  alle: { en: 'all' },
  ...ADVICE_STEP_WORDS,
};

/** `/advies toon`: one request with its timeline and decisions, and its corrections. */
export async function show(context: CommandContext, args: Args): Promise<void> {
  const { request: target } = request(context, args);
  const guard = guardFor(context.db, context.today, context.channel.public);
  if (hiddenHere(context, target)) {
    context.fail(texts(context).confidentialHere(target.id));
  }
  const about = context.db.decisions.filter((decision) => decision.about === target.id);
  const decisions = visibleIn(about, context.channel.public, context.today, undefined, guard).shown;
  const shown = visibleLink(target, context.channel.public, context.today, (id) => findItem(context.db, id));
  const view = details(context, shown, decisions, guard);
  await context.respond(message(...view.blocks, ...correctionBlocks(context, target, args)));
}

/** `/advies lijst`: the open requests, all of them, or those at one step. */
export async function list(context: CommandContext, args: Args): Promise<void> {
  const m = texts(context);
  const typed = args.word(0) ?? 'open';
  const filter = readWord(typed, LIST_FILTERS);
  if (!filter) {
    const meant = didYouMean(suggestWord(typed, LIST_FILTERS, context.lang), context.lang);
    context.fail(m.unknownFilter(typed, wordsFor(LIST_FILTERS, context.lang).join(', '), meant));
  }
  // A closed request whose promise is still open stays in the open list.
  const matching = context.db.adviceRequests.filter((request) =>
    filter === 'alle'
      ? true
      : filter === 'open'
        ? isOpen(request) || isOpenPromise(request.promise)
        : request.step === filter,
  );
  const { shown, hidden } = visibleHere(context, matching);
  const label = filter === 'open' ? m.filterOpen : filter === 'alle' ? m.filterAll : m.step[filter];
  await context.respond(listing(context, label, shown, hidden));
}
