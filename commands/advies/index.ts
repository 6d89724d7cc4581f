import { announceItem } from '../../src/anchor.ts';
import { dateExample, dateOrFail, developmentOrFail, textOrFail, themesOrFail } from '../../src/arguments.ts';
import type { Args, CommandContext, CommandSpec } from '../../src/command.ts';
import {
  confidentialityOf,
  guardFor,
  isConfidential,
  visibleHere,
  visibleIn,
  visibleLink,
} from '../../src/confidentiality.ts';
import { correctionBlocks } from '../../src/corrections.ts';
import {
  answerDueDate,
  canMove,
  daysLate,
  isOpen,
  MANUAL_STEPS,
  missingAnswerParts,
  stepsBefore,
} from '../../src/domain/advice.ts';
import { isOpenPromise } from '../../src/domain/promises.ts';
import { ADVICE_STEP_WORDS, ANSWER_WORDS } from '../../src/domain/vocabulary.ts';
import { findItem, nextId } from '../../src/items.ts';
import { message, paragraph } from '../../src/rich-message.ts';
import { CHAIR } from '../../src/roles.ts';
import type { AdviceRequest, AdviceStep } from '../../src/store/schema.ts';
import { adviceMessages } from '../../src/texts/advice.ts';
import { formatDate, formatLongDate } from '../../src/time.ts';
import { didYouMean, only, readWord, suggestWord, type Vocabulary, wordsFor } from '../../src/words.ts';
import { adviceTitle } from './corrections.ts';
import { adviceForm } from './form.ts';
import { ADVICE, requestFrom } from './kind.ts';
import { promiseReminders, promiseSubcommands } from './promise.ts';
import { answerReminders } from './reminders.ts';
import { announcement, details, listing } from './render.ts';

export { ADVICE } from './kind.ts';

const MAX_TITLE = 200;

const LIST_FILTERS: Vocabulary<'open' | 'alle' | AdviceStep> = {
  open: { en: 'open' },
  alle: { en: 'all' },
  ...ADVICE_STEP_WORDS,
};

function texts(context: CommandContext) {
  return adviceMessages[context.lang];
}

const request = requestFrom;

function refuseMove(context: CommandContext, target: AdviceRequest, wanted: AdviceStep): void {
  if (canMove(target.step, wanted)) return;
  const m = texts(context);
  if (target.step === 'afgerond') context.fail(m.alreadyClosed(target.id));
  if (target.step === wanted) context.fail(m.alreadyAt(target.id, m.step[wanted]));
  const before = stepsBefore(target.step, wanted);
  const first = before.length ? m.firstDo(before.map((step) => m.step[step]).join(' → ')) : '';
  context.fail(m.cannotMove(target.id, m.step[target.step], m.step[wanted], first));
}

/** Moves a request to a step, records it in its timeline, and updates its message. */
async function move(
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

async function open(context: CommandContext, args: Args): Promise<void> {
  const title = textOrFail(context, args, texts(context).whatTitle).slice(0, MAX_TITLE);
  const themes = themesOrFail(context, args.options.get('thema'));
  const development = developmentOrFail(context, args.options.get('ontwikkeling'));
  const confidentiality = confidentialityOf(context, args);
  const created = await context.transact(
    'advies.nieuw',
    (db) => {
      const request: AdviceRequest = {
        id: nextId(db, ADVICE.prefix, context.year),
        title,
        themes,
        ...(development ? { development } : {}),
        ...confidentiality,
        step: 'ontvangen',
        openedBy: context.actor.id,
        openedAt: context.now.toISOString(),
        history: [{ at: context.now.toISOString(), by: context.actor.id, step: 'ontvangen' }],
        answerRefusals: 0,
        reminders: {},
      };
      db.adviceRequests.push(request);
      return request;
    },
    (request) => request.id,
  );
  await announceItem(context, created, announcement(context, created));
}

async function setStep(context: CommandContext, args: Args): Promise<void> {
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

async function issue(context: CommandContext, args: Args): Promise<void> {
  const { request: target, rest } = request(context, args);
  refuseMove(context, target, 'advies-uitgebracht');
  const summary = textOrFail(context, rest, texts(context).whatSummary);
  const dueDate = answerDueDate(context.today, context.config.responseWindowDays);
  await move(context, target, 'advies-uitgebracht', undefined, (request) => {
    request.advice = { summary, by: context.actor.id, at: context.now.toISOString(), dueDate };
  });
  const m = texts(context);
  await context.respond(
    message(
      paragraph(m.issued(target.id, formatDate(dueDate, context.lang), context.config.responseWindowDays)),
    ),
  );
}

async function decline(context: CommandContext, args: Args): Promise<void> {
  const { request: target, rest } = request(context, args);
  refuseMove(context, target, 'geen-advies');
  const reason = textOrFail(context, rest, texts(context).whatReason);
  await move(context, target, 'geen-advies', reason, (request) => {
    request.declined = { reason, by: context.actor.id, at: context.now.toISOString() };
  });
  await context.respond(message(paragraph(texts(context).declinedDone(target.id))));
}

async function answer(context: CommandContext, args: Args): Promise<void> {
  const m = texts(context);
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

async function close(context: CommandContext, args: Args): Promise<void> {
  const { request: target } = request(context, args);
  await move(context, target, 'afgerond', undefined);
  await context.respond(message(paragraph(texts(context).closed(target.id))));
}

async function show(context: CommandContext, args: Args): Promise<void> {
  const { request: target } = request(context, args);
  const guard = guardFor(context.db, context.today, context.channel.public);
  if (context.channel.public && (isConfidential(target, context.today) || guard?.namedBy(target))) {
    context.fail(texts(context).confidentialHere(target.id));
  }
  const about = context.db.decisions.filter((decision) => decision.about === target.id);
  const decisions = visibleIn(about, context.channel.public, context.today, undefined, guard).shown;
  const shown = visibleLink(target, context.channel.public, context.today, (id) => findItem(context.db, id));
  const view = details(context, shown, decisions, guard);
  await context.respond(message(...view.blocks, ...correctionBlocks(context, target, args)));
}

async function list(context: CommandContext, args: Args): Promise<void> {
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

export const advies: CommandSpec = {
  name: 'advies',
  en: 'advice',
  form: adviceForm,
  aliases: ['adviesverzoek'],
  summary: {
    nl: 'Adviesverzoeken van de gemeente volgen, van ontvangst tot reactie (afspraak 5a).',
    en: 'Track advice requests from the municipality, from receipt to answer (agreement 5a).',
  },
  scheduled: [answerReminders, promiseReminders],
  subcommands: [
    {
      name: 'nieuw',
      en: 'new',
      usage: {
        nl: '/advies nieuw <titel> [thema:<thema>] [ontwikkeling:<ONT>] [vertrouwelijk [tot:<datum>]]',
        en: '/advies nieuw <title> [thema:<theme>] [ontwikkeling:<ONT>] [vertrouwelijk [tot:<date>]]',
      },
      summary: { nl: 'Een nieuw adviesverzoek vastleggen.', en: 'Record a new advice request.' },
      allowed: ['gemeente', ...CHAIR],
      changes: true,
      options: ['thema', 'ontwikkeling', 'tot'],
      flags: ['vertrouwelijk'],
      run: open,
    },
    {
      name: 'lijst',
      en: 'list',
      usage: { nl: '/advies lijst [open|alle|<stap>]', en: '/advies lijst [open|alle|<step>]' },
      summary: { nl: 'De adviesverzoeken tonen.', en: 'List the advice requests.' },
      allowed: 'everyone',
      changes: false,
      maxWords: 1,
      run: list,
    },
    {
      name: 'toon',
      en: 'show',
      usage: { nl: '/advies toon <ADV> [geschiedenis]', en: '/advies toon <ADV> [geschiedenis]' },
      summary: {
        nl: 'Alles over één verzoek, met de tijdlijn; met geschiedenis: ook wat er is gecorrigeerd.',
        en: 'Everything about one request, with its timeline; with history: also what was corrected.',
      },
      allowed: 'everyone',
      changes: false,
      flags: ['geschiedenis'],
      maxWords: 1,
      run: show,
    },
    {
      name: 'stap',
      en: 'step',
      usage: {
        nl: '/advies stap <ADV> <in-overweging|in-gesprek> [toelichting]',
        en: '/advies stap <ADV> <considering|in-talks> [note]',
      },
      summary: { nl: 'Het verzoek een stap verder zetten.', en: 'Move the request a step on.' },
      allowed: CHAIR,
      changes: true,
      run: setStep,
    },
    {
      name: 'uitbrengen',
      en: 'issue',
      usage: {
        nl: '/advies uitbrengen <ADV> <samenvatting of link>',
        en: '/advies uitbrengen <ADV> <summary or link>',
      },
      summary: {
        nl: 'Het advies uitbrengen; de termijn voor de reactie van de gemeente gaat lopen.',
        en: "Issue the advice; the municipality's answer becomes due.",
      },
      allowed: CHAIR,
      changes: true,
      run: issue,
    },
    {
      name: 'geen',
      en: 'none',
      usage: { nl: '/advies geen <ADV> <reden>', en: '/advies geen <ADV> <reason>' },
      summary: {
        nl: 'Vastleggen dat het panel geen advies geeft.',
        en: 'Record that the panel gives no advice.',
      },
      allowed: CHAIR,
      changes: true,
      run: decline,
    },
    {
      name: 'reactie',
      en: 'answer',
      usage: {
        nl: '/advies reactie <ADV> <opgevolgd|deels|niet> hoe:"…" termijn:<datum> [toelichting]',
        en: '/advies reactie <ADV> <followed|partly|not> hoe:"…" termijn:<date> [note]',
      },
      summary: {
        nl: 'De reactie van de gemeente: of, hoe en wanneer het advies wordt opgevolgd (bij niet: reden:"…").',
        en: 'The municipal answer: whether, how and by when the advice is followed (for not: reason:"…").',
      },
      allowed: ['gemeente'],
      changes: true,
      options: ['hoe', 'termijn', 'reden'],
      run: answer,
    },
    {
      name: 'afronden',
      en: 'close',
      usage: { nl: '/advies afronden <ADV>', en: '/advies afronden <ADV>' },
      summary: { nl: 'Het verzoek afronden.', en: 'Close the request.' },
      allowed: CHAIR,
      changes: true,
      maxWords: 1,
      run: close,
    },
    adviceTitle,
    ...promiseSubcommands,
  ],
};
