import { textOrFail } from '../../src/arguments.ts';
import type { Args, CommandContext, CommandSpec } from '../../src/command.ts';
import {
  confidentialityOf,
  isConfidential,
  opennessLabel,
  stricter,
  visibleIn,
} from '../../src/confidentiality.ts';
import type { Lang } from '../../src/i18n/lang.ts';
import { findItem, isKnownPrefix, nextId } from '../../src/items.ts';
import { formatItemId, parseItemId } from '../../src/parse/values.ts';
import { hiddenNote } from '../../src/render-scope.ts';
import {
  context as contextLine,
  heading,
  list as listBlock,
  message,
  paragraph,
} from '../../src/rich-message.ts';
import { CHAIR } from '../../src/roles.ts';
import type { Decision } from '../../src/store/schema.ts';
import { formatDate, localDate } from '../../src/time.ts';

const DECISION_PREFIX = 'BES';
const SHOWN = 25;

const texts = {
  nl: {
    recorded: (id: string, about: string | undefined, text: string) =>
      `✅ Besluit ${id} vastgelegd${about ? ` bij ${about}` : ''}: ${text}`,
    what: 'de tekst van het besluit',
    listTitle: (count: number, about: string | undefined) =>
      `Besluiten${about ? ` bij ${about}` : ''}: ${count}`,
    listEmpty: 'Er zijn nog geen besluiten vastgelegd.',
    older: (count: number) =>
      `En ${count} oudere. Noem een nummer om per item te zoeken: /besluit lijst ADV-2026-001.`,
    nouns: 'besluiten',
    noun: 'besluit',
  },
  en: {
    recorded: (id: string, about: string | undefined, text: string) =>
      `✅ Decision ${id} recorded${about ? ` on ${about}` : ''}: ${text}`,
    what: 'the text of the decision',
    listTitle: (count: number, about: string | undefined) =>
      `Decisions${about ? ` on ${about}` : ''}: ${count}`,
    listEmpty: 'No decisions have been recorded yet.',
    older: (count: number) =>
      `And ${count} older ones. Give a number to search per item: /besluit lijst ADV-2026-001.`,
    nouns: 'decisions',
    noun: 'decision',
  },
} satisfies Record<Lang, unknown>;

/** The item a decision is about: a named id (any kind), or the thread's item. */
function subject(context: CommandContext, args: Args): { about: string | undefined; rest: Args } {
  const first = args.word(0);
  const parts = first !== undefined ? parseItemId(first, context.year) : undefined;
  if (parts && isKnownPrefix(parts.prefix) && parts.prefix !== DECISION_PREFIX) {
    const id = formatItemId(parts);
    if (!findItem(context.db, id)) context.fail(context.t.notFound(id));
    return { about: id, rest: args.after(1) };
  }
  return { about: context.threadItemId, rest: args };
}

async function record(context: CommandContext, args: Args): Promise<void> {
  const { about, rest } = subject(context, args);
  const text = textOrFail(context, rest, texts[context.lang].what);
  const item = about ? findItem(context.db, about) : undefined;
  const own = confidentialityOf(context, rest);
  // A decision about a confidential item is at least as confidential as the item.
  const protection = item ? stricter(own, item, context.today) : own;
  const decision = await context.transact(
    'besluit',
    (db) => {
      const created: Decision = {
        id: nextId(db, DECISION_PREFIX, context.year),
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
  const recorded = texts[context.lang].recorded(decision.id, about, text);
  // A confidential decision says until when, written out, so a misread date shows at once.
  const until = decision.confidentialUntil
    ? ` (${opennessLabel(decision, context.today, context.lang)})`
    : '';
  await context.respond(message(paragraph(`${recorded}${until}`)));
}

function line(context: CommandContext, decision: Decision): string {
  const day = formatDate(localDate(new Date(decision.at), context.config.timezone), context.lang);
  const about = decision.about ? ` (${decision.about})` : '';
  const secret = isConfidential(decision, context.today) ? ' 🔒' : '';
  return `${decision.id}${about} ${day}: ${decision.text}${secret}`;
}

async function list(context: CommandContext, args: Args): Promise<void> {
  const m = texts[context.lang];
  const first = args.word(0);
  const about = first !== undefined ? takeItemIdOfAnyKind(context, first) : context.threadItemId;
  const matching = context.db.decisions.filter((decision) => !about || decision.about === about);
  const { shown: visible, hidden } = visibleIn(matching, context.channel.public, context.today);
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
  return formatItemId(parts);
}

export const besluit: CommandSpec = {
  name: 'besluit',
  en: 'decision',
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
      run: list,
    },
    {
      name: '',
      usage: {
        nl: '/besluit [<ID>] <tekst> [vertrouwelijk [tot:<datum>]]',
        en: '/besluit [<ID>] <text> [vertrouwelijk [tot:<date>]]',
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
