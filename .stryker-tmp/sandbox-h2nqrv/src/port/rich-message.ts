/**
 * A platform-neutral message. Commands build these; each adapter renders them
 * (Slack Block Kit, Matrix HTML with a plain body, shell text).
 */
// @ts-nocheck

export type Block =
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'fields'; readonly fields: readonly Field[] }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  | { readonly kind: 'context'; readonly text: string }
  | { readonly kind: 'divider' }
  /** Text shown as written, in a fixed-width block (a Markdown document to copy). */
  | { readonly kind: 'preformatted'; readonly text: string }
  /** A sentence to one person, who is mentioned so the platform notifies them. */
  | { readonly kind: 'address'; readonly to: Addressee; readonly text: string };

/** Someone the bot speaks to, with their platform ids (a roster member fits). */
export interface Addressee {
  readonly name: string;
  readonly slack?: string | undefined;
  readonly matrix?: string | undefined;
}

export interface Field {
  readonly label: string;
  readonly value: string;
}

export interface RichMessage {
  readonly blocks: readonly Block[];
  /** Marks a refusal or a problem, so adapters can show it as such. */
  readonly tone?: 'error';
  /** Marks a refusal for who the person is (roster, role, announcer): the permission table reads this. */
  readonly refused?: true;
}

export const heading = (text: string): Block => ({ kind: 'heading', text });
export const paragraph = (text: string): Block => ({ kind: 'paragraph', text });
export const fields = (entries: readonly Field[]): Block => ({ kind: 'fields', fields: entries });
export const list = (items: readonly string[]): Block => ({ kind: 'list', items });
export const context = (text: string): Block => ({ kind: 'context', text });
export const divider: Block = { kind: 'divider' };
export const preformatted = (text: string): Block => ({ kind: 'preformatted', text });
/** `Sanne Bos, <text>`: Slack shows `<@U…>`, Matrix a mention pill, the shell the name. */
export const address = (to: Addressee, text: string): Block => ({ kind: 'address', to, text });

/** The people a message mentions (for Matrix's `m.mentions`). */
export function addressees(rich: RichMessage): Addressee[] {
  return rich.blocks.flatMap((block) => (block.kind === 'address' ? [block.to] : []));
}

export function message(...blocks: Array<Block | undefined | false>): RichMessage {
  return { blocks: blocks.filter((block): block is Block => Boolean(block)) };
}

export function errorMessage(text: string, refused = false): RichMessage {
  return { blocks: [paragraph(text)], tone: 'error', ...(refused ? { refused: true as const } : {}) };
}

/** Plain text of a message: the shell's output and every platform's fallback. */
export function renderText(rich: RichMessage): string {
  const lines: string[] = [];
  for (const block of rich.blocks) {
    switch (block.kind) {
      case 'heading':
        lines.push(block.text);
        break;
      case 'paragraph':
      case 'context':
      case 'preformatted':
        lines.push(block.text);
        break;
      case 'fields':
        for (const field of block.fields) lines.push(`${field.label}: ${field.value}`);
        break;
      case 'list':
        for (const item of block.items) lines.push(`• ${item}`);
        break;
      case 'divider':
        lines.push('──────────');
        break;
      case 'address':
        lines.push(`${block.to.name}, ${block.text}`);
        break;
    }
  }
  const text = lines.join('\n');
  return rich.tone === 'error' ? `⚠️ ${text}` : text;
}
