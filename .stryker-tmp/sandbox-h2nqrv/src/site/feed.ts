// @ts-nocheck
import type { SiteModel } from './model.ts';
import { siteTexts } from './texts.ts';

/** One entry of the Atom feed: new advice, answers and meeting reports. */
export interface FeedEntry {
  readonly id: string;
  readonly title: string;
  readonly path: string;
  readonly updated: string;
  readonly summary: string;
}

export interface Feed {
  readonly title: string;
  readonly id: string;
  readonly updated: string;
  readonly baseUrl: string | undefined;
  readonly entries: readonly FeedEntry[];
}

const LATEST = 50;

/**
 * The newest public news, newest first. Ids are stable (`…/adviezen/ADV-2026-001.html#advies`
 * with a base address, `urn:stadspanel:…` without), so readers do not show an entry twice.
 */
export function siteFeed(model: SiteModel, siteTitle: string, baseUrl: string | undefined): Feed {
  const t = siteTexts[model.lang];
  const base = baseUrl?.replace(/\/?$/, '/');
  const idFor = (path: string, part: string) =>
    base ? `${base}${path}#${part}` : `urn:stadspanel:${path.replace(/[/.]/g, ':')}:${part}`;
  const entries: FeedEntry[] = [];
  for (const entry of model.requests) {
    const path = `adviezen/${entry.id}.html`;
    const { advice, answer } = entry.request;
    if (advice) {
      entries.push({
        id: idFor(path, 'advies'),
        title: t.feed.advice(entry.id, entry.title),
        path,
        updated: advice.at,
        summary: entry.texts.summary ?? t.advice.withheld,
      });
    }
    if (answer) {
      entries.push({
        id: idFor(path, 'antwoord'),
        title: t.feed.answer(entry.id, entry.title),
        path,
        updated: answer.at,
        summary: t.answerDecision[answer.decision],
      });
    }
  }
  for (const { meeting, minutes } of model.meetings) {
    const path = `overleggen/${meeting.id}.html`;
    entries.push({
      id: idFor(path, 'verslag'),
      title: t.feed.meeting(meeting.id, meeting.title),
      path,
      updated: meeting.summaryPostedAt!,
      summary: minutes.join(' ') || t.meetings.nothing,
    });
  }
  const newest = entries
    .sort((a, b) => b.updated.localeCompare(a.updated) || a.id.localeCompare(b.id))
    .slice(0, LATEST)
    .map((entry) => ({ ...entry, updated: new Date(entry.updated).toISOString() }));
  return {
    title: t.feed.title(siteTitle),
    id: base ? `${base}feed.xml` : 'urn:stadspanel:feed',
    updated: newest[0]?.updated ?? `${model.today}T00:00:00.000Z`,
    baseUrl: base,
    entries: newest,
  };
}
