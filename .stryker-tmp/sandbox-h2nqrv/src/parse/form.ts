// @ts-nocheck
import type { Localized } from '../i18n/lang.ts';

/**
 * A form a command offers for platforms that have forms (a Slack modal): shown when the
 * command is typed without words, and its submission becomes an ordinary command line, so
 * the command's own checks and answers apply. The adapter renders the fields; it knows
 * nothing of the command.
 */
export interface CommandForm {
  /** The form's id on the platform (Slack's `callback_id`); keep it when the form changes. */
  readonly id: string;
  readonly title: Localized;
  readonly submit: Localized;
  readonly cancel: Localized;
  readonly fields: readonly FormField[];
  /** The command line the filled-in form stands for (`/advies nieuw "…" thema:privacy`). */
  toCommand(values: FormValues): string;
}

interface FieldBase {
  /** The key of the value in `FormValues`. */
  readonly name: string;
  readonly label: Localized;
}

/** One line of text; `missing` is the sentence shown when a required one is left empty. */
export interface TextField extends FieldBase {
  readonly kind: 'text';
  readonly hint?: Localized;
  readonly maxLength?: number;
  readonly required?: { readonly missing: Localized };
}

/** Any number of fixed options, shown as they are written (`privacy`, `ethiek`). */
export interface ChoicesField extends FieldBase {
  readonly kind: 'choices';
  readonly options: readonly string[];
}

/** A single yes/no box with its own sentence. */
export interface CheckField extends FieldBase {
  readonly kind: 'check';
  readonly option: Localized;
}

export type FormField = TextField | ChoicesField | CheckField;

/** What was filled in: text (or undefined), the chosen options, or whether the box is ticked. */
export type FormValues = Readonly<Record<string, string | readonly string[] | boolean | undefined>>;
