// @ts-nocheck
import type { CommandContext, CommandSpec } from '../../src/core/command.ts';
import { CHAIR } from '../../src/domain/roles.ts';
import type { Lang } from '../../src/i18n/lang.ts';
import {
  fields,
  heading,
  message,
  context as note,
  paragraph,
  type RichMessage,
} from '../../src/port/rich-message.ts';
import { buildSite, siteDir } from '../../src/site/build.ts';
import type { SiteChanges } from '../../src/site/write.ts';
import { websiteMessages } from './messages.ts';

const LISTED = 10;

/** What a build did, for the panel channel and the terminal. */
export function buildReport(changes: SiteChanges, lang: Lang): RichMessage {
  const m = websiteMessages[lang];
  const names = (paths: readonly string[]) =>
    paths.length > LISTED
      ? [...paths.slice(0, LISTED), m.more(paths.length - LISTED)].join(', ')
      : paths.join(', ');
  const entries = (['added', 'changed', 'removed'] as const)
    .filter((key) => changes[key].length > 0)
    .map((key) => ({ label: m.labels[key], value: names(changes[key]) }));
  const anything = changes.added.length + changes.changed.length + changes.removed.length > 0;
  return message(
    heading(m.title),
    paragraph(m.where(changes.dir, changes.files)),
    paragraph(
      changes.first
        ? m.first
        : anything
          ? m.changes(changes.added.length, changes.changed.length, changes.removed.length)
          : m.nothing,
    ),
    !changes.first && entries.length > 0 && fields(entries),
    note(m.publish(changes.dir)),
  );
}

async function build(context: CommandContext): Promise<void> {
  const m = websiteMessages[context.lang];
  let changes: SiteChanges;
  try {
    changes = await buildSite(context.db, context.config, context.today);
  } catch (error) {
    context.fail(
      m.failed(siteDir(context.config), (error as NodeJS.ErrnoException).code ?? (error as Error).message),
    );
  }
  await context.respond(buildReport(changes, context.lang));
}

export const website: CommandSpec = {
  name: 'website',
  en: 'website',
  aliases: ['site'],
  summary: {
    nl: 'Bouwt de openbare website van het panel opnieuw (zonder vertrouwelijke zaken) en zegt wat er veranderde.',
    en: "Builds the panel's public website again (without confidential matters) and says what changed.",
  },
  subcommands: [
    {
      name: '',
      bare: true,
      usage: { nl: '/website', en: '/website' },
      summary: {
        nl: 'Schrijft de website in de map van site.dir en zegt waar en wat er nieuw is.',
        en: 'Writes the website to the folder in site.dir and says where and what is new.',
      },
      allowed: CHAIR,
      // It changes what the public sees: like every change, it is done from the panel channel.
      changes: true,
      maxWords: 0,
      run: build,
    },
  ],
};
