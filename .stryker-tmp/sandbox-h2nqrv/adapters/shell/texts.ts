// @ts-nocheck
import type { Lang } from '../../src/i18n/lang.ts';

/** What the shell itself says (not the bot): lines starting with `·`. */
export const shellTexts = {
  nl: {
    welcome: (member: string, channel: string, demo: boolean) =>
      `Stadspanel-bot in de terminal. Je bent ${member}, in kanaal ${channel}.${demo ? ' (Demoledenlijst: voorzitter, secretaris, panellid, gemeente, pit, programmamanager.)' : ''} Typ /help voor de commando's of :hulp voor de terminal.`,
    nowMember: (name: string, id: string, known: boolean) =>
      known
        ? `Je bent nu ${name} (${id}).`
        : `Je bent nu '${id}'. Die naam staat niet in de ledenlijst: je kunt meelezen, maar niets wijzigen.`,
    nowChannel: (channel: string, isPublic: boolean) =>
      `Je zit nu in kanaal ${channel}${isPublic ? ' (openbaar: vertrouwelijke zaken blijven hier weg)' : ''}.`,
    nowDirect:
      'Je praat nu rechtstreeks met de bot: alleen jij en de bot zien dit gesprek. Terug naar een kanaal met :kanaal <naam>.',
    nowTime: (time: string) => `De klok staat nu op ${time}.`,
    badTime: (typed: string) => `'${typed}' is geen tijd. Schrijf bijvoorbeeld :tijd 2026-11-30T09:00`,
    badReaction: 'Schrijf een reactie als +✅ #3 (toevoegen aan bericht 3) of -✅ #3 (weghalen).',
    badMeta:
      'Schrijf :als <lid>, :kanaal <naam>, :dm of :tijd <ISO-tijd>, bijvoorbeeld :tijd 2026-11-30T09:00.',
    emptyMessage: 'Na het voorvoegsel mist de tekst. Bijvoorbeeld: #3> /besluit We gaan akkoord.',
    unknownMessage: (number: number) => `Bericht #${number} bestaat niet (nog niet).`,
    notACommand: (example: string) => `Begin een commando met een schuine streep, bijvoorbeeld ${example}.`,
    help: [
      'Zo praat je met de bot in de terminal:',
      '  /advies lijst            een commando (ook !advies lijst)',
      '  @gemeente: /advies …     als een ander lid (id of naam)',
      '  #3> /besluit …           in de draad van bericht 3',
      '  +✅ #5   -✅ #5           reactie toevoegen of weghalen',
      '  :als <lid>   :kanaal <naam>   :dm (rechtstreeks met de bot)   :tijd 2026-11-30T09:00',
      'Stoppen: Ctrl+D.',
    ].join('\n'),
    updated: 'bijgewerkt',
  },
  en: {
    welcome: (member: string, channel: string, demo: boolean) =>
      `Stadspanel bot in the terminal. You are ${member}, in channel ${channel}.${demo ? ' (Demo roster: voorzitter, secretaris, panellid, gemeente, pit, programmamanager.)' : ''} Type /help for the commands or :hulp for the terminal.`,
    nowMember: (name: string, id: string, known: boolean) =>
      known
        ? `You are now ${name} (${id}).`
        : `You are now '${id}'. That name is not on the roster: you can read, but not change anything.`,
    nowChannel: (channel: string, isPublic: boolean) =>
      `You are now in channel ${channel}${isPublic ? ' (public: confidential matters stay out of here)' : ''}.`,
    nowDirect:
      'You are now talking with the bot directly: only you and the bot see this conversation. Back to a channel with :kanaal <name>.',
    nowTime: (time: string) => `The clock is now ${time}.`,
    badTime: (typed: string) => `'${typed}' is not a time. Write for example :tijd 2026-11-30T09:00`,
    badReaction: 'Write a reaction as +✅ #3 (add to message 3) or -✅ #3 (remove).',
    badMeta:
      'Write :als <member>, :kanaal <name>, :dm or :tijd <ISO time>, for example :tijd 2026-11-30T09:00.',
    emptyMessage: 'The text after the prefix is missing. For example: #3> /decision We agree.',
    unknownMessage: (number: number) => `Message #${number} does not exist (yet).`,
    notACommand: (example: string) => `Start a command with a slash, for example ${example}.`,
    help: [
      'How to talk to the bot in the terminal:',
      '  /advice list             a command (also !advice list)',
      '  @gemeente: /advice …     as another member (id or name)',
      '  #3> /decision …          in the thread of message 3',
      '  +✅ #5   -✅ #5           add or remove a reaction',
      '  :als <member>   :kanaal <name>   :dm (directly with the bot)   :tijd 2026-11-30T09:00',
      'Quit: Ctrl+D.',
    ].join('\n'),
    updated: 'updated',
  },
} satisfies Record<Lang, unknown>;
