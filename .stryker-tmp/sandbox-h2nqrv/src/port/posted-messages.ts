// @ts-nocheck
import type { Block, RichMessage } from './rich-message.ts';

/**
 * What a message the bot posted shows: the items it names (by id) and the roster members
 * it names (by name or id), so the bot can find its own messages again: to take a
 * forgotten member out of them (`/privacy vergeet`), or an item that became confidential.
 */
export interface Shown {
  readonly items: string[];
  readonly members: Array<{ readonly id: string; readonly name: string }>;
}

/** A person as the bot may have written them: their roster id and the names it used. */
export interface Person {
  readonly id: string;
  readonly names: readonly string[];
}

const ITEM_ID = /\b[A-Z]{2,3}-\d{4}-\d{3,}\b/g;

/** Every text in a message, in order. */
export function textsOf(message: RichMessage): string[] {
  return message.blocks.flatMap(textsOfBlock);
}

function textsOfBlock(block: Block): string[] {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
    case 'context':
    case 'preformatted':
      return [block.text];
    case 'fields':
      return block.fields.flatMap((field) => [field.label, field.value]);
    case 'list':
      return [...block.items];
    case 'address':
      return [block.to.name, block.text];
    case 'divider':
      return [];
  }
}

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Matches any of these words where they stand on their own (not inside a longer word or id). */
function wordsPattern(words: readonly string[]): RegExp | undefined {
  const wanted = [...new Set(words.filter((word) => word.length > 0))].sort((a, b) => b.length - a.length);
  if (wanted.length === 0) return undefined;
  return new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${wanted.map(escaped).join('|')})(?![\\p{L}\\p{N}_-])`, 'gu');
}

/** Whether a text names this person (one of their names, or their id as a word of its own). */
export function names(text: string, person: Person): boolean {
  const pattern = wordsPattern([...person.names, person.id]);
  return pattern?.test(text) === true;
}

/** The items and roster members a message shows. */
export function shownIn(
  message: RichMessage,
  roster: ReadonlyArray<{ readonly id: string; readonly name: string }>,
): Shown {
  const text = textsOf(message).join('\n');
  const items = [...new Set(text.match(ITEM_ID) ?? [])];
  const members = roster
    .filter((member) => names(text, { id: member.id, names: [member.name] }))
    .map((member) => ({ id: member.id, name: member.name }));
  return { items, members };
}

/** The text with every name and the id of the person replaced by the label. */
export function withoutPerson(text: string, person: Person, label: string): string {
  const pattern = wordsPattern([...person.names, person.id]);
  return pattern ? text.replace(pattern, label) : text;
}

/**
 * The message with the person taken out: their names and id replaced by the label, and a
 * sentence addressed to them no longer mentions their account.
 */
export function forgetInMessage(message: RichMessage, person: Person, label: string): RichMessage {
  return { ...message, blocks: message.blocks.map((block) => blockWithout(block, person, label)) };
}

function blockWithout(block: Block, person: Person, label: string): Block {
  const plain = (text: string) => withoutPerson(text, person, label);
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
    case 'context':
    case 'preformatted':
      return { ...block, text: plain(block.text) };
    case 'fields':
      return {
        ...block,
        fields: block.fields.map((field) => ({ label: plain(field.label), value: plain(field.value) })),
      };
    case 'list':
      return { ...block, items: block.items.map(plain) };
    case 'address':
      return names(block.to.name, person)
        ? { kind: 'address', to: { name: label }, text: plain(block.text) }
        : { ...block, text: plain(block.text) };
    case 'divider':
      return block;
  }
}
