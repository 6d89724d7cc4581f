// @ts-nocheck
import { lastDayOf, missingSides, statusOn } from '../../src/domain/agreements.ts';
import {
  agreementTexts,
  describePeriod,
  describeTerms,
  sidesAwaiting,
} from '../../src/i18n/texts/agreements.ts';
import { context, fields, heading, message, type RichMessage } from '../../src/port/rich-message.ts';
import { dayOf, type RenderScope } from '../../src/render/render-scope.ts';
import type { Agreement, AgreementVersion } from '../../src/store/schema.ts';
import { formatDate } from '../../src/time/time.ts';
import { agreementMessages } from './messages.ts';

export function periodOf(scope: RenderScope, agreement: Agreement): string {
  return describePeriod(agreement.from, lastDayOf(agreement), scope.lang);
}

function articlesOf(version: AgreementVersion): string {
  return Object.entries(version.terms.articles)
    .map(([term, article]) => `${term} ${article}`)
    .join(', ');
}

/** Who approved a version and when; the first agreement was recorded by the bot. */
export function approvalsOf(scope: RenderScope, version: AgreementVersion): string {
  const m = agreementMessages[scope.lang];
  if (version.recorded) return m.recorded;
  const sides = agreementTexts[scope.lang].side;
  return version.approvals
    .map((approval) =>
      m.approvalBy(scope.nameOf(approval.by), sides[approval.side], dayOf(scope, approval.at)),
    )
    .join('; ');
}

export function waitingFor(scope: RenderScope, version: AgreementVersion): string {
  return sidesAwaiting(missingSides(version), scope.lang);
}

/** One version of an agreement: its period, state, terms, and who proposed and approved it. */
export function versionMessage(
  scope: RenderScope,
  agreement: Agreement,
  version: AgreementVersion,
  withHint = false,
): RichMessage {
  const m = agreementMessages[scope.lang];
  const approved = version.inForceAt !== undefined;
  const title = version.number === 1 ? m.title(agreement.id) : m.versionTitle(agreement.id, version.number);
  const ended = agreement.ended;
  return message(
    heading(title),
    fields([
      { label: m.labels.period, value: periodOf(scope, agreement) },
      { label: m.labels.status, value: m.status[statusOn(agreement, scope.today)] },
      ...(version.number > 1 ? [{ label: m.labels.from, value: formatDate(version.from, scope.lang) }] : []),
      { label: m.labels.terms, value: describeTerms(version.terms, scope.lang) },
      { label: m.labels.articles, value: articlesOf(version) },
      ...(version.proposedBy
        ? [
            {
              label: m.labels.proposed,
              value: `${scope.nameOf(version.proposedBy)}, ${dayOf(scope, version.proposedAt)}`,
            },
          ]
        : []),
      ...(version.approvals.length > 0 || version.recorded
        ? [{ label: m.labels.approved, value: approvalsOf(scope, version) }]
        : []),
      ...(!approved && !ended ? [{ label: m.labels.waiting, value: waitingFor(scope, version) }] : []),
      ...(ended
        ? [
            {
              label: m.labels.ended,
              value: m.endedBy(
                formatDate(ended.on, scope.lang),
                scope.nameOf(ended.by),
                agreementTexts[scope.lang].side[ended.side],
                ended.reason,
              ),
            },
          ]
        : []),
    ]),
    withHint && !approved && !ended && context(m.hint(agreement.id)),
  );
}
