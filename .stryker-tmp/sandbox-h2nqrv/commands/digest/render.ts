// @ts-nocheck
import type { DigestPart } from '../../src/core/command.ts';
import { bar, usedShare } from '../../src/domain/budget.ts';
import type { Digest } from '../../src/domain/digest.ts';
import { adviceMessages } from '../../src/i18n/texts/advice.ts';
import { agreementNoticeLines, agreementTexts } from '../../src/i18n/texts/agreements.ts';
import { expenseMessages } from '../../src/i18n/texts/expenses.ts';
import { noteMessages } from '../../src/i18n/texts/notes.ts';
import {
  guardFor,
  isConfidential,
  type MentionGuard,
  type Protectable,
  visibleIn,
  withheldNote,
} from '../../src/kit/confidentiality.ts';
import {
  type Block,
  heading,
  list,
  message,
  paragraph,
  type RichMessage,
} from '../../src/port/rich-message.ts';
import { quarterLine, when } from '../../src/render/meeting.ts';
import { formatCents } from '../../src/render/money.ts';
import type { RenderScope } from '../../src/render/render-scope.ts';
import { formatDate, localDate } from '../../src/time/time.ts';
import { followUpHeadline, followUpSections } from './follow-up.ts';
import { digestMessages } from './messages.ts';

/**
 * Lines for the items a section shows. In a public channel confidential items are left
 * out and counted in one line, so no title, text or name of theirs is ever rendered.
 */
export function visible<T>(
  entries: readonly T[],
  item: (entry: T) => Protectable,
  forPublic: boolean,
  today: string,
  line: (entry: T) => string,
  hiddenLine: (count: number) => string,
  guard?: MentionGuard,
): string[] {
  const { shown, hidden } = visibleIn(entries, forPublic, today, item, guard);
  return [...shown.map(line), ...(hidden > 0 ? [hiddenLine(hidden)] : [])];
}

export function section(title: string, lines: readonly string[]): Block[] {
  return lines.length > 0 ? [paragraph(title), list(lines)] : [];
}

export function headline(scope: RenderScope, digest: Digest): string {
  const h = digestMessages[scope.lang].headline;
  const openCount = digest.open.reduce((sum, group) => sum + group.requests.length, 0);
  const parts = [
    digest.overdue.length > 0 && h.overdue(digest.overdue.length),
    digest.dueSoon.length > 0 && h.dueSoon(digest.dueSoon.length),
    digest.awaitingApproval.length > 0 && h.awaitingApproval(digest.awaitingApproval.length),
    digest.quarter.state === 'missing' && h.quarter,
    digest.notesAwaiting.length > 0 && h.notes(digest.notesAwaiting.length),
    digest.quietDevelopments.length > 0 && h.quiet(digest.quietDevelopments.length),
    ...followUpHeadline(scope, digest),
  ].filter((part): part is string => typeof part === 'string');
  if (parts.length === 0) return openCount > 0 ? `${h.open(openCount)}. ${h.allClear}` : h.allClear;
  const text = parts.join(', ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** The weekly digest; `forPublic` renders it for a public channel. */
export function digestMessage(
  scope: RenderScope,
  digest: Digest,
  forPublic: boolean,
  parts: readonly DigestPart[] = [],
): RichMessage {
  const m = digestMessages[scope.lang];
  const steps = adviceMessages[scope.lang].step;
  const guard = guardFor(scope.db, digest.today, forPublic);
  const date = (value: string) => formatDate(value, scope.lang);
  const money = (cents: number) => formatCents(cents, scope.lang);
  const answers = [
    ...visible(
      digest.overdue,
      (e) => e.request,
      forPublic,
      digest.today,
      (e) => `${e.request.id} ${e.request.title} — ${m.overdue(e.days, date(e.request.advice!.dueDate))}`,
      m.hidden.request,
      guard,
    ),
    ...visible(
      digest.dueSoon,
      (e) => e.request,
      forPublic,
      digest.today,
      (e) => `${e.request.id} ${e.request.title} — ${m.dueSoon(e.days, date(e.request.advice!.dueDate))}`,
      m.hidden.request,
      guard,
    ),
  ];
  const open = digest.open.flatMap((group) =>
    visible(
      group.requests,
      (e) => e.request,
      forPublic,
      digest.today,
      (e) => `${steps[group.step]}: ${e.request.id} ${e.request.title} (${m.age(e.age)})`,
      (n) => `${steps[group.step]}: ${m.hidden.request(n)}`,
      guard,
    ),
  );
  const awaiting = visibleIn(digest.awaitingApproval, forPublic, digest.today, undefined, guard);
  const expenses = [
    ...awaiting.shown.map(
      (expense) =>
        `${expense.id} ${money(expense.amount)} ${expense.category} — ${expense.description} (${scope.nameOf(expense.announcedBy)})`,
    ),
    ...(awaiting.hidden > 0 ? [withheldNote(scope.lang, awaiting.hidden, 'line')!] : []),
  ];
  const categories = expenseMessages[scope.lang].category;
  const budgetLines = [...digest.budget.categories, digest.budget.total]
    .filter((line) => line.category === 'totaal' || line.used > 0)
    .map((line) => {
      const label =
        line.category === 'totaal' ? expenseMessages[scope.lang].total : categories[line.category];
      const reserved = line.approved + line.announced;
      const share = usedShare(line);
      return share === undefined
        ? m.budgetNoCap(label, money(line.paid), money(reserved))
        : m.budgetLine(label, bar(share), money(line.paid), money(reserved), money(Math.max(0, line.left!)));
    });
  const next = digest.nextMeeting;
  const meetings = [
    next
      ? forPublic && (isConfidential(next, digest.today) || guard?.namedBy(next))
        ? m.nextConfidential
        : m.next(`${next.id} ${when(scope, next)} ${next.title}`)
      : m.noNext,
    ...(digest.quarter.state === 'missing' ? [quarterLine(scope, digest.quarter)] : []),
  ];
  const quiet = visible(
    digest.quietDevelopments,
    (d) => d,
    forPublic,
    digest.today,
    (d) =>
      `${d.id} ${d.title} (${m.reported(date(localDate(new Date(d.reportedAt), scope.config.timezone)))})`,
    m.hidden.development,
    guard,
  );
  const sides = noteMessages[scope.lang].side;
  const notes = visible(
    digest.notesAwaiting,
    (e) => e.note,
    forPublic,
    digest.today,
    (e) => `${e.note.id} ${e.note.title} — ${m.awaitingSides(e.sides.map((side) => sides[side]).join(', '))}`,
    m.hidden.note,
    guard,
  );
  return message(
    heading(m.title(date(digest.today))),
    paragraph(headline(scope, digest)),
    ...section(m.sections.answers, answers),
    ...section(m.sections.open, open),
    ...section(m.sections.expenses, expenses),
    ...section(m.sections.budget(digest.budget.year), digest.budget.total.used > 0 ? budgetLines : []),
    ...section(m.sections.meetings, meetings),
    ...section(m.sections.quiet, quiet),
    ...section(m.sections.notes, notes),
    ...followUpSections(scope, digest, forPublic),
    ...section(agreementTexts[scope.lang].digestTitle, agreementNoticeLines(digest.agreement, scope.lang)),
    // What other commands add (open polls), each as its own section.
    ...parts.flatMap((part) => section(part.title, part.lines)),
  );
}
