// @ts-nocheck
import type { CommandSpec } from '../../src/core/command.ts';
import { approvalByReaction } from '../../src/domain/agreements.ts';
import type { Role } from '../../src/domain/roles.ts';
import { CHAIR } from '../../src/domain/roles.ts';
import { approve, end, onReaction } from './approve.ts';
import { AGREEMENT } from './kind.ts';
import { amend, propose } from './propose.ts';
import { TERM_OPTIONS } from './terms.ts';
import { history, show } from './view.ts';

/** Who approves or ends for a side (8b, 8c); the handler narrows `gemeente` to members marked approver. */
const BOTH_SIDES: readonly Role[] = [...CHAIR, 'programmamanager', 'gemeente'];
const BOTH_SIDES_WHO = {
  nl: 'de voorzitter of secretaris (panel), of de programmamanager of een gemeentelid dat goedkeurder is (gemeente)',
  en: 'the chair or secretary (panel), or the programme manager or a municipal member marked as approver (municipality)',
};
const TERMS_USAGE = 'bestanden:<bedrag> kosten:<bedrag> expertise:<bedrag> totaal:<bedrag> termijn:<dagen>';
const TERMS_USAGE_EN = 'bestanden:<amount> kosten:<amount> expertise:<amount> totaal:<amount> termijn:<days>';

export const afspraak: CommandSpec = {
  name: 'afspraak',
  en: 'agreement',
  aliases: ['samenwerkingsafspraak'],
  summary: {
    nl: 'De samenwerkingsafspraak: periode, plafonds en reactietermijn; nieuwe en gewijzigde afspraken, goedgekeurd door panel en gemeente (afspraak 8).',
    en: 'The collaboration agreement: period, caps and answer window; new and amended agreements, approved by panel and municipality (agreement 8).',
  },
  items: {
    kind: AGREEMENT,
    collection: 'agreements',
    plural: { nl: 'Samenwerkingsafspraken', en: 'Collaboration agreements' },
  },
  reads: [''],
  reactions: { handle: onReaction, findReaction: approvalByReaction },
  subcommands: [
    {
      name: '',
      bare: true,
      usage: { nl: '/afspraak [AFS]', en: '/afspraak [AFS]' },
      summary: {
        nl: 'De afspraak die vandaag geldt: periode, voorwaarden, wie hem goedkeurde en wanneer; en wat op goedkeuring wacht.',
        en: 'The agreement in force today: period, terms, who approved it and when; and what awaits approval.',
      },
      allowed: 'everyone',
      changes: false,
      maxWords: 1,
      run: show,
    },
    {
      name: 'nieuw',
      en: 'new',
      usage: {
        nl: `/afspraak nieuw <van> <tot> ${TERMS_USAGE}`,
        en: `/afspraak nieuw <from> <to> ${TERMS_USAGE_EN}`,
      },
      summary: {
        nl: 'Een nieuwe afspraak voorstellen. Bedragen zoals de afspraak ze schrijft (2.000, € 2.000, 2000,00); wat je niet noemt, blijft zoals het was.',
        en: 'Propose a new agreement. Amounts as you write them (2,000, € 2,000, 2000.00); what you do not name stays as it was.',
      },
      allowed: CHAIR,
      changes: true,
      options: [...TERM_OPTIONS],
      maxWords: 2,
      run: propose,
    },
    {
      name: 'wijzig',
      en: 'change',
      usage: {
        nl: '/afspraak wijzig <AFS> kosten:<bedrag> [vanaf:<datum>]',
        en: '/afspraak wijzig <AFS> kosten:<amount> [vanaf:<date>]',
      },
      summary: {
        nl: 'Een nieuwe versie van dezelfde afspraak voorstellen, vanaf een datum; tot beide kanten hebben goedgekeurd, geldt de vorige.',
        en: 'Propose a new version of the same agreement, from a date; until both sides approved, the previous one applies.',
      },
      allowed: CHAIR,
      changes: true,
      options: [...TERM_OPTIONS, 'vanaf'],
      maxWords: 1,
      run: amend,
    },
    {
      name: 'goedkeuren',
      en: 'approve',
      usage: { nl: '/afspraak goedkeuren <AFS>', en: '/afspraak goedkeuren <AFS>' },
      summary: {
        nl: 'Goedkeuren namens je kant (panel of gemeente); ook met ✅ onder het voorstel. Pas met beide kanten geldt het.',
        en: 'Approve for your side (panel or municipality); also with ✅ under the proposal. It applies only with both sides.',
      },
      allowed: BOTH_SIDES,
      who: BOTH_SIDES_WHO,
      changes: true,
      maxWords: 1,
      run: approve,
    },
    {
      name: 'opzeggen',
      en: 'end',
      usage: {
        nl: '/afspraak opzeggen <AFS> [tot:<datum>] <reden>',
        en: '/afspraak opzeggen <AFS> [tot:<date>] <reason>',
      },
      summary: {
        nl: 'De afspraak beëindigen (8c), door een van beide kanten; hij geldt tot en met vandaag of de datum bij tot:.',
        en: 'End the agreement (8c), by either side; it applies up to and including today or the date given with until:.',
      },
      allowed: BOTH_SIDES,
      who: BOTH_SIDES_WHO,
      changes: true,
      options: ['tot'],
      run: end,
    },
    {
      name: 'geschiedenis',
      en: 'history',
      usage: { nl: '/afspraak geschiedenis', en: '/afspraak geschiedenis' },
      summary: {
        nl: 'Elke versie van elke afspraak: vanaf wanneer, de voorwaarden, en wie goedkeurde.',
        en: 'Every version of every agreement: from when, its terms, and who approved it.',
      },
      allowed: 'everyone',
      changes: false,
      maxWords: 0,
      run: history,
    },
  ],
};
