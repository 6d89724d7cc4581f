import { isConfidential } from '../confidentiality.ts';
import { findItem, type Item, titleOf } from '../items.ts';
import { findItemIds } from '../parse/values.ts';
import type { Db } from '../store/schema.ts';
import type { CalendarDate } from '../time.ts';

/**
 * Free text (minutes, action points, answers) that names a confidential item is
 * confidential too, as long as the item is: by its id in any form, or by its title.
 */
export class PublicText {
  readonly #db: Db;
  readonly #today: CalendarDate;
  readonly #year: number;
  readonly #secretTitles: readonly string[];

  constructor(db: Db, today: CalendarDate) {
    this.#db = db;
    this.#today = today;
    this.#year = Number(today.slice(0, 4));
    this.#secretTitles = allItems(db)
      .filter((item) => isConfidential(item, today))
      .map((item) => titleOf(item).toLowerCase().trim())
      .filter((title) => title.length >= 4);
  }

  /** Whether the text may be published. */
  allows(text: string): boolean {
    const named = findItemIds(text, this.#year).some((id) => {
      const item = findItem(this.#db, id);
      return item !== undefined && isConfidential(item, this.#today);
    });
    if (named) return false;
    const lower = text.toLowerCase();
    return !this.#secretTitles.some((title) => lower.includes(title));
  }

  /** The texts that may be published, and how many were held back. */
  filter(texts: readonly string[]): { shown: string[]; hidden: number } {
    const shown = texts.filter((text) => this.allows(text));
    return { shown, hidden: texts.length - shown.length };
  }
}

function allItems(db: Db): Item[] {
  return [
    ...db.adviceRequests,
    ...db.decisions,
    ...db.developments,
    ...db.meetings,
    ...db.notes,
    ...db.expenses,
  ];
}
