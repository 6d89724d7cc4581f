import { announceItem } from '../../src/anchor.ts';
import { developmentOrFail, findOrFail, type Kind, takeItemId, textOrFail } from '../../src/arguments.ts';
import type { ActionContext, Args, CommandContext, CommandSpec, ReactionContext } from '../../src/command.ts';
import {
  confidentialityOf,
  guardFor,
  isConfidential,
  opennessLabel,
  visibleIn,
  visibleLink,
  withheldNote,
} from '../../src/confidentiality.ts';
import { isEndorsed, missingSides } from '../../src/domain/notes.ts';
import { findItem, nextId } from '../../src/items.ts';
import { dayOf, hiddenNote, listMessage, type RenderScope } from '../../src/render-scope.ts';
import {
  context as contextLine,
  fields,
  heading,
  message,
  paragraph,
  type RichMessage,
} from '../../src/rich-message.ts';
import { sideOf } from '../../src/roster.ts';
import type { Note } from '../../src/store/schema.ts';
import { noteMessages } from './messages.ts';

export const NOTE: Kind = { prefix: 'GN', noun: { nl: 'gespreksnotitie', en: 'conversation note' } };
const MAX_TEXT = 8_000;

function state(scope: RenderScope, note: Note): string {
  const m = noteMessages[scope.lang];
  if (note.endorsedAt) return m.endorsed(dayOf(scope, note.endorsedAt));
  return m.awaiting(
    missingSides(note)
      .map((side) => m.side[side])
      .join(', '),
  );
}

export function noteMessage(scope: RenderScope, note: Note, withText = true): RichMessage {
  const m = noteMessages[scope.lang];
  const signatures = note.signatures.map((signature) =>
    m.signedBy(scope.nameOf(signature.by), m.side[signature.side]),
  );
  return message(
    heading(m.title(note.id, note.title)),
    fields([
      ...(note.development ? [{ label: m.labels.development, value: note.development }] : []),
      { label: m.labels.state, value: state(scope, note) },
      { label: m.labels.signatures, value: signatures.length ? signatures.join(', ') : m.noSignatures },
      {
        label: m.labels.openness,
        value: opennessLabel(note, scope.today, scope.lang),
      },
    ]),
    withText && paragraph(note.text ? `${m.labels.text}: ${note.text}` : `${m.labels.text}: ${m.noText}`),
    !note.endorsedAt && contextLine(m.hint(note.id)),
  );
}

function note(context: CommandContext, args: Args): { note: Note; rest: Args } {
  const { id, rest } = takeItemId(context, args, NOTE);
  return { note: findOrFail(context, context.db.notes, id), rest };
}

async function create(context: CommandContext, args: Args): Promise<void> {
  const m = noteMessages[context.lang];
  const title = textOrFail(context, args, m.whatTitle).slice(0, 200);
  const development = developmentOrFail(context, args.options.get('ontwikkeling'));
  const confidentiality = confidentialityOf(context, args);
  const created = await context.transact(
    'notitie.nieuw',
    (db) => {
      const entry: Note = {
        id: nextId(db, NOTE.prefix, context.year),
        title,
        ...(development ? { development } : {}),
        ...confidentiality,
        createdBy: context.actor.id,
        createdAt: context.now.toISOString(),
        signatures: [],
        textVersion: 0,
      };
      db.notes.push(entry);
      return entry;
    },
    (entry) => entry.id,
  );
  await announceItem(context, created, noteMessage(context, created));
}

async function setText(context: CommandContext, args: Args): Promise<void> {
  const m = noteMessages[context.lang];
  const { note: target, rest } = note(context, args);
  const text = textOrFail(context, rest, m.whatText).slice(0, MAX_TEXT);
  const cleared = target.signatures.length;
  await context.transact(
    'notitie.tekst',
    () => {
      target.text = text;
      target.textVersion += 1;
      target.signatures = [];
      delete target.endorsedAt;
    },
    () => target.id,
  );
  await context.update(target.message, noteMessage(context, target));
  await context.respond(
    message(paragraph(cleared > 0 ? m.textChangedCleared(target.id, cleared) : m.textSet(target.id))),
  );
}

/** Signs a note for the member's side; tells the thread, and says so when it becomes endorsed. */
async function addSignature(context: ActionContext, target: Note): Promise<string[]> {
  const m = noteMessages[context.lang];
  if (!target.text) context.fail(m.noTextToSign(target.id));
  if (target.signatures.some((signature) => signature.by === context.actor.id))
    context.fail(m.alreadySigned(target.id));
  const side = sideOf(context.actor);
  const at = context.now.toISOString();
  const endorsedNow = await context.transact(
    'notitie.teken',
    () => {
      target.signatures.push({ by: context.actor.id, side, at });
      if (!target.endorsedAt && isEndorsed(target)) {
        target.endorsedAt = at;
        return true;
      }
      return false;
    },
    () => target.id,
  );
  await context.update(target.message, noteMessage(context, target));
  const lines = [m.signed(target.id, context.actor.name, m.onBehalfOf[side])];
  if (endorsedNow) lines.push(m.nowEndorsed(target.id));
  return lines;
}

async function sign(context: CommandContext, args: Args): Promise<void> {
  const { note: target } = note(context, args);
  const lines = await addSignature(context, target);
  await context.respond(message(paragraph(lines.join(' '))));
  if (context.threadItemId !== target.id)
    await context.replyTo(target.message, message(paragraph(lines.join(' '))));
}

async function onReaction(context: ReactionContext, id: string): Promise<void> {
  const m = noteMessages[context.lang];
  const target = context.db.notes.find((entry) => entry.id === id);
  if (!target) return;
  if (context.emoji !== '✅') {
    if (context.event.added) context.fail(m.onlyCheck(id));
    return;
  }
  if (context.event.added) {
    const lines = await addSignature(context, target);
    await context.replyTo(target.message, message(paragraph(lines.join(' '))));
    return;
  }
  const own = target.signatures.findIndex((signature) => signature.by === context.member?.id);
  if (own < 0) return;
  const wasEndorsed = target.endorsedAt !== undefined;
  await context.transact(
    'notitie.teken-weg',
    () => {
      target.signatures.splice(own, 1);
      if (!isEndorsed(target)) delete target.endorsedAt;
    },
    () => target.id,
  );
  await context.update(target.message, noteMessage(context, target));
  const lines = [m.unsigned(id, context.actor.name)];
  if (wasEndorsed && !target.endorsedAt) lines.push(m.noLongerEndorsed(id));
  await context.replyTo(target.message, message(paragraph(lines.join(' '))));
}

async function show(context: CommandContext, args: Args): Promise<void> {
  const { note: target } = note(context, args);
  const guard = guardFor(context.db, context.today, context.channel.public);
  if (context.channel.public && (isConfidential(target, context.today) || guard?.namedBy(target))) {
    context.fail(noteMessages[context.lang].confidentialHere(target.id));
  }
  const shown = visibleLink(target, context.channel.public, context.today, (id) => findItem(context.db, id));
  const withheld = guard?.names(target.text, target.id) === true;
  const rendered = noteMessage(context, shown, !withheld);
  await context.respond(
    withheld
      ? { ...rendered, blocks: [...rendered.blocks, contextLine(withheldNote(context.lang, 1, 'field')!)] }
      : rendered,
  );
}

async function listAll(context: CommandContext): Promise<void> {
  const m = noteMessages[context.lang];
  const all = context.db.notes;
  const { shown, hidden } = visibleIn(
    all,
    context.channel.public,
    context.today,
    undefined,
    guardFor(context.db, context.today, context.channel.public),
  );
  await context.respond(
    listMessage({
      title: m.listTitle(shown.length),
      lines: shown.map((entry) => `${entry.id} ${entry.title} — ${state(context, entry)}`),
      empty: m.listEmpty,
      hidden: hiddenNote(context.lang, hidden, m.noun, m.nouns),
    }),
  );
}

export const notitie: CommandSpec = {
  name: 'notitie',
  aliases: ['gespreksnotitie'],
  summary: {
    nl: 'Gespreksnotities over een ontwikkeling, onderschreven door panel en gemeente (afspraak 5b).',
    en: 'Conversation notes on a development, endorsed by panel and municipality (agreement 5b).',
  },
  reactions: { prefix: NOTE.prefix, handle: onReaction },
  subcommands: [
    {
      name: 'nieuw',
      usage: {
        nl: '/notitie nieuw <titel> [ontwikkeling:<ONT>] [vertrouwelijk]',
        en: '/notitie nieuw <title> [ontwikkeling:<ONT>] [vertrouwelijk]',
      },
      summary: { nl: 'Een nieuwe gespreksnotitie beginnen.', en: 'Start a new conversation note.' },
      allowed: 'members',
      changes: true,
      options: ['ontwikkeling', 'tot'],
      flags: ['vertrouwelijk'],
      run: create,
    },
    {
      name: 'tekst',
      usage: { nl: '/notitie tekst <GN> <tekst>', en: '/notitie tekst <GN> <text>' },
      summary: {
        nl: 'De tekst zetten of vervangen; bestaande handtekeningen vervallen dan.',
        en: 'Set or replace the text; existing signatures are then cleared.',
      },
      allowed: 'members',
      changes: true,
      run: setText,
    },
    {
      name: 'teken',
      usage: { nl: '/notitie teken <GN>', en: '/notitie teken <GN>' },
      summary: {
        nl: 'Tekenen namens je kant (panel of gemeente); ook met ✅ onder de notitie.',
        en: 'Sign for your side (panel or municipality); also with ✅ under the note.',
      },
      allowed: 'members',
      changes: true,
      run: sign,
    },
    {
      name: 'toon',
      usage: { nl: '/notitie toon <GN>', en: '/notitie toon <GN>' },
      summary: {
        nl: 'De notitie met tekst en handtekeningen.',
        en: 'The note with its text and signatures.',
      },
      allowed: 'everyone',
      changes: false,
      run: show,
    },
    {
      name: 'lijst',
      usage: { nl: '/notitie lijst', en: '/notitie lijst' },
      summary: { nl: 'Alle gespreksnotities en hun stand.', en: 'All conversation notes and their state.' },
      allowed: 'everyone',
      changes: false,
      run: listAll,
    },
  ],
};
