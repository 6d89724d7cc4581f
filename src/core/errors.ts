import type { Lang } from '../i18n/lang.ts';

/**
 * The two kinds of failure.
 *
 * A `UserError` is a mistake by the person who typed the command: it carries the
 * sentence to show them, already in their language, and the bot guarantees that
 * nothing was changed. Anything else is a fault of ours: it is logged with its cause
 * and the user gets a short apology, never a stack trace.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
  /**
   * Set when the sentence refuses the person for who they are (not on the roster, not
   * the role, not the one who announced it): the answer then carries the refusal marker
   * (`RichMessage.refused`), which the permission table checks.
   */
  readonly refusal: boolean;

  constructor(message: string, options: { readonly refusal?: boolean } = {}) {
    super(message);
    this.refusal = options.refusal === true;
  }
}

/** The store could not be written; the change was rolled back in memory. */
export class StoreWriteError extends Error {
  override readonly name = 'StoreWriteError';
}

/**
 * The data file or config file cannot be used; the bot must not start. The message is
 * Dutch; `english` is the same sentence for an English panel, when the place that refuses
 * knows no panel language yet (the store opens before anything asks for one).
 */
export class StartupError extends Error {
  override readonly name = 'StartupError';
  readonly english: string | undefined;

  constructor(message: string, english?: string) {
    super(message);
    this.english = english;
  }

  /** The sentence in the panel's language (Dutch when no English one was given). */
  in(lang: Lang): string {
    return lang === 'en' && this.english !== undefined ? this.english : this.message;
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}
