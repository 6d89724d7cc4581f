import type { Lang } from '../src/i18n/lang.ts';

/**
 * What `npm start`, `npm run demo` and `npm run validate-config` say themselves, in the
 * language config.json asks for (`startLanguage`): the refusals to start and the answers of
 * the checks. Log lines are English whatever the panel's language.
 */
export const startTexts = {
  nl: {
    notStarting: (why: string) => `De bot start niet. ${why}`,
    unexpected: 'De bot start niet door een onverwachte fout',
    siteNotBuilt: (why: string) => `De website is niet gebouwd. ${why}`,
    siteFailed: (why: string) => `De website is niet gebouwd door een onverwachte fout: ${why}`,
    unknownOption: (typed: string, near: string | undefined, known: string) =>
      `'${typed}' ken ik niet.${near ? ` Bedoel je --${near}?` : ''} Ik ken: ${known}.`,
    demoRoster: (path: string) => `Geen ${path}: de demoledenlijst wordt gebruikt.`,
    valid: (path: string, members: number) => `${path} is in orde (${members} leden).`,
    badNow: (typed: string) =>
      `STADSPANEL_NOW='${typed}' is geen tijd. Schrijf bijvoorbeeld STADSPANEL_NOW=2026-11-30T09:00.`,
    badHealthPort: (typed: string) =>
      `STADSPANEL_HEALTH_PORT='${typed}' is geen poort. Schrijf een getal, zoals STADSPANEL_HEALTH_PORT=8081.`,
    healthPortTaken: (port: number) =>
      `Poort ${port} voor STADSPANEL_HEALTH_PORT is al in gebruik of niet toegestaan. Kies een andere poort.`,
    demoNeedsDemoRoster: (dir: string) =>
      `Demodata werkt alleen met de demoledenlijst. Er staat een config.json in ${dir}; ik voeg niets toe.`,
    demoHasData: (dir: string) => `${dir} heeft al gegevens; ik voeg geen demodata toe.`,
    demoFilled: (dir: string, counts: DemoCounts) =>
      `Demodata klaargezet in ${dir}: ${counts.advice} adviesverzoeken, ${counts.developments} ontwikkelingen, ` +
      `${counts.meetings} overleggen, ${counts.notes} notities, ${counts.expenses} uitgaven. Probeer /advies lijst of /budget.`,
  },
  en: {
    notStarting: (why: string) => `The bot does not start. ${why}`,
    unexpected: 'The bot does not start because of an unexpected error',
    siteNotBuilt: (why: string) => `The website was not built. ${why}`,
    siteFailed: (why: string) => `The website was not built because of an unexpected error: ${why}`,
    unknownOption: (typed: string, near: string | undefined, known: string) =>
      `I don't know '${typed}'.${near ? ` Did you mean --${near}?` : ''} I know: ${known}.`,
    demoRoster: (path: string) => `No ${path}: the demo roster is used.`,
    valid: (path: string, members: number) =>
      `${path} is all right (${members} ${members === 1 ? 'member' : 'members'}).`,
    badNow: (typed: string) =>
      `STADSPANEL_NOW='${typed}' is not a time. Write for example STADSPANEL_NOW=2026-11-30T09:00.`,
    badHealthPort: (typed: string) =>
      `STADSPANEL_HEALTH_PORT='${typed}' is not a port. Write a number, like STADSPANEL_HEALTH_PORT=8081.`,
    healthPortTaken: (port: number) =>
      `Port ${port} for STADSPANEL_HEALTH_PORT is already in use or not allowed. Choose another port.`,
    demoNeedsDemoRoster: (dir: string) =>
      `Demo data only works with the demo roster. There is a config.json in ${dir}; I add nothing.`,
    demoHasData: (dir: string) => `${dir} already holds data; I add no demo data.`,
    demoFilled: (dir: string, counts: DemoCounts) =>
      `Demo data is ready in ${dir}: ${counts.advice} advice requests, ${counts.developments} developments, ` +
      `${counts.meetings} meetings, ${counts.notes} notes, ${counts.expenses} expenses. Try /advice list or /budget.`,
  },
} satisfies Record<Lang, unknown>;

export interface DemoCounts {
  readonly advice: number;
  readonly developments: number;
  readonly meetings: number;
  readonly notes: number;
  readonly expenses: number;
}
