// @ts-nocheck
import type { Args, CommandContext, CommandSpec } from '../../src/core/command.ts';
import { isOpenAction } from '../../src/domain/action-points.ts';
import { actionMessages } from '../../src/i18n/texts/actions.ts';
import { visibleHere } from '../../src/kit/confidentiality.ts';
import { actionText } from '../../src/render/action.ts';
import { hiddenNote, listMessage } from '../../src/render/render-scope.ts';

const FILTERS: Record<string, string> = {
  open: 'open',
  mijn: 'mijn',
  mine: 'mijn',
  alle: 'alle',
  all: 'alle',
};

/** `/acties [mijn|alle]`: the open action points (yours, or all including done ones), soonest due first. */
async function list(context: CommandContext, args: Args): Promise<void> {
  const a = actionMessages[context.lang];
  const typed = (args.word(0) ?? 'open').toLowerCase();
  // Own keys only: `__proto__` or `constructor` is no filter.
  const filter = Object.hasOwn(FILTERS, typed) ? FILTERS[typed] : undefined;
  if (!filter) context.fail(a.unknownFilter(typed));
  const matching = context.db.actionPoints
    .filter((point) => !point.removed)
    .filter((point) => (filter === 'alle' ? true : isOpenAction(point)))
    .filter((point) => (filter === 'mijn' ? point.owner === context.actor.id : true))
    .sort((x, y) => (x.due ?? '9999').localeCompare(y.due ?? '9999') || x.id.localeCompare(y.id));
  const { shown, hidden } = visibleHere(context, matching);
  await context.respond(
    listMessage({
      title: a.listTitle(a.filters[filter] ?? filter, shown.length),
      lines: shown.map((point) => `${actionText(context, point)} · ${point.meeting}`),
      empty: a.listEmpty,
      hidden: hiddenNote(context.lang, hidden, a.noun, a.nouns),
    }),
  );
}

export const acties: CommandSpec = {
  name: 'acties',
  en: 'actions',
  reads: ['', 'alle'],
  summary: {
    nl: 'De actiepunten uit overleggen: open, van jou of alle.',
    en: 'The action points from meetings: open, yours or all.',
  },
  subcommands: [
    {
      name: '',
      bare: true,
      usage: { nl: '/acties [mijn|alle]', en: '/acties [mine|all]' },
      summary: {
        nl: 'Open actiepunten; mijn: alleen die van jou; alle: ook de afgeronde.',
        en: 'Open action points; mine: only yours; all: also the finished ones.',
      },
      allowed: 'everyone',
      changes: false,
      maxWords: 1,
      run: list,
    },
  ],
};
