// @ts-nocheck
import type { Lang } from '../../src/i18n/lang.ts';
import type { CommandForm, FormField, FormValues } from '../../src/parse/form.ts';

/** How a command's form (declared in its spec) looks as a Slack modal. */
const plain = (text: string) => ({ type: 'plain_text' as const, text });

function element(field: FormField, lang: Lang) {
  switch (field.kind) {
    case 'text':
      return {
        type: 'plain_text_input',
        action_id: 'value',
        ...(field.maxLength ? { max_length: field.maxLength } : {}),
        ...(field.hint ? { placeholder: plain(field.hint[lang]) } : {}),
      };
    case 'choices':
      return {
        type: 'multi_static_select',
        action_id: 'value',
        options: field.options.map((option) => ({ text: plain(option), value: option })),
      };
    case 'check':
      return {
        type: 'checkboxes',
        action_id: 'value',
        options: [{ text: plain(field.option[lang]), value: field.name }],
      };
  }
}

/** The modal for a form; `channel` travels along so the submission answers where it was asked. */
export function formModal(form: CommandForm, lang: Lang, channel: string) {
  return {
    type: 'modal' as const,
    callback_id: form.id,
    private_metadata: channel,
    title: plain(form.title[lang]),
    submit: plain(form.submit[lang]),
    close: plain(form.cancel[lang]),
    blocks: form.fields.map((field) => ({
      type: 'input',
      block_id: field.name,
      ...(field.kind === 'text' && field.required ? {} : { optional: true }),
      label: plain(field.label[lang]),
      element: element(field, lang),
    })),
  };
}

/** Slack's `view.state.values`: per block, per action, the element's state. */
export type ModalState = Record<
  string,
  | Record<string, { value?: string | null; selected_options?: ReadonlyArray<{ value: string }> | null }>
  | undefined
>;

/** What was filled in, by field name. */
export function formValues(form: CommandForm, state: ModalState): FormValues {
  const values: Record<string, string | readonly string[] | boolean | undefined> = {};
  for (const field of form.fields) {
    const input = state[field.name]?.value;
    if (field.kind === 'text') values[field.name] = input?.value ?? undefined;
    else if (field.kind === 'choices')
      values[field.name] = input?.selected_options?.map((o) => o.value) ?? [];
    else values[field.name] = (input?.selected_options?.length ?? 0) > 0;
  }
  return values;
}

/** The sentences for required fields left empty, by field name (Slack shows them in the form). */
export function formErrors(form: CommandForm, values: FormValues, lang: Lang): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const field of form.fields) {
    if (field.kind !== 'text' || !field.required) continue;
    const value = values[field.name];
    if (typeof value !== 'string' || !value.trim()) errors[field.name] = field.required.missing[lang];
  }
  return errors;
}
