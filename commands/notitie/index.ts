import { announceItem } from '../../src/anchor.ts';
import { developmentOrFail, findOrFail, type Kind, takeItemId, textOrFail } from '../../src/arguments.ts';
import type { ActionContext, Args, CommandContext, CommandSpec, ReactionContext } from '../../src/command.ts';
import {
  confidentialityOf,
  guardFor,
  isConfidential,
  visibleHere,
  visibleLink,
  withheldNote,
} from '../../src/confidentiality.ts';
import {
  currentVersionNumber,
  isEndorsed,
  noteVersions,
  signatureByReaction,
} from '../../src/domain/notes.ts';
import { refToString } from '../../src/events.ts';
import { findItem, nextId } from '../../src/items.ts';
import { hiddenNote, listMessage } from '../../src/render-scope.ts';
import { context as contextLine, message, paragraph } from '../../src/rich-message.ts';
import { sideOf } from '../../src/roster.ts';
import type { Note } from '../../src/store/schema.ts';
import { noteMessages } from '../../src/texts/notes.ts';
import { noteMessage, noteState, versionMessage } from './render.ts';

export const NOTE: Kind = { prefix: 'GN', noun: { nl: 'gespreksnotitie', en: 'conversation note' } };
const MAX_TEXT = 8_000;

function note(context: CommandContext, args: Args): { note: Note; rest: Args } {
  const { id, rest } = takeItemId(context, args, NOTE);
  return { note: findOrFail(context, 'notes', id), rest };
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
  if (target.endorsedAt) context.fail(m.agreedUseRevise(target.id));
  const text = textOrFail(context, rest, m.whatText).slice(0, MAX_TEXT);
  const cleared = target.signatures.length;
  await context.transact(
    { action: 'notitie.tekst', ...(target.text ? { before: target.text } : {}), after: text },
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

/** A new version of an agreed note: it needs both sides again, and the agreed one holds until then. */
async function revise(context: CommandContext, args: Args): Promise<void> {
  const m = noteMessages[context.lang];
  const { note: target, rest } = note(context, args);
  if (!target.endorsedAt || !target.text) context.fail(m.notAgreedUseText(target.id));
  const text = textOrFail(context, rest, m.whatRevision).slice(0, MAX_TEXT);
  const agreed = currentVersionNumber(target);
  const before = target.text;
  const endorsedAt = target.endorsedAt;
  await context.transact(
    { action: 'notitie.herzien', before, after: text },
    () => {
      target.versions = [
        ...(target.versions ?? []),
        {
          text: before,
          signatures: target.signatures,
          endorsedAt,
          revisedBy: context.actor.id,
          revisedAt: context.now.toISOString(),
        },
      ];
      target.text = text;
      target.textVersion += 1;
      target.signatures = [];
      delete target.endorsedAt;
    },
    () => target.id,
  );
  await context.update(target.message, noteMessage(context, target));
  await context.respond(message(paragraph(m.revisedDone(target.id, agreed + 1, agreed))));
}

/** Signs a note for the member's side; tells the thread, and says so when it becomes endorsed. */
async function addSignature(context: ActionContext, target: Note, reaction?: string): Promise<string[]> {
  const m = noteMessages[context.lang];
  if (!target.text) context.fail(m.noTextToSign(target.id));
  if (target.signatures.some((signature) => signature.by === context.actor.id))
    context.fail(m.alreadySigned(target.id));
  const side = sideOf(context.actor);
  const at = context.now.toISOString();
  const endorsedNow = await context.transact(
    'notitie.teken',
    () => {
      target.signatures.push({ by: context.actor.id, side, at, ...(reaction ? { reaction } : {}) });
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
}

async function onReaction(context: ReactionContext, id: string): Promise<void> {
  const m = noteMessages[context.lang];
  const target = context.item('notes', id);
  if (!target) return;
  if (context.emoji !== '✅') {
    if (context.event.added) context.fail(m.onlyCheck(id));
    return;
  }
  if (context.event.added) {
    const reaction = context.event.message ? refToString(context.event.message) : undefined;
    const lines = await addSignature(context, target, reaction);
    await context.replyTo(target.message, message(paragraph(lines.join(' '))));
    return;
  }
  const own = target.signatures.findIndex((signature) => signature.by === context.member?.id);
  if (own < 0) return;
  if (target.endorsedAt) context.fail(m.signatureStays(id, context.actor.name));
  await context.transact(
    'notitie.teken-weg',
    () => {
      target.signatures.splice(own, 1);
    },
    () => target.id,
  );
  await context.update(target.message, noteMessage(context, target));
  await context.replyTo(target.message, message(paragraph(m.unsigned(id, context.actor.name))));
}

async function show(context: CommandContext, args: Args): Promise<void> {
  const { note: target } = note(context, args);
  const guard = guardFor(context.db, context.today, context.channel.public);
  if (context.channel.public && (isConfidential(target, context.today) || guard?.namedBy(target))) {
    context.fail(noteMessages[context.lang].confidentialHere(target.id));
  }
  const shown = visibleLink(target, context.channel.public, context.today, (id) => findItem(context.db, id));
  const wanted = args.options.get('versie');
  const versions = noteVersions(target);
  if (wanted === undefined) {
    // In a public channel a text that names a confidential item is withheld, and counted.
    const withheld = versions.some((version) => guard?.names(version.text, target.id));
    const rendered = noteMessage(context, shown, !withheld);
    await context.respond(
      withheld
        ? { ...rendered, blocks: [...rendered.blocks, contextLine(withheldNote(context.lang, 1, 'field')!)] }
        : rendered,
    );
    return;
  }
  const version = /^\d+$/.test(wanted) ? versions[Number(wanted) - 1] : undefined;
  if (!version) context.fail(noteMessages[context.lang].noSuchVersion(target.id, wanted, versions.length));
  if (guard?.names(version.text, target.id))
    context.fail(noteMessages[context.lang].confidentialHere(target.id));
  await context.respond(versionMessage(context, shown, version));
}

async function listAll(context: CommandContext): Promise<void> {
  const m = noteMessages[context.lang];
  const all = context.db.notes;
  const { shown, hidden } = visibleHere(context, all);
  await context.respond(
    listMessage({
      title: m.listTitle(shown.length),
      lines: shown.map((entry) => `${entry.id} ${entry.title} — ${noteState(context, entry)}`),
      empty: m.listEmpty,
      hidden: hiddenNote(context.lang, hidden, m.noun, m.nouns),
    }),
  );
}

export const notitie: CommandSpec = {
  name: 'notitie',
  en: 'note',
  aliases: ['gespreksnotitie'],
  summary: {
    nl: 'Gespreksnotities over een ontwikkeling, onderschreven door panel en gemeente (afspraak 5b).',
    en: 'Conversation notes on a development, endorsed by panel and municipality (agreement 5b).',
  },
  reactions: { prefix: NOTE.prefix, handle: onReaction, findReaction: signatureByReaction },
  subcommands: [
    {
      name: 'nieuw',
      en: 'new',
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
      en: 'text',
      usage: { nl: '/notitie tekst <GN> <tekst>', en: '/notitie tekst <GN> <text>' },
      summary: {
        nl: 'De tekst zetten of vervangen, zolang de notitie niet is onderschreven; handtekeningen vervallen dan.',
        en: 'Set or replace the text while the note is not endorsed; signatures are then cleared.',
      },
      allowed: 'members',
      changes: true,
      run: setText,
    },
    {
      name: 'herzien',
      en: 'revise',
      usage: { nl: '/notitie herzien <GN> <tekst>', en: '/notitie herzien <GN> <text>' },
      summary: {
        nl: 'Een nieuwe versie van een onderschreven notitie voorstellen; beide kanten tekenen opnieuw, tot dan geldt de vorige versie.',
        en: 'Propose a new version of an endorsed note; both sides sign again, and until then the previous version holds.',
      },
      allowed: 'members',
      changes: true,
      run: revise,
    },
    {
      name: 'teken',
      en: 'sign',
      usage: { nl: '/notitie teken <GN>', en: '/notitie teken <GN>' },
      summary: {
        nl: 'Tekenen namens je kant (panel of gemeente); ook met ✅ onder de notitie.',
        en: 'Sign for your side (panel or municipality); also with ✅ under the note.',
      },
      allowed: 'members',
      changes: true,
      maxWords: 1,
      run: sign,
    },
    {
      name: 'toon',
      en: 'show',
      usage: { nl: '/notitie toon <GN> [versie:<n>]', en: '/notitie toon <GN> [versie:<n>]' },
      summary: {
        nl: 'De notitie met tekst en handtekeningen; met versie: een eerdere versie.',
        en: 'The note with its text and signatures; with version: an earlier version.',
      },
      allowed: 'everyone',
      changes: false,
      options: ['versie'],
      maxWords: 1,
      run: show,
    },
    {
      name: 'lijst',
      en: 'list',
      usage: { nl: '/notitie lijst', en: '/notitie lijst' },
      summary: { nl: 'Alle gespreksnotities en hun stand.', en: 'All conversation notes and their state.' },
      allowed: 'everyone',
      changes: false,
      maxWords: 0,
      run: listAll,
    },
  ],
};
