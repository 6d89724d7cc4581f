// @ts-nocheck
import type { Lang } from '../../src/i18n/lang.ts';

const nl = {
  title: 'Website gebouwd',
  where: (dir: string, files: number) => `De website staat in ${dir} (${files} bestanden).`,
  first: 'De website is hier voor het eerst gebouwd.',
  changes: (added: number, changed: number, removed: number) =>
    `Sinds de vorige keer: ${added} nieuw, ${changed} gewijzigd, ${removed} weggehaald.`,
  nothing: 'Er is niets veranderd sinds de vorige keer.',
  labels: { added: 'Nieuw', changed: 'Gewijzigd', removed: 'Weggehaald' },
  more: (count: number) => `en nog ${count}`,
  publish: (dir: string) =>
    `Kijk eerst zelf: open ${dir}/index.html in een browser. Publiceren: kopieer de hele map naar een webserver. Vertrouwelijke zaken staan er niet in.`,
  failed: (dir: string, reason: string) =>
    `De website kon niet worden geschreven in ${dir} (${reason}). Kies in config.json bij site.dir een map waarin de bot mag schrijven, en probeer het opnieuw.`,
  locked:
    'De bot draait op deze gegevensmap. Typ /website in de chat, of stop de bot eerst en probeer het dan opnieuw.',
};

export type WebsiteMessages = typeof nl;

const en: WebsiteMessages = {
  title: 'Website built',
  where: (dir, files) => `The website is in ${dir} (${files} files).`,
  first: 'The website was built here for the first time.',
  changes: (added, changed, removed) =>
    `Since the last time: ${added} new, ${changed} changed, ${removed} removed.`,
  nothing: 'Nothing changed since the last time.',
  labels: { added: 'New', changed: 'Changed', removed: 'Removed' },
  more: (count) => `and ${count} more`,
  publish: (dir) =>
    `Look first: open ${dir}/index.html in a browser. To publish, copy the whole folder to a web server. Confidential matters are not in it.`,
  failed: (dir, reason) =>
    `The website could not be written to ${dir} (${reason}). Choose a folder the bot may write to at site.dir in config.json, and try again.`,
  locked:
    'The bot is running on this data folder. Type /website in the chat, or stop the bot first and try again.',
};

export const websiteMessages: Record<Lang, WebsiteMessages> = { nl, en };
