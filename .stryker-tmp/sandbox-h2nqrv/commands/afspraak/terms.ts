// @ts-nocheck
import type { Args, CommandContext } from '../../src/core/command.ts';
import { parseAmount } from '../../src/parse/values.ts';
import type { AgreementTerms } from '../../src/store/schema.ts';
import { agreementMessages } from './messages.ts';

/** The caps an agreement names, by the option that sets each. */
export const CAP_OPTIONS = ['bestanden', 'kosten', 'expertise', 'totaal'] as const;
/** Every option that sets a term: the caps, the answer window (`termijn:`) and the articles. */
export const TERM_OPTIONS = [...CAP_OPTIONS, 'termijn', 'artikelen'] as const;

const ARTICLE_KEYS = ['bestanden', 'kosten', 'expertise', 'website', 'termijn'] as const;

/**
 * A cap as the agreement writes it (`2.000`, `€ 2.000`, `2000,00`), in cents; `0` is a
 * cap of nothing. Refused with the reason, naming the term.
 */
function capOrFail(context: CommandContext, term: string, typed: string): number {
  if (/^(€\s*)?0+([.,]0{1,2})?$/.test(typed.trim())) return 0;
  const parsed = parseAmount(typed, context.lang);
  if (!parsed.ok) {
    context.fail(
      agreementMessages[context.lang].amountFor(`${term}:`, context.t.amount[parsed.problem](typed)),
    );
  }
  return parsed.value;
}

function windowOrFail(context: CommandContext, typed: string): number {
  const days = /^\d{1,3}$/.test(typed.trim()) ? Number(typed.trim()) : Number.NaN;
  if (!(days >= 1 && days <= 365)) context.fail(agreementMessages[context.lang].badWindow(typed));
  return days;
}

function articlesOrFail(
  context: CommandContext,
  typed: string,
  base: AgreementTerms['articles'],
): AgreementTerms['articles'] {
  const articles = { ...base };
  for (const part of typed.split(',')) {
    const [key, value] = part.split('=').map((text) => text.trim());
    const known = ARTICLE_KEYS.find((entry) => entry === key?.toLowerCase());
    if (!known || !value || value.length > 20)
      context.fail(agreementMessages[context.lang].badArticles(typed));
    articles[known] = value;
  }
  return articles;
}

/** The terms the options set, over `base` (the terms of before): what is not named stays. */
export function termsFromOptions(context: CommandContext, args: Args, base: AgreementTerms): AgreementTerms {
  const caps = { ...base.caps };
  for (const key of CAP_OPTIONS) {
    const typed = args.options.get(key);
    if (typed !== undefined) caps[key] = capOrFail(context, key, typed);
  }
  const window = args.options.get('termijn');
  const articles = args.options.get('artikelen');
  return {
    caps,
    responseWindowDays: window === undefined ? base.responseWindowDays : windowOrFail(context, window),
    articles: articles === undefined ? base.articles : articlesOrFail(context, articles, base.articles),
  };
}

/** Whether the options name any term at all. */
export function namesATerm(args: Args): boolean {
  return TERM_OPTIONS.some((key) => args.options.has(key));
}
