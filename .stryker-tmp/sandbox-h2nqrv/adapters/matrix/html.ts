// @ts-nocheck
import { addressees, type Block, type RichMessage, renderText } from '../../src/port/rich-message.ts';

/**
 * Renders the rich message model as Matrix content: `org.matrix.custom.html` for
 * clients such as Element, with a readable plain `body` for every other client.
 */
export interface MatrixText {
  readonly msgtype: 'm.notice';
  readonly body: string;
  readonly format: 'org.matrix.custom.html';
  readonly formatted_body: string;
  /**
   * Intentional mentions (spec 1.7): nobody is notified, except the member a reminder
   * addresses (an `address` block).
   */
  readonly 'm.mentions': { readonly user_ids?: readonly string[] };
}

/**
 * Clients notify the whole room for `@room` in a plain body (the `.m.rule.roomnotif` push
 * rule, case-insensitive). A word joiner after the `@` keeps the text as it reads.
 */
export function neutraliseRoomMention(text: string): string {
  return text.replace(/@(room)/gi, '@\u2060$1');
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const lines = (text: string) => escapeHtml(text).replace(/\n/g, '<br>');

function toHtml(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `<h4>${escapeHtml(block.text)}</h4>`;
    case 'paragraph':
      return `<p>${lines(block.text)}</p>`;
    case 'fields':
      return `<p>${block.fields.map((field) => `<b>${escapeHtml(field.label)}:</b> ${escapeHtml(field.value)}`).join('<br>')}</p>`;
    case 'list':
      return `<ul>${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
    case 'context':
      return `<p><em>${lines(block.text)}</em></p>`;
    case 'divider':
      return '<hr>';
    case 'preformatted':
      return `<pre><code>${escapeHtml(block.text)}</code></pre>`;
    case 'address': {
      const who = block.to.matrix
        ? `<a href="https://matrix.to/#/${escapeHtml(block.to.matrix)}">${escapeHtml(block.to.name)}</a>`
        : escapeHtml(block.to.name);
      return `<p>${who}, ${lines(block.text)}</p>`;
    }
  }
}

export function toMatrixText(message: RichMessage): MatrixText {
  const html = message.blocks.map(toHtml).join('');
  const mentioned = addressees(message).flatMap((to) => (to.matrix ? [to.matrix] : []));
  return {
    msgtype: 'm.notice',
    body: neutraliseRoomMention(renderText(message)),
    format: 'org.matrix.custom.html',
    formatted_body: message.tone === 'error' ? `<p>⚠️</p>${html}` : html,
    'm.mentions': mentioned.length ? { user_ids: [...new Set(mentioned)] } : {},
  };
}

/**
 * A homeserver refuses an event over 65,536 bytes (ids, hashes and signatures included).
 * The content of one message is kept well below that.
 */
export const MAX_CONTENT_BYTES = 60_000;

/**
 * The message as it fits in `maxBytes` of content once rendered by `render`: whole, or
 * the longest start of it (counted in blocks, and in items of a list) with `shortened`
 * as a note at the end, as the Slack adapter shortens a message beyond its limits.
 */
export function fitting(
  message: RichMessage,
  shortened: string,
  render: (message: RichMessage) => unknown,
  maxBytes = MAX_CONTENT_BYTES,
): RichMessage {
  const fits = (candidate: RichMessage) => Buffer.byteLength(JSON.stringify(render(candidate))) <= maxBytes;
  if (fits(message)) return message;
  const units = message.blocks.reduce(
    (sum, block) => sum + (block.kind === 'list' ? block.items.length : 1),
    0,
  );
  const start = (count: number): RichMessage => {
    const blocks: Block[] = [];
    let left = count;
    for (const block of message.blocks) {
      if (left <= 0) break;
      if (block.kind === 'list') {
        blocks.push(left >= block.items.length ? block : { kind: 'list', items: block.items.slice(0, left) });
        left -= block.items.length;
      } else {
        blocks.push(block);
        left -= 1;
      }
    }
    blocks.push({ kind: 'context', text: shortened });
    return { ...message, blocks };
  };
  let low = 0;
  let high = units - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(start(middle))) low = middle;
    else high = middle - 1;
  }
  return start(low);
}
