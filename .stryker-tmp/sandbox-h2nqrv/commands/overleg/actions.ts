// @ts-nocheck
import type { Args, CommandContext, SubcommandSpec } from '../../src/core/command.ts';
import { CHAIR } from '../../src/domain/roles.ts';
import { actionMessages } from '../../src/i18n/texts/actions.ts';
import { meetingMessages } from '../../src/i18n/texts/meetings.ts';
import { correctAction, removeAction } from '../../src/kit/action-point-changes.ts';
import { takeConfidentialMark } from '../../src/kit/confidential-mark.ts';
import type { Protectable } from '../../src/kit/confidentiality.ts';
import { nextId } from '../../src/kit/items.ts';
import { longestMatch } from '../../src/kit/roster.ts';
import { dateOrFail, findOrFail, takeItemId, textOrFail } from '../../src/parse/arguments.ts';
import { parseItemId } from '../../src/parse/values.ts';
import { refToString } from '../../src/port/events.ts';
import { actionMessage } from '../../src/render/action.ts';
import type { ActionPoint, Meeting } from '../../src/store/schema.ts';
import { MEETING } from './kind.ts';

const CHANGE = new Set(['wijzig', 'change']);
const REMOVE = new Set(['schrap', 'remove']);

/**
 * `/overleg actie <OVL> <naam> <tekst> [voor:<datum>]`: a new action point, an item of
 * its own (`ACT-2026-001`) whose line goes into the meeting's thread. With `wijzig <n>` or
 * `schrap <n>` it corrects or removes the n-th action point of the meeting instead.
 */
async function action(context: CommandContext, args: Args): Promise<void> {
  const { id, rest } = takeItemId(context, args, MEETING);
  const target = findOrFail(context, 'meetings', id);
  const verb = rest.word(0)?.toLowerCase() ?? '';
  if ((CHANGE.has(verb) || REMOVE.has(verb)) && rest.words.length >= 2) {
    const point = numbered(context, target, rest.word(1)!);
    if (REMOVE.has(verb)) await removeAction(context, point);
    else
      await correctAction(
        context,
        point,
        rest.rest(2).slice(0, 1_000) || undefined,
        rest.options.get('voor'),
      );
    return;
  }
  await add(context, target, rest);
}

/** The n-th action point of a meeting (as `/overleg toon` numbers them), or one by its ACT id. */
function numbered(context: CommandContext, target: Meeting, word: string): ActionPoint {
  const points = context.db.actionPoints.filter((point) => point.meeting === target.id);
  const parts = parseItemId(word, context.year);
  if (parts?.prefix === 'ACT') {
    const found = points.find(
      (point) => point.id === `ACT-${parts.year}-${String(parts.number).padStart(3, '0')}`,
    );
    if (found) return found;
  }
  const index = /^\d+$/.test(word) ? Number(word) : 0;
  const point = points[index - 1];
  if (!point) context.fail(actionMessages[context.lang].noNumber(target.id, points.length));
  return point;
}

async function add(context: CommandContext, target: Meeting, args: Args): Promise<void> {
  const m = meetingMessages[context.lang];
  // `vertrouwelijk` before the owner, before the text, or after the quoted text.
  const first = takeConfidentialMark(args);
  const words = first.rest.words.map((word) => word.value);
  if (words.length === 0) context.fail(context.t.missingArgument(m.whatAction, context.usage));
  const owner = longestMatch(context.config.members, words);
  if (!owner) context.fail(m.unknownOwner(words[0]!));
  const second = takeConfidentialMark(first.rest, owner.length);
  const rest = second.rest;
  const text = textOrFail(context, rest, m.whatActionText, owner.length, 1_000);
  const protection: Protectable =
    first.marked || second.marked ? { confidentiality: 'vertrouwelijk' } : target;
  const dueText = rest.options.get('voor');
  const due = dueText ? dateOrFail(context, dueText) : undefined;
  const created = await context.transact(
    'overleg.actie',
    (db) => {
      const point: ActionPoint = {
        id: nextId(db, 'ACT', context.year),
        meeting: target.id,
        owner: owner.member.id,
        text,
        ...(due ? { due } : {}),
        confidentiality: protection.confidentiality,
        ...(protection.confidentialUntil ? { confidentialUntil: protection.confidentialUntil } : {}),
        by: context.actor.id,
        at: context.now.toISOString(),
        reminders: {},
      };
      db.actionPoints.push(point);
      return point;
    },
    (point) => point.id,
  );
  // Its own line in the meeting's thread is the answer; that message is the action point's.
  const posted = await context.respondInThread(target.message, actionMessage(context, created));
  if (!posted) return;
  await context.transact(
    'actie.bericht',
    () => {
      created.message = refToString(posted);
    },
    () => created.id,
  );
}

export const actionSubcommand: SubcommandSpec = {
  name: 'actie',
  en: 'action',
  usage: {
    nl: '/overleg actie <OVL> <naam> <tekst> [voor:<datum>] · /overleg actie <OVL> wijzig <n> <tekst> · /overleg actie <OVL> schrap <n>',
    en: '/overleg actie <OVL> <name> <text> [voor:<date>] · action <OVL> change <n> <text> · action <OVL> remove <n>',
  },
  summary: {
    nl: 'Een actiepunt met eigenaar (en datum) toevoegen, of actiepunt n verbeteren of schrappen.',
    en: 'Add an action point with its owner (and date), or correct or remove action point n.',
  },
  allowed: CHAIR,
  changes: true,
  options: ['voor'],
  run: action,
};
