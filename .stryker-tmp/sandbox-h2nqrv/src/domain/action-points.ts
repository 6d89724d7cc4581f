// @ts-nocheck
import type { ActionPoint, Db } from '../store/schema.ts';
import { type CalendarDate, daysBetween } from '../time/time.ts';

/**
 * Action points from meetings as pure rules: which are open, whose they are, and when
 * the owner is reminded (the day before the due date, and once when it is overdue).
 */
export type ActionReminder = 'before' | 'overdue';

/** The action points of a meeting, in order, without removed ones. */
export function actionPointsOf(db: Db, meetingId: string): ActionPoint[] {
  return db.actionPoints.filter((point) => point.meeting === meetingId && !point.removed);
}

export function isOpenAction(point: ActionPoint): boolean {
  return !point.done && !point.removed;
}

export function dueActionReminder(point: ActionPoint, today: CalendarDate): ActionReminder | undefined {
  if (!isOpenAction(point) || !point.due) return undefined;
  const days = daysBetween(today, point.due);
  if (days < 0) return point.reminders.overdue ? undefined : 'overdue';
  if (days <= 1) return point.reminders.before ? undefined : 'before';
  return undefined;
}

/** Open action points grouped by owner (owners in order of first appearance), oldest due first. */
export function openByOwner(points: readonly ActionPoint[]): Array<{ owner: string; points: ActionPoint[] }> {
  const groups = new Map<string, ActionPoint[]>();
  for (const point of points.filter(isOpenAction)) {
    groups.set(point.owner, [...(groups.get(point.owner) ?? []), point]);
  }
  return [...groups.entries()].map(([owner, list]) => ({
    owner,
    points: list.sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999')),
  }));
}
