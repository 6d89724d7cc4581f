// @ts-nocheck
import type { Lang } from '../i18n/lang.ts';
import { messages } from '../i18n/messages.ts';
import { context, heading, list, message, paragraph, type RichMessage } from '../port/rich-message.ts';
import type { CommandSpec, SubcommandSpec } from './command.ts';
import { commandName, usageOf } from './registry.ts';

const words = {
  nl: {
    title: 'Wat ik kan',
    more: 'Typ /help <commando> voor uitleg, bijvoorbeeld /help advies. In de draad van een item mag je het nummer weglaten.',
    everyone: 'iedereen',
    members: 'alle leden',
    who: 'Wie',
    commandTitle: (name: string) => `/${name}`,
    aliases: (names: string) => `Ook: ${names}`,
  },
  en: {
    title: 'What I can do',
    more: "Type /help <command> for details, for example /help advice. In an item's thread you may leave out its number.",
    everyone: 'everyone',
    members: 'all members',
    who: 'Who',
    commandTitle: (name: string) => `/${name}`,
    aliases: (names: string) => `Also: ${names}`,
  },
};

function whoMay(sub: SubcommandSpec, lang: Lang): string {
  if (sub.who) return sub.who[lang];
  if (sub.allowed === 'everyone') return words[lang].everyone;
  if (sub.allowed === 'members') return words[lang].members;
  return messages[lang].joinOr(sub.allowed.map((role) => messages[lang].roleWithArticle[role]));
}

/** `/help`: every command with its one-line summary. */
export function overviewHelp(commands: readonly CommandSpec[], lang: Lang): RichMessage {
  return message(
    heading(words[lang].title),
    list(commands.map((command) => `/${commandName(command, lang)} — ${command.summary[lang]}`)),
    context(words[lang].more),
  );
}

/** `/help <commando>`: every sub-command with its usage, summary and who may run it. */
export function commandHelp(command: CommandSpec, lang: Lang): RichMessage {
  // The other language's name works too, and so do the aliases.
  const own = commandName(command, lang);
  const others = [lang === 'en' ? command.name : command.en, ...(command.aliases ?? [])].filter(
    (name, index, all) => name !== own && all.indexOf(name) === index,
  );
  return message(
    heading(words[lang].commandTitle(own)),
    paragraph(command.summary[lang]),
    list(
      command.subcommands.map(
        (sub) =>
          `${usageOf(command, sub, lang)} — ${sub.summary[lang]} (${words[lang].who}: ${whoMay(sub, lang)})`,
      ),
    ),
    others.length > 0 && context(words[lang].aliases(others.map((name) => `/${name}`).join(', '))),
  );
}
