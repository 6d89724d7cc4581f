// @ts-nocheck
import type { Args, CommandContext, CommandSpec } from '../../src/core/command.ts';
import { CHAIR } from '../../src/domain/roles.ts';
import { adviceMessages } from '../../src/i18n/texts/advice.ts';
import { announceItem } from '../../src/kit/anchor.ts';
import { confidentialityOf } from '../../src/kit/confidentiality.ts';
import { nextId } from '../../src/kit/items.ts';
import { opennessSubcommand } from '../../src/kit/openness.ts';
import { developmentOrFail, textOrFail, themesOrFail } from '../../src/parse/arguments.ts';
import type { AdviceRequest } from '../../src/store/schema.ts';
import { answer } from './answer.ts';
import { adviceTitle } from './corrections.ts';
import { adviceForm } from './form.ts';
import { ADVICE } from './kind.ts';
import { promiseReminders, promiseSubcommands } from './promise.ts';
import { answerReminders } from './reminders.ts';
import { announcement } from './render.ts';
import { close, decline, issue, setStep } from './steps.ts';
import { list, show } from './view.ts';

export { ADVICE } from './kind.ts';

const MAX_TITLE = 200;

function texts(context: CommandContext) {
  return adviceMessages[context.lang];
}

async function open(context: CommandContext, args: Args): Promise<void> {
  const title = textOrFail(context, args, texts(context).whatTitle, 0, MAX_TITLE);
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

export const advies: CommandSpec = {
  name: 'advies',
  en: 'advice',
  items: {
    kind: ADVICE,
    collection: 'adviceRequests',
    plural: { nl: 'Adviesverzoeken', en: 'Advice requests' },
    show: 'toon',
  },
  reads: ['lijst', 'lijst alle'],
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
    opennessSubcommand({
      command: 'advies',
      kind: ADVICE,
      items: (db) => db.adviceRequests,
      render: announcement,
    }),
  ],
};
