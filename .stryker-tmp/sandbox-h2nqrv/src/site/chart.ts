// @ts-nocheck
import type { Budget } from '../domain/budget.ts';
import type { Lang } from '../i18n/lang.ts';
import { formatCents } from '../render/money.ts';
import { siteTexts } from './texts.ts';

/**
 * A horizontal bar chart of one year's budget: per cap a grey bar for the cap and a dark
 * bar for the share of it that was used, with the figures written under it, so it reads
 * without colour. The website has no cap of its own: its bar is its share of the total cap.
 * Only numbers and category names: no expense is ever named.
 */
export interface BarChart {
  readonly width: number;
  readonly height: number;
  readonly bars: ReadonlyArray<{
    readonly label: string;
    readonly value: string;
    /** Baselines of the label and the value, and the top of the bar. */
    readonly labelY: number;
    readonly barY: number;
    readonly valueY: number;
    /** Width of the cap (0 without one) and of what was used. */
    readonly track: number;
    readonly used: number;
    readonly over: boolean;
  }>;
  readonly barHeight: number;
}

/** Narrow, so the text stays readable when a phone scales the chart down. */
const WIDTH = 400;
const BAR_AREA = WIDTH - 2;
const ROW = 76;
const BAR_HEIGHT = 20;

export function budgetChart(budget: Budget, lang: Lang): BarChart {
  const t = siteTexts[lang].budget;
  const lines = [...budget.categories, budget.total];
  const px = (share: number) => Math.round(Math.min(1, share) * BAR_AREA * 10) / 10;
  const money = (cents: number) => formatCents(cents, lang);
  return {
    width: WIDTH,
    height: lines.length * ROW,
    barHeight: BAR_HEIGHT,
    bars: lines.map((line, index) => {
      const scale = line.cap ?? budget.total.cap ?? 0;
      const share = scale > 0 ? line.used / scale : line.used > 0 ? 1 : 0;
      return {
        label: line.category === 'totaal' ? t.total : t.category[line.category],
        value:
          line.cap === undefined
            ? `${money(line.used)} (${t.noCap})`
            : t.usedOf(money(line.used), money(line.cap)),
        labelY: index * ROW + 17,
        barY: index * ROW + 25,
        valueY: index * ROW + 25 + BAR_HEIGHT + 19,
        track: line.cap === undefined ? 0 : BAR_AREA,
        used: Math.max(line.used > 0 ? 2 : 0, px(share)),
        over: line.cap !== undefined && line.used > line.cap,
      };
    }),
  };
}
