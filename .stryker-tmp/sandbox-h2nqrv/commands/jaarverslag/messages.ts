// @ts-nocheck
import type { Lang } from '../../src/i18n/lang.ts';

export type ReportFormat = 'markdown' | 'html' | 'csv';

const nl = {
  fileComment: (year: number, format: ReportFormat, internal: boolean) =>
    `📎 Het jaarverslag ${year} ${
      format === 'markdown'
        ? 'als Markdown-bestand'
        : format === 'html'
          ? 'als pagina om af te drukken op A4 (open hem in een browser en kies Afdrukken)'
          : 'als tabel voor een rekenblad (CSV)'
    }, om bij de evaluatie te voegen. ${
      internal
        ? 'Dit is de interne versie, met vertrouwelijke verzoeken (🔒): deel hem niet buiten het panel en de gemeente.'
        : 'Dit is de openbare versie, zonder vertrouwelijke verzoeken.'
    }`,
  badWord: (typed: string) =>
    `'${typed}' begrijp ik hier niet. Schrijf: /jaarverslag [jaar] [markdown|html|csv].`,
};

export type ReportMessages = typeof nl;

const en: ReportMessages = {
  fileComment: (year, format, internal) =>
    `📎 The yearly report ${year} ${
      format === 'markdown'
        ? 'as a Markdown file'
        : format === 'html'
          ? 'as a page to print on A4 (open it in a browser and choose Print)'
          : 'as a table for a spreadsheet (CSV)'
    }, to add to the evaluation. ${
      internal
        ? 'This is the internal version, with confidential requests (🔒): do not share it outside the panel and the municipality.'
        : 'This is the public version, without confidential requests.'
    }`,
  badWord: (typed) => `I don't understand '${typed}' here. Write: /report [year] [markdown|html|csv].`,
};

export const reportMessages: Record<Lang, ReportMessages> = { nl, en };
