// @ts-nocheck
import type { Args, CommandContext, CommandSpec } from '../../src/core/command.ts';
import { signatureByReaction } from '../../src/domain/notes.ts';
import { noteMessages } from '../../src/i18n/texts/notes.ts';
import { announceItem } from '../../src/kit/anchor.ts';
import { confidentialityOf } from '../../src/kit/confidentiality.ts';
import { nextId } from '../../src/kit/items.ts';
import { opennessSubcommand } from '../../src/kit/openness.ts';
import { developmentOrFail, textOrFail } from '../../src/parse/arguments.ts';
import type { Note } from '../../src/store/schema.ts';
import { NOTE } from './kind.ts';
import { noteMessage } from './render.ts';
import { onReaction, sign } from './signing.ts';
import { revise, setText } from './text.ts';
import { listAll, show } from './view.ts';

async function create(context: CommandContext, args: Args): Promise<void> {
  const m = noteMessages[context.lang];
  const title = textOrFail(context, args, m.whatTitle, 0, 200);
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

export const notitie: CommandSpec = {
  name: 'notitie',
  en: 'note',
  items: { kind: NOTE, collection: 'notes', plural: { nl: 'Notities', en: 'Notes' }, show: 'toon' },
  reads: ['lijst'],
  aliases: ['gespreksnotitie'],
  summary: {
    nl: 'Gespreksnotities over een ontwikkeling, onderschreven door panel en gemeente (afspraak 5b).',
    en: 'Conversation notes on a development, endorsed by panel and municipality (agreement 5b).',
  },
  reactions: { handle: onReaction, findReaction: signatureByReaction },
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
    opennessSubcommand({ command: 'notitie', kind: NOTE, items: (db) => db.notes, render: noteMessage }),
  ],
};
