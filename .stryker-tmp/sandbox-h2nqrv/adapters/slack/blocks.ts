// @ts-nocheck
import { type Block, type RichMessage, renderText } from '../../src/port/rich-message.ts';

/**
 * Renders the rich message model as Slack Block Kit, with a plain-text fallback for
 * notifications. Slack's limits (50 blocks, 3,000 characters in a section, 150 in a
 * header, 10 context elements) are kept by splitting long sections and, for very long
 * messages such as a year's digest, shortening with a note at the end.
 */
export const LIMITS = { blocks: 50, section: 3_000, header: 150, fallback: 3_000 } as const;

export type SlackBlock =
  | { type: 'header'; text: { type: 'plain_text'; text: string; emoji: true } }
  | { type: 'section'; text: { type: 'mrkdwn'; text: string } }
  | { type: 'section'; fields: Array<{ type: 'mrkdwn'; text: string }> }
  | { type: 'context'; elements: Array<{ type: 'mrkdwn'; text: string }> }
  | { type: 'divider' };

/** Slack needs &, < and > escaped in text; everything else is shown as written. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Splits lines into chunks of at most `max` characters, never inside a line unless it alone is longer. */
function chunks(lines: readonly string[], max: number): string[] {
  const result: string[] = [];
  let current = '';
  for (const line of lines) {
    const piece = cut(line, max);
    if (current && current.length + 1 + piece.length > max) {
      result.push(current);
      current = piece;
    } else {
      current = current ? `${current}\n${piece}` : piece;
    }
  }
  if (current) result.push(current);
  return result;
}

const section = (text: string): SlackBlock => ({ type: 'section', text: { type: 'mrkdwn', text } });

function toSlack(block: Block): SlackBlock[] {
  switch (block.kind) {
    case 'heading':
      return [
        { type: 'header', text: { type: 'plain_text', text: cut(block.text, LIMITS.header), emoji: true } },
      ];
    case 'paragraph':
      return chunks(escapeMrkdwn(block.text).split('\n'), LIMITS.section).map(section);
    case 'fields':
      return chunks(
        block.fields.map((field) => `*${escapeMrkdwn(field.label)}:* ${escapeMrkdwn(field.value)}`),
        LIMITS.section,
      ).map(section);
    case 'list':
      return chunks(
        block.items.map((item) => `• ${escapeMrkdwn(item)}`),
        LIMITS.section,
      ).map(section);
    case 'context':
      return [
        {
          type: 'context',
          elements: [{ type: 'mrkdwn', text: cut(escapeMrkdwn(block.text), LIMITS.section) }],
        },
      ];
    case 'divider':
      return [{ type: 'divider' }];
    case 'address': {
      const who = block.to.slack ? `<@${block.to.slack}>` : escapeMrkdwn(block.to.name);
      return chunks(`${who}, ${escapeMrkdwn(block.text)}`.split('\n'), LIMITS.section).map(section);
    }
    case 'preformatted':
      return chunks(escapeMrkdwn(block.text).split('\n'), LIMITS.section - 8).map((text) =>
        section(`\`\`\`${text}\`\`\``),
      );
  }
}

export interface SlackMessage {
  readonly text: string;
  readonly blocks: SlackBlock[];
}

/** `maxBlocks` leaves room for blocks a caller adds after the message. */
export function toSlackMessage(
  message: RichMessage,
  shortened = '… (ingekort)',
  maxBlocks: number = LIMITS.blocks,
): SlackMessage {
  let blocks = message.blocks.flatMap(toSlack);
  if (message.tone === 'error' && blocks[0]?.type === 'section' && 'text' in blocks[0]) {
    blocks[0] = section(`:warning: ${blocks[0].text.text}`);
  }
  if (blocks.length > maxBlocks) {
    blocks = [
      ...blocks.slice(0, maxBlocks - 1),
      { type: 'context', elements: [{ type: 'mrkdwn', text: shortened }] },
    ];
  }
  // The fallback `text` is read as mrkdwn too: unescaped, a title could ping <!channel>.
  return { text: escapeMrkdwn(cut(renderText(message), LIMITS.fallback)), blocks };
}
