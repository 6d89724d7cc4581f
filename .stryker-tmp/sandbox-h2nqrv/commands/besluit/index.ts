// @ts-nocheck
import type { Args, CommandContext, CommandSpec } from '../../src/core/command.ts';
import { lastChange } from '../../src/domain/decisions.ts';
import { CHAIR } from '../../src/domain/roles.ts';
import { decisionTexts } from '../../src/i18n/texts/decisions.ts';
import {
  confidentialityOf,
  isConfidential,
  opennessLabel,
  stricter,
  visibleHere,
} from '../../src/kit/confidentiality.ts';
import { findItem, isKnownPrefix, nextId } from '../../src/kit/items.ts';
import { opennessSubcommand } from '../../src/kit/openness.ts';
import { fullItemId, textOrFail } from '../../src/parse/arguments.ts';
import { parseItemId } from '../../src/parse/values.ts';
import {
  context as contextLine,
  heading,
  list as listBlock,
  message,
  paragraph,
} from '../../src/port/rich-message.ts';
import { hiddenNote } from '../../src/render/render-scope.ts';
import type { Decision } from '../../src/store/schema.ts';
import { formatDate, localDate } from '../../src/time/time.ts';
import { changeDecision, DECISION, showDecision, withdrawDecision } from './corrections.ts';

const SHOWN = 25;

/** The item a decision is about: a named id (any kind), or the thread's item. */
function subject(context: CommandContext, args: Args): { about: string | undefined; rest: Args } {
  const first = args.word(0);
  const parts = first !== undefined ? parseItemId(first, context.year) : undefined;
  if (parts && isKnownPrefix(parts.prefix) && parts.prefix !== DECISION.prefix) {
    const id = fullItemId(context, first!, parts);
    if (!findItem(context.db, id)) context.fail(context.t.notFound(id));
    return { about: id, rest: args.after(1) };
  }
  return { about: context.threadItemId, rest: args };
}

async function record(context: CommandContext, args: Args): Promise<void> {
  const { about, rest } = subject(context, args);
  const text = textOrFail(context, rest, decisionTexts[context.lang].what);
  const item = about ? findItem(context.db, about) : undefined;
  const own = confidentialityOf(context, rest);
  // A decision about a confidential item is at least as confidential as the item.
  const protection = item ? stricter(own, item, context.today) : own;
  const decision = await context.transact(
    'besluit',
    (db) => {
      const created: Decision = {
        id: nextId(db, DECISION.prefix, context.year),
        text,
        ...(about ? { about } : {}),
        confidentiality: protection.confidentiality,
        ...(protection.confidentialUntil ? { confidentialUntil: protection.confidentialUntil } : {}),
        by: context.actor.id,
        at: context.now.toISOString(),
      };
      db.decisions.push(created);
      return created;
    },
    (created) => created.id,
  );
  const recorded = decisionTexts[context.lang].recorded(decision.id, about, text);
  // A confidential decision says until when, written out, so a misread date shows at once.
  const until = decision.confidentialUntil
    ? ` (${opennessLabel(decision, context.today, context.lang)})`
    : '';
  await context.respond(message(paragraph(`${recorded}${until}`)));
}

/** ` (gewijzigd 2-12-2026)` or ` (ingetrokken …)` after a decision's text in a list. */
function changeMark(context: CommandContext, decision: Decision): string {
  const m = decisionTexts[context.lang];
  const last = lastChange(decision);
  if (!last) return '';
  const day = formatDate(localDate(new Date(last.at), context.config.timezone), context.lang);
  return ` (${last.kind === 'withdrawn' ? m.withdrawnMark(day) : m.changedMark(day)})`;
}

function line(context: CommandContext, decision: Decision): string {
  const day = formatDate(localDate(new Date(decision.at), context.config.timezone), context.lang);
  const about = decision.about ? ` (${decision.about})` : '';
  const secret = isConfidential(decision, context.today) ? ' 🔒' : '';
  return `${decision.id}${about} ${day}: ${decision.text}${changeMark(context, decision)}${secret}`;
}

async function list(context: CommandContext, args: Args): Promise<void> {
  const m = decisionTexts[context.lang];
  const first = args.word(0);
  const about = first !== undefined ? takeItemIdOfAnyKind(context, first) : context.threadItemId;
  const matching = context.db.decisions.filter((decision) => !about || decision.about === about);
  const { shown: visible, hidden } = visibleHere(context, matching);
  const newest = visible.slice(-SHOWN).reverse();
  await context.respond(
    message(
      heading(m.listTitle(visible.length, about)),
      newest.length ? listBlock(newest.map((decision) => line(context, decision))) : paragraph(m.listEmpty),
      visible.length > SHOWN && contextLine(m.older(visible.length - SHOWN)),
      hidden > 0 && contextLine(hiddenNote(context.lang, hidden, m.noun, m.nouns)!),
    ),
  );
}

function takeItemIdOfAnyKind(context: CommandContext, word: string): string {
  const parts = parseItemId(word, context.year);
  if (!parts || !isKnownPrefix(parts.prefix))
    context.fail(context.t.notAnId(word, `ADV-${context.year}-001`));
  const id = fullItemId(context, word, parts);
  if (!findItem(context.db, id)) context.fail(context.t.notFound(id));
  return id;
}

export const besluit: CommandSpec = {
  name: 'besluit',
  en: 'decision',
  items: {
    kind: DECISION,
    collection: 'decisions',
    plural: { nl: 'Besluiten', en: 'Decisions' },
    show: 'toon',
  },
  reads: ['lijst'],
  summary: {
    nl: 'Een besluit vastleggen, bij een item of los.',
    en: 'Record a decision, on an item or on its own.',
  },
  subcommands: [
    {
      name: 'lijst',
      en: 'list',
      usage: { nl: '/besluit lijst [<ID>]', en: '/besluit lijst [<ID>]' },
      summary: { nl: 'De besluiten tonen, nieuwste eerst.', en: 'List the decisions, newest first.' },
      allowed: 'everyone',
      changes: false,
      maxWords: 1,
      run: list,
    },
    {
      name: 'toon',
      en: 'show',
      usage: { nl: '/besluit toon <BES>', en: '/besluit toon <BES>' },
      summary: {
        nl: 'Een besluit met al zijn versies: wie, wanneer en waarom.',
        en: 'A decision with all its versions: who, when and why.',
      },
      allowed: 'everyone',
      changes: false,
      maxWords: 1,
      run: showDecision,
    },
    {
      name: 'wijzig',
      en: 'change',
      usage: {
        nl: '/besluit wijzig <BES> <nieuwe tekst> [reden:"…"]',
        en: '/besluit wijzig <BES> <new text> [reden:"…"]',
      },
      summary: {
        nl: 'De tekst van een besluit veranderen; het nummer blijft en de vorige tekst blijft bewaard.',
        en: 'Change the text of a decision; it keeps its number and the previous text is kept.',
      },
      allowed: CHAIR,
      changes: true,
      options: ['reden'],
      run: changeDecision,
    },
    {
      name: 'intrekken',
      en: 'withdraw',
      usage: { nl: '/besluit intrekken <BES> reden:"…"', en: '/besluit intrekken <BES> reden:"…"' },
      summary: {
        nl: 'Een besluit intrekken, met de reden; het blijft bewaard.',
        en: 'Withdraw a decision, with the reason; it is kept.',
      },
      allowed: CHAIR,
      changes: true,
      options: ['reden'],
      run: withdrawDecision,
    },
    opennessSubcommand({ command: 'besluit', kind: DECISION, items: (db) => db.decisions }),
    {
      name: '',
      usage: {
        nl: '/besluit [<ID>] <tekst> [vertrouwelijk [tot:<datum>]] (begint de tekst met wijzig, intrekken, openbaarheid, toon of lijst: zet hem tussen aanhalingstekens)',
        en: '/besluit [<ID>] <text> [vertrouwelijk [tot:<date>]] (text starting with change, withdraw, visibility, show or list: put it in quotes)',
      },
      summary: {
        nl: 'Een besluit vastleggen. In de draad van een item hoort het bij dat item.',
        en: "Record a decision. In an item's thread it belongs to that item.",
      },
      allowed: CHAIR,
      changes: true,
      options: ['tot'],
      flags: ['vertrouwelijk'],
      run: record,
    },
  ],
};
