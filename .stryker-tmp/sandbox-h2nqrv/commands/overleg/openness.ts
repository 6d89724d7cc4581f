// @ts-nocheck
import type { Args, CommandContext } from '../../src/core/command.ts';
import { opennessTexts } from '../../src/i18n/texts/openness.ts';
import { protectionOf } from '../../src/kit/confidentiality.ts';
import { type OpennessTarget, setProtection } from '../../src/kit/openness.ts';
import type { Meeting } from '../../src/store/schema.ts';

/**
 * `/overleg openbaarheid <OVL> <n> vertrouwelijk|openbaar …`: one minute line, by its number
 * in `/overleg toon`, instead of the whole meeting. Undefined when no number follows the id.
 */
export function minuteLine(
  context: CommandContext,
  meeting: Meeting,
  rest: Args,
): OpennessTarget | undefined {
  const typed = rest.word(0);
  if (typed === undefined || rest.words[0]!.quoted || !/^\d+$/.test(typed)) return undefined;
  const m = opennessTexts[context.lang];
  const line = Number(typed);
  const entry = meeting.minutes[line - 1];
  if (!entry) context.fail(m.noSuchLine(meeting.id, typed, meeting.minutes.length));
  return {
    id: meeting.id,
    what: m.line(line, meeting.id),
    now: protectionOf(entry),
    set: (to) => setProtection(entry, to),
    texts: [entry.text],
  };
}
