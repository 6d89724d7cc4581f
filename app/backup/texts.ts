import type { Lang } from '../../src/i18n/lang.ts';

/** What `npm run backup` and `npm run restore` say, in the language the data folder's config.json asks for. */
export const backupTexts = {
  nl: {
    nameOneFile: 'Noem één bestand voor de reservekopie, zoals: npm run backup -- reservekopie.tar.gz',
    exists: (file: string) => `${file} bestaat al. Kies een andere naam; ik overschrijf niets.`,
    written: (file: string, items: number, fromBot: boolean) =>
      `Reservekopie geschreven: ${file} (${items} items${fromBot ? ', van de bot die draait' : ''}).`,
    botFailed: (why: string) => `De bot kon geen reservekopie maken: ${why}`,
    nameArchive: 'Noem het archief dat terug moet, zoals: npm run restore -- reservekopie.tar.gz',
    notEmpty: (dataDir: string) =>
      `De gegevensmap ${dataDir} is niet leeg. Terugzetten kan alleen in een lege map: zet de huidige map opzij (mv ${dataDir} ${dataDir}.oud) en probeer het opnieuw.`,
    restored: (dataDir: string, items: number) => `Teruggezet in ${dataDir}: ${items} items. Start de bot.`,
    notWhole: (file: string, why: string) => `${file} is geen heel archief (${why}).`,
  },
  en: {
    nameOneFile: 'Name one file for the backup, like: npm run backup -- backup.tar.gz',
    exists: (file: string) => `${file} exists already. Choose another name; I overwrite nothing.`,
    written: (file: string, items: number, fromBot: boolean) =>
      `Backup written: ${file} (${items} items${fromBot ? ', from the running bot' : ''}).`,
    botFailed: (why: string) => `The bot could not make a backup: ${why}`,
    nameArchive: 'Name the archive to put back, like: npm run restore -- backup.tar.gz',
    notEmpty: (dataDir: string) =>
      `The data folder ${dataDir} is not empty. A restore only goes into an empty folder: move the current folder aside (mv ${dataDir} ${dataDir}.old) and try again.`,
    restored: (dataDir: string, items: number) => `Restored into ${dataDir}: ${items} items. Start the bot.`,
    notWhole: (file: string, why: string) => `${file} is not a whole archive (${why}).`,
  },
} satisfies Record<Lang, unknown>;
