// @ts-nocheck
import type { Args, CommandContext } from '../../src/core/command.ts';
import { isApproved, lastDayOf, pendingVersion } from '../../src/domain/agreements.ts';
import { describePeriod } from '../../src/i18n/texts/agreements.ts';
import { nextId } from '../../src/kit/items.ts';
import { termsAt } from '../../src/kit/terms.ts';
import { dateOrFail } from '../../src/parse/arguments.ts';
import type { Agreement, AgreementVersion, Db } from '../../src/store/schema.ts';
import { formatDate } from '../../src/time/time.ts';
import { AGREEMENT, agreementFrom, announceVersion } from './kind.ts';
import { agreementMessages } from './messages.ts';
import { refuseOverlap } from './overlap.ts';
import { versionMessage } from './render.ts';
import { namesATerm, termsFromOptions } from './terms.ts';

/** The next free id of the year: the first agreement's id (`AFS-2022-001`) takes no number from the counters. */
function freshId(db: Db, year: number): string {
  let id = nextId(db, AGREEMENT.prefix, year);
  while (db.agreements.some((agreement) => agreement.id === id)) id = nextId(db, AGREEMENT.prefix, year);
  return id;
}

/** `/afspraak nieuw <van> <tot> bestanden:… kosten:… expertise:… totaal:… termijn:…`: a proposal (8b). */
export async function propose(context: CommandContext, args: Args): Promise<void> {
  const m = agreementMessages[context.lang];
  const [fromText, toText] = [args.word(0), args.word(1)];
  if (fromText === undefined || toText === undefined) context.fail(m.needPeriod);
  const from = dateOrFail(context, fromText);
  const to = dateOrFail(context, toText);
  if (to <= from) context.fail(m.badPeriod(formatDate(from, context.lang), formatDate(to, context.lang)));
  // What the proposal does not name stays as the terms the bot uses on its first day.
  const terms = termsFromOptions(context, args, termsAt(context, from).terms);
  refuseOverlap(context, from, to);
  const created = await context.transact(
    'afspraak.nieuw',
    (db) => {
      const entry: Agreement = {
        id: freshId(db, context.year),
        confidentiality: 'openbaar',
        from,
        to,
        versions: [
          {
            number: 1,
            from,
            terms,
            proposedBy: context.actor.id,
            proposedAt: context.now.toISOString(),
            approvals: [],
          },
        ],
      };
      db.agreements.push(entry);
      return entry;
    },
    (entry) => entry.id,
  );
  const version = created.versions[0]!;
  await announceVersion(context, created, version, versionMessage(context, created, version, true));
}

/**
 * `/afspraak wijzig <AFS> kosten:3.500 [vanaf:<datum>]`: a new version of the same
 * agreement, over the terms of the newest one. A version still awaiting approval is
 * replaced (its approvals lapse); an approved one stays until the new one is approved.
 */
export async function amend(context: CommandContext, args: Args): Promise<void> {
  const m = agreementMessages[context.lang];
  const { agreement } = agreementFrom(context, args);
  if (agreement.ended) context.fail(m.ended(agreement.id));
  if (!namesATerm(args)) context.fail(m.nothingChanged(agreement.id));
  const newest = agreement.versions.at(-1)!;
  const terms = termsFromOptions(context, args, newest.terms);
  const typedFrom = args.options.get('vanaf');
  const approved = isApproved(agreement);
  const from =
    typedFrom !== undefined
      ? dateOrFail(context, typedFrom)
      : !approved || context.today < agreement.from
        ? agreement.from
        : context.today;
  const period = describePeriod(agreement.from, lastDayOf(agreement), context.lang);
  if (from < agreement.from || from > lastDayOf(agreement))
    context.fail(m.fromOutside(formatDate(from, context.lang), period));
  // A first version that is not approved yet starts the agreement: it keeps the agreement's start.
  const replacing = pendingVersion(agreement);
  const start = replacing?.number === 1 ? agreement.from : from;
  const version = await context.transact(
    'afspraak.wijzig',
    () => {
      const proposal: AgreementVersion = {
        number: replacing ? replacing.number : newest.number + 1,
        from: start,
        terms,
        proposedBy: context.actor.id,
        proposedAt: context.now.toISOString(),
        approvals: [],
      };
      if (replacing) agreement.versions.splice(agreement.versions.length - 1, 1, proposal);
      else agreement.versions.push(proposal);
      return proposal;
    },
    () => agreement.id,
  );
  await announceVersion(context, agreement, version, versionMessage(context, agreement, version, true));
}
