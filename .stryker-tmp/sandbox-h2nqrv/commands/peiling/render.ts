// @ts-nocheck
import { context, heading, list, message, paragraph, type RichMessage } from '../../src/port/rich-message.ts';
import type { RenderScope } from '../../src/render/render-scope.ts';
import type { Poll } from '../../src/store/schema.ts';
import { formatLongDate, localDate } from '../../src/time/time.ts';
import { pollMessages } from './messages.ts';
import { NUMBERS, tally } from './poll.ts';

const dateOf = (scope: RenderScope, date: string) => formatLongDate(date, scope.lang);

/** The options with their counts: `1️⃣ di 14 jan — 3 stemmen`. A secret poll shows counts only once closed. */
function optionLines(scope: RenderScope, poll: Poll): string[] {
  const m = pollMessages[scope.lang];
  const counts = tally(poll);
  const shown = !poll.secret || poll.closed !== undefined;
  return poll.options.map(
    (option, index) => `${NUMBERS[index]} ${option}${shown ? ` — ${m.votes(counts[index] ?? 0)}` : ''}`,
  );
}

function voterCount(poll: Poll): number {
  return poll.secret ? tally(poll).reduce((sum, count) => sum + count, 0) : poll.votes.length;
}

/** The poll's own message: the question, the options with their counts, how to vote, until when. */
export function pollMessage(scope: RenderScope, poll: Poll): RichMessage {
  const m = pollMessages[scope.lang];
  const footer = poll.closed
    ? m.closedOn(dateOf(scope, localDate(new Date(poll.closed.at), scope.config.timezone)))
    : poll.until && m.until(dateOf(scope, poll.until));
  return message(
    heading(m.title(poll.id, poll.title)),
    list(optionLines(scope, poll)),
    paragraph(m.voters(voterCount(poll))),
    !poll.closed &&
      paragraph(
        poll.secret
          ? m.howToVoteSecret(poll.id)
          : m.howToVote(NUMBERS.slice(0, poll.options.length).join(' ')),
      ),
    footer ? context(footer) : undefined,
  );
}

/** The result, posted in the poll's thread when it closes. */
export function resultMessage(scope: RenderScope, poll: Poll, why: string): RichMessage {
  const m = pollMessages[scope.lang];
  const counts = tally(poll);
  const most = Math.max(...counts);
  const top = poll.options.filter((_, index) => counts[index] === most);
  const verdict =
    most === 0
      ? m.noVotes
      : top.length === 1
        ? m.winner(top[0]!, m.votes(most))
        : m.tie(top.join(', '), m.votes(most));
  return message(
    heading(m.result(poll.id, poll.title)),
    list(optionLines(scope, poll)),
    paragraph(`${verdict} ${m.voters(voterCount(poll))}`),
    context(why),
  );
}

/** One line for a list or the digest: `PEI-2026-001 Wanneer…? — 3 stemmen, open tot en met 20 januari 2027`. */
export function pollLine(scope: RenderScope, poll: Poll): string {
  const m = pollMessages[scope.lang];
  return m.listLine(poll.id, poll.title, m.votes(voterCount(poll)), poll.until && dateOf(scope, poll.until));
}
