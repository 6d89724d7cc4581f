import type { Correction, Db, Expense } from '../store/schema.ts';

/**
 * Privacy by design (AVG) as pure functions: what the store holds about a member, how a
 * former member is forgotten, and how old receipts are erased. Records and totals stay.
 */
export interface PersonalRecords {
  readonly requestsOpened: readonly string[];
  readonly stepsTaken: number;
  readonly decisions: readonly string[];
  readonly expensesAnnounced: readonly string[];
  readonly approvals: readonly string[];
  readonly receipts: number;
  readonly payments: readonly string[];
  readonly developmentsReported: readonly string[];
  readonly meetingsAttended: readonly string[];
  readonly actions: readonly string[];
  readonly notesWritten: readonly string[];
  readonly signatures: readonly string[];
}

export function personalRecords(db: Db, id: string): PersonalRecords {
  const ids = <T extends { id: string }>(items: readonly T[], match: (item: T) => boolean) =>
    items.filter(match).map((item) => item.id);
  return {
    requestsOpened: ids(db.adviceRequests, (request) => request.openedBy === id),
    stepsTaken:
      db.adviceRequests.flatMap((request) => request.history).filter((change) => change.by === id).length +
      db.expenses.flatMap((expense) => expense.history).filter((change) => change.by === id).length,
    decisions: ids(db.decisions, (decision) => decision.by === id),
    expensesAnnounced: ids(db.expenses, (expense) => expense.announcedBy === id),
    approvals: ids(db.expenses, (expense) => expense.approval?.by === id || expense.rejection?.by === id),
    receipts: db.expenses.flatMap((expense) => expense.receipts).filter((receipt) => receipt.by === id)
      .length,
    payments: ids(db.expenses, (expense) => expense.paid?.by === id),
    developmentsReported: ids(db.developments, (development) => development.reportedBy === id),
    meetingsAttended: ids(db.meetings, (meeting) => meeting.attendees.includes(id)),
    actions: db.actionPoints
      .filter((action) => action.owner === id)
      .map((action) => `${action.meeting}: ${action.text}`),
    notesWritten: ids(db.notes, (note) => note.createdBy === id),
    signatures: ids(db.notes, (note) =>
      [note, ...(note.versions ?? [])].some((version) => version.signatures.some((s) => s.by === id)),
    ),
  };
}

/** Whether the store mentions this member id anywhere. */
export function mentions(db: Db, id: string): boolean {
  return (
    Object.values(personalRecords(db, id)).some((value) =>
      typeof value === 'number' ? value > 0 : value.length > 0,
    ) ||
    db.adviceRequests.some((r) => r.advice?.by === id || r.declined?.by === id || r.answer?.by === id) ||
    db.meetings.some((m) => m.plannedBy === id || m.minutes.some((e) => e.by === id)) ||
    db.actionPoints.some((a) => a.by === id || a.done?.by === id || a.removed?.by === id) ||
    db.developments.some((d) => d.phases.some((p) => p.by === id)) ||
    db.expenses.some((e) => e.receipts.some((r) => r.by === id))
  );
}

/** Replaces a member id by a neutral label in every record; counts and links stay as they were. */
export function replaceMember(db: Db, from: string, to: string): void {
  const swap = (value: string) => (value === from ? to : value);
  const swapCorrections = (corrections: Correction[] | undefined) => {
    for (const correction of corrections ?? []) {
      correction.by = swap(correction.by);
      // Attendance corrections hold member ids, one list before and one after.
      if (correction.field === 'aanwezigen') {
        correction.before = correction.before.split(', ').map(swap).join(', ');
        correction.after = correction.after.split(', ').map(swap).join(', ');
      }
    }
  };
  for (const request of db.adviceRequests) {
    request.openedBy = swap(request.openedBy);
    for (const change of request.history) change.by = swap(change.by);
    if (request.advice) request.advice.by = swap(request.advice.by);
    if (request.declined) request.declined.by = swap(request.declined.by);
    if (request.answer) request.answer.by = swap(request.answer.by);
    swapCorrections(request.corrections);
  }
  for (const decision of db.decisions) {
    decision.by = swap(decision.by);
    for (const change of decision.changes ?? []) change.by = swap(change.by);
    if (decision.withdrawn) decision.withdrawn.by = swap(decision.withdrawn.by);
  }
  for (const expense of db.expenses) {
    expense.announcedBy = swap(expense.announcedBy);
    if (expense.approval) expense.approval.by = swap(expense.approval.by);
    if (expense.rejection) expense.rejection.by = swap(expense.rejection.by);
    if (expense.paid) expense.paid.by = swap(expense.paid.by);
    for (const receipt of expense.receipts) receipt.by = swap(receipt.by);
    for (const change of expense.history) change.by = swap(change.by);
    swapCorrections(expense.corrections);
  }
  for (const development of db.developments) {
    development.reportedBy = swap(development.reportedBy);
    for (const phase of development.phases) phase.by = swap(phase.by);
    swapCorrections(development.corrections);
  }
  for (const meeting of db.meetings) {
    meeting.plannedBy = swap(meeting.plannedBy);
    meeting.attendees = meeting.attendees.map(swap);
    for (const entry of meeting.minutes) {
      entry.by = swap(entry.by);
      if (entry.struck) entry.struck.by = swap(entry.struck.by);
    }
    swapCorrections(meeting.corrections);
  }
  for (const action of db.actionPoints) {
    action.owner = swap(action.owner);
    action.by = swap(action.by);
    if (action.done) action.done.by = swap(action.done.by);
    if (action.removed) action.removed.by = swap(action.removed.by);
    for (const correction of action.corrections ?? []) correction.by = swap(correction.by);
  }
  for (const note of db.notes) {
    note.createdBy = swap(note.createdBy);
    for (const signature of note.signatures) signature.by = swap(signature.by);
    for (const version of note.versions ?? []) {
      version.revisedBy = swap(version.revisedBy);
      for (const signature of version.signatures) signature.by = swap(signature.by);
    }
  }
}

/** The next neutral label for a forgotten member: `oud-lid-1`, `oud-lid-2`, … */
export function nextLabel(db: Db): string {
  return `oud-lid-${db.forgottenMembers.length + 1}`;
}

export const ERASED = '—';

/**
 * Removes the description and receipts of expenses paid more than `years` ago (the
 * Dutch fiscal retention term), keeping amount and category for the totals.
 */
export function expiredExpenses(db: Db, now: Date, years: number): Expense[] {
  const limit = new Date(now.getTime());
  limit.setUTCFullYear(limit.getUTCFullYear() - years);
  return db.expenses.filter(
    (expense) =>
      !expense.erasedAt &&
      expense.step === 'vergoed' &&
      expense.paid &&
      Date.parse(expense.paid.at) <= limit.getTime(),
  );
}

export function eraseExpired(db: Db, now: Date, years: number): string[] {
  const erased: string[] = [];
  for (const expense of expiredExpenses(db, now, years)) {
    expense.description = ERASED;
    for (const receipt of expense.receipts) receipt.text = ERASED;
    for (const change of expense.history) delete change.note;
    for (const correction of expense.corrections ?? []) {
      if (correction.field !== 'omschrijving') continue;
      correction.before = ERASED;
      correction.after = ERASED;
    }
    expense.erasedAt = now.toISOString();
    erased.push(expense.id);
  }
  return erased;
}
