// @ts-nocheck
import type { Args, CommandContext, CommandSpec } from '../../src/core/command.ts';
import { isApprover } from '../../src/core/permissions.ts';
import { canWithdraw, capOf, categoryFromWord } from '../../src/domain/budget.ts';
import { CHAIR, type Role } from '../../src/domain/roles.ts';
import { CATEGORY_WORDS } from '../../src/domain/vocabulary.ts';
import { expenseMessages } from '../../src/i18n/texts/expenses.ts';
import { announceItem } from '../../src/kit/anchor.ts';
import { yearOrFail } from '../../src/kit/budget-year.ts';
import { nextId } from '../../src/kit/items.ts';
import { amountOrFail, textOrFail } from '../../src/parse/arguments.ts';
import { parseAmount } from '../../src/parse/values.ts';
import { didYouMean, suggestWord } from '../../src/parse/words.ts';
import { expenseList, expenseMessage } from '../../src/render/expense.ts';
import { formatCents } from '../../src/render/money.ts';
import { CATEGORIES, type Category, type Expense } from '../../src/store/schema.ts';
import { EXPENSE, expense, moveStep, refuseOverCap, texts } from './common.ts';
import { expenseCorrections } from './corrections.ts';
import { findExpenseReaction, handleExpenseReaction } from './reactions.ts';
import { receipt } from './receipt.ts';
import { reject } from './reject.ts';
import { reportCommand } from './report.ts';

const PANEL_SIDE: readonly Role[] = ['panel', ...CHAIR];
const APPROVER_ROLES: readonly Role[] = ['programmamanager', 'gemeente'];
const CURRENCY = /^(€|eur|euro)$/i;

function categoryChoices(context: CommandContext): string {
  const m = texts(context);
  const { caps } = context.budget(context.year);
  return CATEGORIES.map((key) => {
    const cap = capOf(caps, key);
    return cap === undefined
      ? m.noCapChoice(key, m.categoryHint[key])
      : m.categoryChoice(key, m.categoryHint[key], formatCents(cap, context.lang));
  }).join(', ');
}

const LONGEST_AMOUNT = 4;

/** How many words from `from` make one amount (`€ 1 250,00 euro`), or 0. */
function amountWords(context: CommandContext, args: Args, from: number): number {
  for (let count = LONGEST_AMOUNT; count > 0; count--) {
    const words = args.words.slice(from, from + count);
    if (words.length < count) continue;
    const text = words.map((word) => word.value).join(' ');
    if (parseAmount(text, context.lang).ok) return count;
  }
  return 0;
}

/** Reads `<bedrag> <categorie> <omschrijving>`; `€ 45,20`, `1 250,00`, `45 euro` and `reis 45` are fine too. */
function readAnnouncement(
  context: CommandContext,
  args: Args,
): { amount: number; category: Category; description: string } {
  const m = texts(context);
  const word = (at: number) => args.word(at) ?? '';
  const typedText = (from: number, count: number) =>
    args.words
      .slice(from, from + count)
      .map((token) => token.value)
      .join(' ');
  let categoryWord: string | undefined;
  let amountText: string;
  let index: number;
  const afterCategory = categoryFromWord(word(0)) ? amountWords(context, args, 1) : 0;
  if (afterCategory > 0) {
    categoryWord = word(0);
    amountText = typedText(1, afterCategory);
    index = 1 + afterCategory;
  } else {
    const count = amountWords(context, args, 0) || (CURRENCY.test(word(0)) ? 2 : 1);
    amountText = typedText(0, count);
    index = count;
  }
  if (!amountText.trim()) context.fail(context.t.missingArgument(m.missingAmount, context.usage));
  const amount = amountOrFail(context, amountText);
  if (categoryWord === undefined) {
    categoryWord = args.word(index);
    index += 1;
  }
  if (!categoryWord) context.fail(context.t.missingArgument(m.missingCategory, context.usage));
  const category = categoryFromWord(categoryWord);
  if (!category) {
    const meant = didYouMean(suggestWord(categoryWord, CATEGORY_WORDS, context.lang), context.lang);
    context.fail(m.unknownCategory(categoryWord, categoryChoices(context), meant));
  }
  const description = textOrFail(context, args, m.missingDescription, index, 300);
  return { amount, category, description };
}

async function announce(context: CommandContext, args: Args): Promise<void> {
  const { amount, category, description } = readAnnouncement(context, args);
  refuseOverCap(context, context.year, category, amount);
  const at = context.now.toISOString();
  const created = await context.transact(
    'uitgave.nieuw',
    (db) => {
      const entry: Expense = {
        id: nextId(db, EXPENSE.prefix, context.year),
        amount,
        category,
        description,
        confidentiality: 'openbaar',
        year: context.year,
        step: 'aangevraagd',
        announcedBy: context.actor.id,
        announcedAt: at,
        receipts: [],
        history: [{ at, by: context.actor.id, step: 'aangevraagd' }],
      };
      db.expenses.push(entry);
      return entry;
    },
    (entry) => entry.id,
  );
  await announceItem(context, created, expenseMessage(context, context.budget(created.year), created));
}

async function pay(context: CommandContext, args: Args): Promise<void> {
  const m = texts(context);
  const { expense: target } = expense(context, args);
  if (!isApprover(context.member)) context.refuse(m.notPayer);
  if (target.step === 'aangevraagd') context.fail(m.needsApproval(target.id));
  if (target.step === 'goedgekeurd') context.fail(m.needsReceipt(target.id));
  if (target.step !== 'bewijs-ingediend') context.fail(m.notNow(target.id, m.step[target.step]));
  const at = context.now.toISOString();
  await context.transact(
    'uitgave.vergoed',
    () => {
      target.paid = { by: context.actor.id, at };
      moveStep(target, 'vergoed', context.actor.id, at);
    },
    () => target.id,
  );
  await reportCommand(
    context,
    target,
    m.paid(target.id, formatCents(target.amount, context.lang), context.actor.name),
  );
}

async function withdraw(context: CommandContext, args: Args): Promise<void> {
  const m = texts(context);
  const { expense: target } = expense(context, args);
  if (target.announcedBy !== context.actor.id)
    context.refuse(m.onlyAnnouncer(target.id, context.nameOf(target.announcedBy)));
  if (!canWithdraw(target)) context.fail(m.notNow(target.id, m.step[target.step]));
  await context.transact(
    'uitgave.ingetrokken',
    () => moveStep(target, 'ingetrokken', context.actor.id, context.now.toISOString()),
    () => target.id,
  );
  await reportCommand(context, target, m.withdrawn(target.id));
}

async function list(context: CommandContext, args: Args): Promise<void> {
  await context.respond(
    expenseList(context, yearOrFail(context, args), context.db.expenses, context.channel.public),
  );
}

export const uitgave: CommandSpec = {
  name: 'uitgave',
  en: 'expense',
  items: { kind: EXPENSE, collection: 'expenses', plural: { nl: 'Uitgaven', en: 'Expenses' }, show: 'toon' },
  reads: ['lijst'],
  aliases: ['uitgaven'],
  summary: {
    nl: 'Uitgaven vooraf melden, laten goedkeuren met ✅ en vergoeden, binnen de jaarplafonds (afspraak 6e–g).',
    en: 'Announce expenses in advance, approve them with ✅ and pay them, within the yearly caps (agreement 6e–g).',
  },
  reactions: { handle: handleExpenseReaction, findReaction: findExpenseReaction },
  subcommands: [
    {
      name: '',
      usage: {
        nl: '/uitgave <bedrag> <categorie> <omschrijving>',
        en: '/uitgave <amount> <category> <description>',
      },
      summary: {
        nl: 'Een uitgave vooraf melden (categorie: kosten, bestanden, expertise of website).',
        en: 'Announce an expense in advance (category: kosten, bestanden, expertise or website).',
      },
      allowed: PANEL_SIDE,
      changes: true,
      run: announce,
    },
    {
      name: 'bewijs',
      en: 'receipt',
      usage: {
        nl: '/uitgave bewijs <UIT> [bedrag:<bedrag>] <link of omschrijving>',
        en: '/uitgave bewijs <UIT> [bedrag:<amount>] <link or description>',
      },
      summary: {
        nl: 'De bon, factuur of offerte toevoegen; met bedrag: als het bedrag anders is.',
        en: 'Add the receipt, invoice or quote; with amount: when the amount differs.',
      },
      allowed: PANEL_SIDE,
      who: { nl: expenseMessages.nl.whoAnnouncerOrChair, en: expenseMessages.en.whoAnnouncerOrChair },
      changes: true,
      options: ['bedrag'],
      run: receipt,
    },
    {
      name: 'betaald',
      en: 'paid',
      aliases: ['vergoed'],
      usage: { nl: '/uitgave betaald <UIT>', en: '/uitgave betaald <UIT>' },
      summary: { nl: 'Vastleggen dat de uitgave is vergoed.', en: 'Record that the expense was paid.' },
      allowed: APPROVER_ROLES,
      who: { nl: expenseMessages.nl.whoApprover, en: expenseMessages.en.whoApprover },
      changes: true,
      maxWords: 1,
      run: pay,
    },
    {
      name: 'afwijzen',
      en: 'reject',
      usage: { nl: '/uitgave afwijzen <UIT> <reden>', en: '/uitgave afwijzen <UIT> <reason>' },
      summary: {
        nl: 'Een uitgave afwijzen met de reden (of de reden geven na een ❌).',
        en: 'Reject an expense with the reason (or give the reason after a ❌).',
      },
      allowed: APPROVER_ROLES,
      who: { nl: expenseMessages.nl.whoApprover, en: expenseMessages.en.whoApprover },
      changes: true,
      run: reject,
    },
    {
      name: 'intrekken',
      en: 'withdraw',
      usage: { nl: '/uitgave intrekken <UIT>', en: '/uitgave intrekken <UIT>' },
      summary: {
        nl: 'Een uitgave intrekken, zolang hij niet is vergoed.',
        en: 'Withdraw an expense before it is paid.',
      },
      allowed: PANEL_SIDE,
      who: { nl: expenseMessages.nl.whoAnnouncer, en: expenseMessages.en.whoAnnouncer },
      changes: true,
      maxWords: 1,
      run: withdraw,
    },
    {
      name: 'lijst',
      en: 'list',
      usage: { nl: '/uitgave lijst [jaar]', en: '/uitgave lijst [year]' },
      summary: { nl: 'De uitgaven van een jaar.', en: 'The expenses of a year.' },
      allowed: 'everyone',
      changes: false,
      maxWords: 1,
      run: list,
    },
    ...expenseCorrections(PANEL_SIDE),
  ],
};
